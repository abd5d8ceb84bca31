import { Button, Stack } from '@mui/material';
import { useMemo, useState } from 'react';
import type { IncentiveProgram } from '../../../shared/domain/incentive-program';
import { dateText } from '../../ui/dates';
import { ListTable, type ListColumn } from '../../ui/ListTable';
import { partnerTypeLabels } from '../../ui/labels';
import { useAll } from '../../ui/use-records';
import { useRemove } from '../../ui/use-remove';
import { RowActions } from '../../ui/RowActions';
import { latestVersions, programKey, versionNumber } from './incentive-program-versions';
import { ruleSummary } from './incentive-rules-summary';
import { IncentiveProgramHistory } from './IncentiveProgramHistory';
import { IncentiveRulesDialog } from './IncentiveRulesDialog';

type Row = ReturnType<typeof latestVersions>[number];

/**
 * Incentive programs, newest first, each once: its latest version, with what
 * its rules pay in words and the span all its versions cover. HQ edits them
 * in a guided dialog, rule by rule (a change from a day makes a new version),
 * and reads each program's versions in its history; managers see the same
 * table read-only.
 */
export function IncentiveProgramsEditor({ readOnly }: { readOnly: boolean }) {
  const programs = useAll('incentivePrograms');
  const [editing, setEditing] = useState<IncentiveProgram | 'new' | null>(null);
  const [history, setHistory] = useState<string | null>(null);
  const remove = useRemove('incentivePrograms', 'incentive program');
  const ask = remove.ask;
  const rows = useMemo(() => latestVersions(programs ?? []).sort((a, b) => b.since.localeCompare(a.since)), [programs]);
  const columns = useMemo<ListColumn<Row>[]>(
    () => [
      { id: 'name', header: 'Name', value: ({ latest }) => latest.name },
      { id: 'type', header: 'Partner type', value: ({ latest }) => partnerTypeLabels[latest.partnerType] },
      { id: 'version', header: 'Version', width: '90px', value: ({ latest }) => versionNumber(latest) },
      {
        id: 'from',
        header: 'In force',
        value: ({ since }) => since,
        text: ({ latest, since }) => `${dateText(since)} – ${latest.effectiveTo ? dateText(latest.effectiveTo) : 'open'}`,
      },
      {
        id: 'rules',
        header: 'Rules',
        wrap: true,
        width: '40%',
        value: ({ latest }) => latest.rules.map(ruleSummary).join('; '),
        cell: ({ latest }) => (
          <Stack component="ul" sx={{ m: 0, pl: 2 }}>
            {latest.rules.map((r, i) => (
              <li key={i}>{ruleSummary(r)}</li>
            ))}
          </Stack>
        ),
      },
      {
        id: 'actions',
        header: 'Actions',
        actions: true,
        width: readOnly ? '100px' : '200px',
        cell: ({ latest }: Row) => (
          <Stack direction="row" sx={{ justifyContent: 'end' }}>
            <Button size="small" onClick={() => setHistory(programKey(latest))} aria-label={`History of ${latest.name}`}>
              History
            </Button>
            {!readOnly && <RowActions name={latest.name} onEdit={() => setEditing(latest)} onDelete={() => ask(latest.id, latest.name)} />}
          </Stack>
        ),
      },
    ],
    [ask, readOnly],
  );
  return (
    <Stack spacing={2}>
      <ListTable label="Incentive programs" rows={rows} rowKey={({ latest }) => latest.id} columns={columns} emptyText={programs ? 'No incentive programs yet' : 'Loading…'} />
      {!readOnly && (
        <Button variant="contained" sx={{ alignSelf: 'start' }} onClick={() => setEditing('new')}>
          Add incentive program
        </Button>
      )}
      {editing && <IncentiveRulesDialog program={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)} />}
      {history && <IncentiveProgramHistory programKey={history} readOnly={readOnly} onClose={() => setHistory(null)} />}
      {remove.dialog}
    </Stack>
  );
}
