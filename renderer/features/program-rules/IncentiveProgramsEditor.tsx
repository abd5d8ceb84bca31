import { Button, Stack } from '@mui/material';
import { useMemo, useState } from 'react';
import type { IncentiveProgram } from '../../../shared/domain/incentive-program';
import { dateText } from '../../ui/dates';
import { ListTable, type ListColumn } from '../../ui/ListTable';
import { partnerTypeLabels } from '../../ui/labels';
import { useAll } from '../../ui/use-records';
import { useRemove } from '../../ui/use-remove';
import { ruleSummary } from './incentive-rules-summary';
import { IncentiveRulesDialog } from './IncentiveRulesDialog';
import { RowActions } from '../../ui/RowActions';

/**
 * Effective-dated incentive programs, newest first, each with what its rules
 * pay in words. HQ edits them in a guided dialog, rule by rule; managers see
 * the same table read-only.
 */
export function IncentiveProgramsEditor({ readOnly }: { readOnly: boolean }) {
  const programs = useAll('incentivePrograms');
  const [editing, setEditing] = useState<IncentiveProgram | 'new' | null>(null);
  const remove = useRemove('incentivePrograms', 'incentive program');
  const ask = remove.ask;
  const rows = useMemo(() => [...(programs ?? [])].sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom)), [programs]);
  const columns = useMemo<ListColumn<IncentiveProgram>[]>(
    () => [
      { id: 'name', header: 'Name', value: (p) => p.name },
      { id: 'type', header: 'Partner type', value: (p) => partnerTypeLabels[p.partnerType] },
      { id: 'from', header: 'In force', value: (p) => p.effectiveFrom, text: (p) => `${dateText(p.effectiveFrom)} – ${p.effectiveTo ? dateText(p.effectiveTo) : 'open'}` },
      {
        id: 'rules',
        header: 'Rules',
        wrap: true,
        width: '45%',
        value: (p) => p.rules.map(ruleSummary).join('; '),
        cell: (p) => (
          <Stack component="ul" sx={{ m: 0, pl: 2 }}>
            {p.rules.map((r, i) => (
              <li key={i}>{ruleSummary(r)}</li>
            ))}
          </Stack>
        ),
      },
      ...(readOnly
        ? []
        : [
            {
              id: 'actions',
              header: 'Actions',
              actions: true,
              width: '120px',
              cell: (p: IncentiveProgram) => <RowActions name={p.name} onEdit={() => setEditing(p)} onDelete={() => ask(p.id, p.name)} />,
            },
          ]),
    ],
    [ask, readOnly],
  );
  return (
    <Stack spacing={2}>
      <ListTable label="Incentive programs" rows={rows} rowKey={(p) => p.id} columns={columns} emptyText={programs ? 'No incentive programs yet' : 'Loading…'} />
      {!readOnly && (
        <Button variant="contained" sx={{ alignSelf: 'start' }} onClick={() => setEditing('new')}>
          Add incentive program
        </Button>
      )}
      {editing && <IncentiveRulesDialog program={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)} />}
      {remove.dialog}
    </Stack>
  );
}
