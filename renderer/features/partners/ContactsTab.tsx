import { Chip, Stack } from '@mui/material';
import { useMemo, useState } from 'react';
import type { Contact } from '../../../shared/domain/contact';
import type { Partner } from '../../../shared/domain/partner';
import { ContactDialog } from './ContactDialog';
import { usePartnerChildren } from '../../ui/use-records';
import { useRemove } from '../../ui/use-remove';
import { ListTable, type ListColumn } from '../../ui/ListTable';
import { SectionHeader } from '../../ui/SectionHeader';
import { RowActions } from '../../ui/RowActions';

/** The people at the partner: certifications attach to them. */
export function ContactsTab({ partner }: { partner: Partner }) {
  const contacts = usePartnerChildren('contacts', partner.id);
  const [editing, setEditing] = useState<Contact | 'new' | null>(null);
  const remove = useRemove('contacts', 'contact');
  const current = editing === 'new' ? undefined : (editing ?? undefined);
  const ask = remove.ask;
  const columns = useMemo<ListColumn<Contact>[]>(
    () => [
      {
        id: 'name',
        header: 'Name',
        value: (c) => c.name,
        cell: (c) => (
          <>
            {c.name} {c.primary && <Chip size="small" label="Primary" />}
          </>
        ),
      },
      { id: 'role', header: 'Role', value: (c) => c.role },
      { id: 'email', header: 'Email', value: (c) => c.email },
      { id: 'phone', header: 'Phone', value: (c) => c.phone ?? '' },
      { id: 'actions', header: 'Actions', actions: true, width: '120px', cell: (c) => <RowActions name={c.name} onEdit={() => setEditing(c)} onDelete={() => ask(c.id, c.name)} /> },
    ],
    [ask],
  );

  return (
    <Stack spacing={2}>
      <SectionHeader title="Contacts" action={{ label: 'Add contact', onClick: () => setEditing('new') }} />
      <ListTable label="Contacts" rows={contacts ?? []} rowKey={(c) => c.id} columns={columns} emptyText={contacts ? `No contacts at ${partner.name} yet` : 'Loading contacts…'} />
      {editing && (
        <ContactDialog partner={partner} contact={current} onClose={() => setEditing(null)} />
      )}
      {remove.dialog}
    </Stack>
  );
}
