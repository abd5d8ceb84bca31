import { Grid, Link } from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { Contact } from '../../../shared/domain/contact';
import type { Partner } from '../../../shared/domain/partner';
import { hrefOf } from '../../app/router';
import { useWorkspace } from '../../app/workspace-context';
import { DraftField } from '../../ui/fields';
import { FormDialog } from '../../ui/FormDialog';
import { notify } from '../../ui/notifier';
import { today } from '../../ui/today';
import { useRecordForm } from '../../ui/use-record-form';
import { useSnapshot } from '../../ui/use-snapshot';
import { contactFields, contactForm } from './contact-form';
import { contactEmailIndex, type ContactElsewhere } from './partner-duplicates';

/**
 * A contact's dialog: the contact form, and under the email a word when
 * another contact (of any partner) already uses it, with a link to that
 * partner. Saving anyway is allowed and recorded on the contact.
 */
export function ContactDialog({ partner, contact, onClose }: { partner: Pick<Partner, 'id' | 'territoryId'>; contact: Contact | undefined; onClose(): void }) {
  const { reads } = useWorkspace();
  // Every contact of the device, once per change of the table, indexed by email: a keystroke is one lookup.
  const contacts = useLiveQuery(() => reads.rows('contacts'), [reads]);
  const emailElsewhere = useMemo(() => (contacts ? contactEmailIndex(contacts) : undefined), [contacts]);
  const form = useRecordForm(contactForm(partner, contact, { today: today(), emailElsewhere }));
  const elsewhere = emailElsewhere?.(form.draft.email ?? '', contact?.id);
  return (
    <FormDialog form={form} title={contact ? `Edit ${contact.name}` : 'New contact'} saveLabel="Save" onSaved={(saved) => notify(`${saved.name} saved`)} onClose={onClose}>
      {contactFields.map((f, i) => (
        <Grid key={f.name} size={{ xs: 12, sm: f.width ?? 12 }}>
          <DraftField
            {...form.field}
            name={f.name}
            label={f.label}
            autoFocus={i === 0}
            required={f.required}
            {...(f.options && { options: f.options })}
            {...(f.name === 'email' && elsewhere && { helperText: <EmailInUse elsewhere={elsewhere} onOpen={onClose} />, color: 'warning' })}
          />
        </Grid>
      ))}
    </FormDialog>
  );
}

function EmailInUse({ elsewhere, onOpen }: { elsewhere: ContactElsewhere; onOpen(): void }) {
  const { partners } = useWorkspace();
  const partnerName = useSnapshot(partners)?.find((p) => p.id === elsewhere.partnerId)?.name ?? 'another partner';
  return (
    <span role="status" aria-label="Email already in use">
      Already the email of {elsewhere.contactName} at{' '}
      <Link href={hrefOf({ section: 'partner', partnerId: elsewhere.partnerId, tab: 'contacts' })} onClick={onOpen}>
        {partnerName}
      </Link>
      ; save anyway if both are right.
    </span>
  );
}
