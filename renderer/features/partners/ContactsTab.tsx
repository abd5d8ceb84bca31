import { Button, Chip, IconButton, Stack, TableCell, TableRow } from '@mui/material';
import { useState } from 'react';
import type { Contact } from '../../../shared/domain/contact';
import type { Partner } from '../../../shared/domain/partner';
import { useWorkspace } from '../../app/workspace-context';
import { notify } from '../../ui/notifier';
import { RecordDialog, type Draft, type FieldSpec } from '../../ui/RecordDialog';
import { editedFields } from './partner-draft';
import { usePartnerChildren } from '../../ui/use-records';
import { useRemove } from '../../ui/use-remove';
import { RecordTable } from '../../ui/RecordTable';
import { SectionHeader } from '../../ui/SectionHeader';

const fields: FieldSpec[] = [
  { name: 'name', label: 'Name', required: true, width: 6 },
  { name: 'role', label: 'Role', required: true, width: 6 },
  { name: 'email', label: 'Email', required: true, width: 6 },
  { name: 'phone', label: 'Phone', width: 6 },
  { name: 'primary', label: 'Primary contact', options: [['no', 'No'], ['yes', 'Yes']], width: 6 },
];

/** The people at the partner: certifications attach to them. */
export function ContactsTab({ partner }: { partner: Partner }) {
  const { repo } = useWorkspace();
  const contacts = usePartnerChildren('contacts', partner.id);
  const [editing, setEditing] = useState<Contact | 'new' | null>(null);
  const remove = useRemove('contacts', 'contact');
  const current = editing === 'new' ? undefined : (editing ?? undefined);
  const initial: Draft = {
    name: current?.name ?? '',
    role: current?.role ?? '',
    email: current?.email ?? '',
    phone: current?.phone ?? '',
    primary: current?.primary ? 'yes' : 'no',
  };
  const toRecord = (d: Draft) => ({
    partnerId: partner.id,
    territoryId: partner.territoryId,
    name: d.name,
    role: d.role,
    email: d.email?.trim(),
    phone: d.phone?.trim() || undefined,
    primary: d.primary === 'yes',
  });

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
              <Button size="small" onClick={() => setEditing(c)}>
                Edit
              </Button>
              <IconButton size="small" aria-label={`Delete ${c.name}`} onClick={() => remove.ask(c.id, c.name)}>
                ✕
              </IconButton>
            </TableCell>
          </TableRow>
        ))}
      </RecordTable>
      {editing && (
        <RecordDialog
          table="contacts"
          title={current ? `Edit ${current.name}` : 'New contact'}
          fields={fields}
          initial={initial}
          toRecord={toRecord}
          save={async (record) => {
            const r = record as Omit<Contact, 'id' | 'updatedAt' | 'deleted'>;
            // Only what was changed in the dialog: a field another device changed meanwhile is kept.
            if (current) await repo.update('contacts', current.id, editedFields(toRecord(initial), record));
            else await repo.create('contacts', r);
            notify(`${r.name} saved`);
          }}
          onClose={() => setEditing(null)}
        />
      )}
      {remove.dialog}
    </Stack>
  );
}
