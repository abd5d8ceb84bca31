import { Chip, LinearProgress, Stack, Typography } from '@mui/material';
import type { PlanProgress } from '../../../shared/plans';
import { paceColors, paceLabels, percentText } from './plan-labels';

/**
 * The plan as one figure: weighted attainment and pace against the time the
 * period has run, and, when some objectives have no actual yet, how much of
 * the plan's weight the figure stands on (the calculator leaves those out
 * rather than counting them as zero).
 */
export function PlanStanding({ progress }: { progress: PlanProgress }) {
  const { weightedAttainment, pace, elapsed, weightMeasured, plan } = progress;
  const totalWeight = plan.objectives.reduce((sum, o) => sum + o.weight, 0);
  if (weightedAttainment === null) {
    return (
      <Typography variant="body2" color="text.secondary" data-testid="plan-standing">
        {plan.objectives.length === 0 ? 'No objectives yet.' : 'No actuals yet: attainment shows once an objective has one.'}
      </Typography>
    );
  }
  return (
    <Stack spacing={0.5} data-testid="plan-standing">
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <Typography variant="h6" component="p">
          {percentText(weightedAttainment)} weighted attainment
        </Typography>
        {pace && <Chip size="small" color={paceColors[pace]} label={paceLabels[pace]} />}
      </Stack>
      <LinearProgress
        variant="determinate"
        value={Math.min(100, weightedAttainment * 100)}
        color={pace ? paceColors[pace] : 'primary'}
        sx={{ height: 8, borderRadius: 4 }}
        aria-label="Weighted attainment"
      />
      <Typography variant="caption" color="text.secondary">
        {percentText(elapsed)} of {progress.range.period} gone by
        {weightMeasured < totalWeight ? ` · measured on ${weightMeasured} of ${totalWeight} weight points (the rest has no actual yet)` : ''}
      </Typography>
    </Stack>
  );
}
