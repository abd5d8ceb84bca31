import { Card, CardContent, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import type { Partner, PartnerAttributes } from '../../../shared/domain/partner';
import { useWorkspace } from '../../app/workspace-context';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { saveFailureOf } from '../../ui/form-state';
import { notify } from '../../ui/notifier';
import { RecordDialog } from '../../ui/RecordDialog';
import { ListTable, type ListColumn } from '../../ui/ListTable';
import { RowActions } from '../../ui/RowActions';
import { SectionHeader } from '../../ui/SectionHeader';
import { useCurrentQuarter } from '../../ui/use-fiscal-calendar';
import { attributeEntryForm, attributeListFor, withEntryAt, withoutEntry } from './attribute-lists';

/**
 * The list the partner's type keeps (an ISV's integrations, a reseller's
 * product lines, an OEM's shipment reports), with add, edit and delete. An
 * entry is checked against its own schema and against the others (no second
 * report for a quarter) before the partner record is written.
 */
export function AttributeListSection({ partner }: { partner: Partner }) {
  const { repo } = useWorkspace();
  const quarter = useCurrentQuarter();
  const [editing, setEditing] = useState<number | 'new' | null>(null);
  const [removing, setRemoving] = useState<number | null>(null);
  const found = attributeListFor(partner.attributes);
  if (!found) return null;
  const { list, items } = found;

  // The list changed from what `from` held: laid on the stored list, so an entry another device changed meanwhile stays.
  const write = (from: Partner, next: readonly unknown[]) =>
    repo.update('partners', partner.id, { attributes: { ...from.attributes, [list.key]: next } as PartnerAttributes }, { opened: { attributes: from.attributes } });
  const shown = items.map((item, index) => ({ item, index }));
  if (list.order) shown.sort((a, b) => list.order!(a.item, b.item));
  const index = typeof editing === 'number' ? editing : null;
  const columns: ListColumn<{ item: unknown; index: number }>[] = [
    ...list.columns.map((header, column) => ({ id: `c${column}`, header, value: ({ item }: { item: unknown }) => list.cells(item)[column] ?? '' })),
    {
      id: 'actions',
      header: 'Actions',
      actions: true,
      width: '120px',
      cell: ({ item, index: at }) => <RowActions name={list.label(item)} onEdit={() => setEditing(at)} onDelete={() => setRemoving(at)} />,
    },
  ];

  const remove = async (at: number) => {
    const entry = items[at];
    setRemoving(null);
    try {
      await write(partner, withoutEntry(items, at));
    } catch (error) {
      notify(saveFailureOf(error).message ?? `${list.label(entry)} could not be deleted`, { severity: 'error' });
      return;
    }
    // Undo puts the entry back where it was, into the list as it is by then.
    notify(`${list.label(entry)} deleted`, {
      undo: () => repo.get('partners', partner.id).then((now) => now && write(now, withEntryAt(attributeListFor(now.attributes)?.items ?? [], at, entry))),
    });
  };

  return (
    <Card variant="outlined">
      <CardContent>
        <Stack spacing={1}>
          <SectionHeader title={list.title} action={{ label: `Add ${list.entryName}`, onClick: () => setEditing('new') }} />
          {items.length === 0 ? (
            <Typography color="text.secondary">No {list.title.toLowerCase()} recorded yet.</Typography>
          ) : (
            <ListTable label={list.title} rows={shown} rowKey={(r) => String(r.index)} columns={columns} emptyText={`No ${list.title.toLowerCase()} recorded yet.`} />
          )}
        </Stack>
      </CardContent>
      {editing !== null && (
        <RecordDialog
          title={index === null ? `New ${list.entryName}` : `Edit ${list.label(items[index])}`}
          fields={list.fields}
          spec={attributeEntryForm(partner, list, index, quarter)}
          onSaved={(saved) => {
            const entries = attributeListFor(saved.attributes)?.items ?? [];
            notify(`${list.label(index === null ? entries.at(-1) : entries[index])} saved`);
          }}
          onClose={() => setEditing(null)}
        />
      )}
      <ConfirmDialog
        open={removing !== null}
        title={`Delete this ${list.entryName}?`}
        body={`${removing === null ? '' : list.label(items[removing])} will be removed from ${partner.name} on this device and, at the next sync, everywhere.`}
        confirmLabel="Delete"
        onConfirm={() => removing !== null && void remove(removing)}
        onCancel={() => setRemoving(null)}
      />
    </Card>
  );
}
