import type { Contact } from '../../../shared/domain/contact';
import type { Partner } from '../../../shared/domain/partner';
import type { ContactElsewhere } from './partner-duplicates';
import type { RecordFormSpec } from '../../ui/record-form';
import type { Draft, FieldSpec } from '../../ui/RecordDialog';

export const contactFields: FieldSpec[] = [
  { name: 'name', label: 'Name', required: true, width: 6 },
  { name: 'role', label: 'Role', required: true, width: 6 },
  { name: 'email', label: 'Email', required: true, width: 6 },
  { name: 'phone', label: 'Phone', width: 6 },
  { name: 'primary', label: 'Primary contact', options: [['no', 'No'], ['yes', 'Yes']], width: 6 },
];

/** Another contact already using an email, if any (partner-duplicates.ts). */
export type EmailElsewhere = (email: string, selfId?: string) => ContactElsewhere | undefined;

/**
 * A person at the partner, new or as stored. With `emailElsewhere`, a save
 * while the email is another contact's records that the user saved anyway.
 */
export const contactForm = (
  partner: Pick<Partner, 'id' | 'territoryId'>,
  contact: Contact | undefined,
  context: { today?: string; emailElsewhere?: EmailElsewhere | undefined } = {},
): RecordFormSpec<'contacts', Draft> => ({
  table: 'contacts',
  record: contact,
  shownFields: contactFields.map((f) => f.name),
  draftOf: (c) => ({ name: c?.name ?? '', role: c?.role ?? '', email: c?.email ?? '', phone: c?.phone ?? '', primary: c?.primary ? 'yes' : 'no' }),
  toRecord: (d, opened) => ({
    // A new record belongs to the partner; a form never moves one (a partner's move takes its records along).
    ...(!opened && { partnerId: partner.id, territoryId: partner.territoryId }),
    name: d.name,
    role: d.role,
    email: d.email?.trim(),
    phone: d.phone?.trim() || undefined,
    primary: d.primary === 'yes',
    ...acknowledged(context, d.email ?? '', opened),
  }),
  // What the user saw is the contact as stored, whatever the form warns of while it is open.
  image: (c) => ({ ...contactImage(c), ...(c.duplicateAcknowledged && { duplicateAcknowledged: c.duplicateAcknowledged }) }),
});

const contactImage = (c: Contact) => ({ name: c.name, role: c.role, email: c.email.trim(), phone: c.phone?.trim() || undefined, primary: c.primary });

/** The other contact's email, acknowledged on this save unless it was already; otherwise what was stored. */
const acknowledged = (context: { today?: string; emailElsewhere?: EmailElsewhere | undefined }, email: string, opened: Contact | undefined): Pick<Contact, 'duplicateAcknowledged'> => {
  const other = context.today ? context.emailElsewhere?.(email, opened?.id) : undefined;
  if (other && context.today && other.contactId !== opened?.duplicateAcknowledged?.of) return { duplicateAcknowledged: { of: other.contactId, match: 'same-email', on: context.today } };
  return opened?.duplicateAcknowledged ? { duplicateAcknowledged: opened.duplicateAcknowledged } : {};
};
