import { Chip, FormControlLabel, Stack, Switch, Typography } from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { commercialModelCompleteness } from '../../../shared/calculators/commercial-model';
import type { JointSolution } from '../../../shared/domain/joint-solution';
import { useWorkspace } from '../../app/workspace-context';
import { words } from '../../ui/labels';
import { ListTable, type ListColumn } from '../../ui/ListTable';
import { PartnerLink } from '../../ui/PartnerLink';
import { usePartnerNames } from '../../ui/use-partner-names';

interface SolutionRow {
  solution: JointSolution;
  completeness: ReturnType<typeof commercialModelCompleteness>;
}

const coSellText = ({ completeness }: SolutionRow) => (completeness.readyToCoSell ? 'Ready' : completeness.missing.slice(0, 3).join(', ') || 'Not approved');

/** Every joint solution and how far its commercial model is: the integrations nobody has priced stand out. */
export function SolutionsPage() {
  const { reads } = useWorkspace();
  const names = usePartnerNames();
  const [incompleteOnly, setIncompleteOnly] = useState(true);
  const solutions = useLiveQuery(() => reads.list('jointSolutions'), [reads]);
  const all = useMemo(
    () =>
      (solutions ?? [])
        .filter((s) => names?.has(s.partnerId))
        .map((s): SolutionRow => ({ solution: s, completeness: commercialModelCompleteness(s) }))
        .sort((a, b) => a.completeness.percent - b.completeness.percent),
    [solutions, names],
  );
  const shown = useMemo(() => (incompleteOnly ? all.filter((r) => !r.completeness.complete) : all), [all, incompleteOnly]);
  const columns = useMemo<ListColumn<SolutionRow>[]>(() => {
    const partner = (r: SolutionRow) => names?.get(r.solution.partnerId) ?? '';
    return [
      { id: 'solution', header: 'Solution', value: (r) => r.solution.name },
      { id: 'partner', header: 'Partner', value: partner, cell: (r) => <PartnerLink id={r.solution.partnerId} name={partner(r)} tab="solutions" /> },
      { id: 'status', header: 'Status', value: (r) => words(r.solution.status) },
      { id: 'complete', header: 'Complete', kind: 'number', align: 'right', value: (r) => r.completeness.percent, text: (r) => `${r.completeness.percent}%` },
      {
        id: 'cosell',
        header: 'Co-sell',
        value: coSellText,
        cell: (r) => (r.completeness.readyToCoSell ? <Chip size="small" color="success" label="Ready" /> : coSellText(r)),
      },
    ];
  }, [names]);
  return (
    <Stack spacing={2}>
      <Stack direction="row" sx={{ alignItems: 'center' }}>
        <Typography variant="h5" component="h2" sx={{ flexGrow: 1 }}>
          Joint solutions
        </Typography>
        <FormControlLabel control={<Switch checked={incompleteOnly} onChange={() => setIncompleteOnly((v) => !v)} />} label="Incomplete models only" />
      </Stack>
      <ListTable
        label="Joint solutions"
        rows={all}
        shown={shown}
        rowKey={(r) => r.solution.id}
        columns={columns}
        emptyText={all.length === 0 ? 'No joint solutions yet' : 'No joint solutions with an incomplete commercial model: every one is complete'}
      />
    </Stack>
  );
}
