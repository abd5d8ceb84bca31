import { Button, Stack } from '@mui/material';
import { useState } from 'react';
import type { IncentiveProgram } from '../../../shared/domain/incentive-program';
import { CappedTable } from '../../ui/CappedTable';
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
  return (
    <Stack spacing={2}>
      <CappedTable
        label="Incentive programs"
        rows={[...(programs ?? [])].sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom))}
        rowKey={(p) => p.id}
        columns={[
          { label: 'Name', cell: (p) => p.name },
          { label: 'Partner type', cell: (p) => partnerTypeLabels[p.partnerType] },
          { label: 'In force', cell: (p) => `${p.effectiveFrom} – ${p.effectiveTo ?? 'open'}` },
          {
            label: 'Rules',
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
                  label: '',
                  cell: (p: IncentiveProgram) => (
                    <RowActions name={p.name} onEdit={() => setEditing(p)} onDelete={() => remove.ask(p.id, p.name)} />
                  ),
                },
              ]),
        ]}
      />
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
