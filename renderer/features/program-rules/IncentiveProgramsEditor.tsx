import { Button, Stack } from '@mui/material';
import { useState } from 'react';
import { GLOBAL_TERRITORY, partnerTypes } from '../../../shared/domain/common';
import type { IncentiveProgram } from '../../../shared/domain/incentive-program';
import { useWorkspace } from '../../app/workspace-context';
import { CappedTable } from '../../ui/CappedTable';
import { partnerTypeLabels } from '../../ui/labels';
import { notify } from '../../ui/notifier';
import { RecordDialog } from '../../ui/RecordDialog';
import { useAll } from '../../ui/use-records';

/** Parses the rules box; text that is not JSON is passed on as-is so the schema names the field ("Rules must be a array"). */
const rulesOf = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
};

/**
 * Effective-dated incentive programs. Rules are edited as JSON checked by the
 * shared schema (every band, rate and amount named in errors); a guided
 * editor per rule kind is future work.
 */
export function IncentiveProgramsEditor({ readOnly }: { readOnly: boolean }) {
  const { repo } = useWorkspace();
  const programs = useAll('incentivePrograms');
  const [editing, setEditing] = useState<IncentiveProgram | 'new' | null>(null);
  const current = editing === 'new' ? undefined : (editing ?? undefined);
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
          { label: 'Rules', cell: (p) => p.rules.map((r) => r.kind).join(', ') },
          ...(readOnly ? [] : [{ label: '', cell: (p: IncentiveProgram) => <Button size="small" onClick={() => setEditing(p)}>Edit</Button> }]),
        ]}
      />
      {!readOnly && (
        <Button variant="contained" sx={{ alignSelf: 'start' }} onClick={() => setEditing('new')}>
          Add incentive program
        </Button>
      )}
      {editing && (
        <RecordDialog
          table="incentivePrograms"
          title={current ? `Edit ${current.name}` : 'New incentive program'}
          fields={[
            { name: 'name', label: 'Name', required: true, width: 8 },
            { name: 'partnerType', label: 'Partner type', options: partnerTypes.map((t) => [t, partnerTypeLabels[t]] as const), width: 4 },
            { name: 'effectiveFrom', label: 'Effective from', kind: 'date', width: 6 },
            { name: 'effectiveTo', label: 'Effective to (empty: open-ended)', kind: 'date', width: 6 },
            { name: 'rules', label: 'Rules (JSON)', kind: 'multiline' },
          ]}
          initial={{
            name: current?.name ?? '',
            partnerType: current?.partnerType ?? 'reseller',
            effectiveFrom: current?.effectiveFrom ?? '',
            effectiveTo: current?.effectiveTo ?? '',
            rules: JSON.stringify(current?.rules ?? [{ kind: 'renewal-commission', rateBps: 500 }], null, 2),
          }}
          toRecord={(d) => ({
            territoryId: GLOBAL_TERRITORY,
            name: d.name,
            partnerType: d.partnerType,
            effectiveFrom: d.effectiveFrom,
            effectiveTo: d.effectiveTo?.trim() ? d.effectiveTo : null,
            rules: rulesOf(d.rules ?? ''),
          })}
          save={async (r) => {
            if (current) await repo.update('incentivePrograms', current.id, r as never);
            else await repo.create('incentivePrograms', r as never);
            notify('Incentive program saved');
          }}
          onClose={() => setEditing(null)}
        />
      )}
    </Stack>
  );
}
