import { Accordion, AccordionDetails, AccordionSummary, Stack, Typography } from '@mui/material';
import type { BusinessPlan } from '../../../shared/domain/business-plan';
import type { Partner } from '../../../shared/domain/partner';
import { dateText } from '../../ui/dates';
import { planStatusLabels } from './plan-labels';
import { PlanObjectivesTable } from './PlanObjectivesTable';
import { PlanStanding } from './PlanStanding';
import { usePlanProgress } from './use-plan-progress';

function EarlierVersion({ partner, plan }: { partner: Partner; plan: BusinessPlan }) {
  const progress = usePlanProgress(partner, plan);
  const agreed = plan.agreement ? ` · agreed ${dateText(plan.agreement.agreedOn)} by ${plan.agreement.vendorName} and ${plan.agreement.partnerName}` : '';
  return (
    <Accordion variant="outlined" disableGutters>
      {/* Named by what it shows (WCAG label in name): "Version 1 · Locked · agreed …". */}
      <AccordionSummary expandIcon={<span aria-hidden>▾</span>}>
        <Typography>
          Version {plan.version} · {planStatusLabels[plan.status]}
          {agreed}
        </Typography>
      </AccordionSummary>
      <AccordionDetails>
        {progress ? (
          <Stack spacing={1}>
            <PlanStanding progress={progress} />
            <PlanObjectivesTable progress={progress} label={`Version ${plan.version} objectives`} />
          </Stack>
        ) : (
          <Typography role="status">Reading the actuals…</Typography>
        )}
      </AccordionDetails>
    </Accordion>
  );
}

/** The versions a revision replaced, read-only: what was agreed before stays on record, measured as it stands. */
export function EarlierVersions({ partner, plans }: { partner: Partner; plans: readonly BusinessPlan[] }) {
  if (plans.length === 0) return null;
  return (
    <Stack spacing={1} component="section" aria-label="Earlier versions">
      <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
        Earlier versions
      </Typography>
      {plans.map((p) => (
        <EarlierVersion key={p.id} partner={partner} plan={p} />
      ))}
    </Stack>
  );
}
