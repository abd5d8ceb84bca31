import { Button, Card, CardContent, Chip, List, ListItem, ListItemText, Stack, Typography } from '@mui/material';
import { halfOf } from '../../../shared/domain/plan-period';
import type { Partner } from '../../../shared/domain/partner';
import { currentPlan } from '../../../shared/plans';
import { navigate } from '../../app/router';
import { today } from '../../ui/today';
import { useFiscalCalendar } from '../../ui/use-fiscal-calendar';
import { usePartnerChildren } from '../../ui/use-records';
import { figureText, paceColors, paceLabels, percentText, planStatusLabels } from './plan-labels';
import { PlanStanding } from './PlanStanding';
import { usePlanProgress } from './use-plan-progress';

const TOP = 3;

/**
 * The plan on the partner's overview: this half's (or, failing one, this
 * year's), its weighted attainment and pace, and the objectives that weigh
 * most; or a way to the Business plan tab when there is none.
 */
export function PlanCard({ partner }: { partner: Partner }) {
  const plans = usePartnerChildren('businessPlans', partner.id);
  const half = halfOf(today(), useFiscalCalendar());
  const plan = plans && (currentPlan(plans, partner.id, half) ?? currentPlan(plans, partner.id, half.slice(0, 4)));
  const progress = usePlanProgress(partner, plan);
  const open = () => navigate({ section: 'partner', partnerId: partner.id, tab: 'plan' });
  const top = [...(progress?.objectives ?? [])].sort((a, b) => b.objective.weight - a.objective.weight).slice(0, TOP);

  return (
    <Card variant="outlined" aria-label="Business plan">
      <CardContent>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1 }}>
          <Typography variant="h6" sx={{ flexGrow: 1 }}>
            Business plan{plan ? ` · ${plan.period}` : ''}
          </Typography>
          {plan && <Chip size="small" label={`Version ${plan.version} · ${planStatusLabels[plan.status]}`} />}
        </Stack>
        {plans === undefined && <Typography role="status">Opening the plan…</Typography>}
        {plans && !plan && (
          <Stack spacing={1} sx={{ alignItems: 'flex-start' }}>
            <Typography color="text.secondary">No plan for {half} yet.</Typography>
            <Button variant="outlined" onClick={open}>
              Make the {half} plan
            </Button>
          </Stack>
        )}
        {progress && (
          <Stack spacing={1}>
            <PlanStanding progress={progress} />
            <List dense disablePadding aria-label="Objectives that weigh most">
              {top.map(({ objective: o, unit, actualToDate, attainment, pace }) => (
                <ListItem key={o.id} disableGutters secondaryAction={pace && <Chip size="small" color={paceColors[pace]} label={paceLabels[pace]} />}>
                  <ListItemText
                    primary={`${o.title} (${o.weight}%)`}
                    secondary={
                      actualToDate === null
                        ? `Target ${figureText(o.target, unit)} · no actual yet`
                        : `${figureText(actualToDate, unit)} of ${figureText(o.target, unit)}${attainment === null ? '' : ` · ${percentText(attainment)}`}`
                    }
                  />
                </ListItem>
              ))}
            </List>
            <Button size="small" onClick={open} sx={{ alignSelf: 'flex-start' }}>
              Open the plan
            </Button>
          </Stack>
        )}
      </CardContent>
    </Card>
  );
}
