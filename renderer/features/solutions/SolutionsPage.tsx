import { Chip, FormControlLabel, Stack, Switch, Typography } from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { commercialModelCompleteness } from '../../../shared/calculators/commercial-model';
import { useWorkspace } from '../../app/workspace-context';
import { CappedTable } from '../../ui/CappedTable';
import { words } from '../../ui/labels';
import { PartnerLink } from '../../ui/PartnerLink';
import { usePartnerNames } from '../../ui/use-partner-names';

/** Every joint solution and how far its commercial model is: the integrations nobody has priced stand out. */
export function SolutionsPage() {
  const { reads } = useWorkspace();
  const names = usePartnerNames();
  const [incompleteOnly, setIncompleteOnly] = useState(true);
  const solutions = useLiveQuery(() => reads.list('jointSolutions'), [reads]);
  const rows = (solutions ?? [])
    .filter((s) => names?.has(s.partnerId))
    .map((s) => ({ solution: s, completeness: commercialModelCompleteness(s) }))
    .filter((r) => !incompleteOnly || !r.completeness.complete)
    .sort((a, b) => a.completeness.percent - b.completeness.percent);
  return (
    <Stack spacing={2}>
      <Stack direction="row" sx={{ alignItems: 'center' }}>
        <Typography variant="h5" component="h2" sx={{ flexGrow: 1 }}>
          Joint solutions
        </Typography>
        <FormControlLabel control={<Switch checked={incompleteOnly} onChange={() => setIncompleteOnly((v) => !v)} />} label="Incomplete models only" />
      </Stack>
      <CappedTable
        label="Joint solutions"
        rows={rows}
        rowKey={(r) => r.solution.id}
        columns={[
          { label: 'Solution', cell: (r) => r.solution.name },
          { label: 'Partner', cell: (r) => <PartnerLink id={r.solution.partnerId} name={names?.get(r.solution.partnerId) ?? ''} tab="solutions" /> },
          { label: 'Status', cell: (r) => words(r.solution.status) },
          { label: 'Complete', cell: (r) => `${r.completeness.percent}%`, align: 'right' },
          {
            label: 'Co-sell',
            cell: (r) => (r.completeness.readyToCoSell ? <Chip size="small" color="success" label="Ready" /> : r.completeness.missing.slice(0, 3).join(', ') || 'Not approved'),
          },
        ]}
      />
    </Stack>
  );
}
