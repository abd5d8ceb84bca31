import type { Contact } from '../../../shared/domain/contact';
import type { Partner } from '../../../shared/domain/partner';
import type { RecordFormSpec } from '../../ui/record-form';
import type { Draft, FieldSpec } from '../../ui/RecordDialog';

export const contactFields: FieldSpec[] = [
  { name: 'name', label: 'Name', required: true, width: 6 },
  { name: 'role', label: 'Role', required: true, width: 6 },
  { name: 'email', label: 'Email', required: true, width: 6 },
  { name: 'phone', label: 'Phone', width: 6 },
  { name: 'primary', label: 'Primary contact', options: [['no', 'No'], ['yes', 'Yes']], width: 6 },
];

/** A person at the partner, new or as stored. */
export const contactForm = (partner: Pick<Partner, 'id' | 'territoryId'>, contact: Contact | undefined): RecordFormSpec<'contacts', Draft> => ({
  table: 'contacts',
  record: contact,
  draftOf: (c) => ({ name: c?.name ?? '', role: c?.role ?? '', email: c?.email ?? '', phone: c?.phone ?? '', primary: c?.primary ? 'yes' : 'no' }),
  toRecord: (d, opened) => ({
    // A new record belongs to the partner; a form never moves one (a partner's move takes its records along).
    ...(!opened && { partnerId: partner.id, territoryId: partner.territoryId }),
    name: d.name,
    role: d.role,
    email: d.email?.trim(),
    phone: d.phone?.trim() || undefined,
    primary: d.primary === 'yes',
  }),
});
