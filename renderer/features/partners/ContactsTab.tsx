import { Chip, Stack, TableCell, TableRow } from '@mui/material';
import { useState } from 'react';
import type { Contact } from '../../../shared/domain/contact';
import type { Partner } from '../../../shared/domain/partner';
import { notify } from '../../ui/notifier';
import { RecordDialog } from '../../ui/RecordDialog';
import { contactFields, contactForm } from './contact-form';
import { usePartnerChildren } from '../../ui/use-records';
import { useRemove } from '../../ui/use-remove';
import { RecordTable } from '../../ui/RecordTable';
import { SectionHeader } from '../../ui/SectionHeader';
import { RowActions } from '../../ui/RowActions';

/** The people at the partner: certifications attach to them. */
export function ContactsTab({ partner }: { partner: Partner }) {
  const contacts = usePartnerChildren('contacts', partner.id);
  const [editing, setEditing] = useState<Contact | 'new' | null>(null);
  const remove = useRemove('contacts', 'contact');
  const current = editing === 'new' ? undefined : (editing ?? undefined);

  return (
    <Stack spacing={2}>
      <SectionHeader title="Contacts" action={{ label: 'Add contact', onClick: () => setEditing('new') }} />
      <RecordTable label="Contacts" columns={['Name', 'Role', 'Email', 'Phone', '']}>
        {contacts?.map((c) => (
          <TableRow key={c.id}>
            <TableCell>
              {c.name} {c.primary && <Chip size="small" label="Primary" />}
            </TableCell>
            <TableCell>{c.role}</TableCell>
            <TableCell>{c.email}</TableCell>
            <TableCell>{c.phone ?? ''}</TableCell>
            <TableCell align="right">
              <RowActions name={c.name} onEdit={() => setEditing(c)} onDelete={() => remove.ask(c.id, c.name)} />
            </TableCell>
          </TableRow>
        ))}
      </RecordTable>
      {editing && (
        <RecordDialog
          title={current ? `Edit ${current.name}` : 'New contact'}
          fields={contactFields}
          spec={contactForm(partner, current)}
          onSaved={(saved) => notify(`${saved.name} saved`)}
          onClose={() => setEditing(null)}
        />
      )}
      {remove.dialog}
    </Stack>
  );
}
