import { Card, CardContent, Chip, Grid, List, ListItem, ListItemText, Stack, Typography } from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { Partner } from '../../../shared/domain/partner';
import { quarterRange } from '../../../shared/domain/quarter';
import { useWorkspace } from '../../app/workspace-context';
import { PartnerLink } from '../../ui/PartnerLink';
import { today } from '../../ui/today';
import { useFiscalCalendar } from '../../ui/use-fiscal-calendar';
import { paceColors, paceLabels, percentText } from '../plans/plan-labels';
import { agreedPlanOn, planAttainment, type PartnerRecords } from './plan-attainment';

const none: PartnerRecords = { opportunities: [], certifications: [], activities: [] };

/**
 * Joint business plans across the scope's partners (issue 12): how many have
 * one agreed for the half the chosen quarter ends in, how they stand, and the
 * weakest. Measured on the quarter's last day, or today while it runs.
 */
export function PlanAttainmentCard({ partners, territoryId, quarter }: { partners: readonly Partner[]; territoryId: string | null; quarter: string }) {
  const { reads } = useWorkspace();
  const calendar = useFiscalCalendar();
  const end = quarterRange(quarter, calendar).end;
  const asOf = end < today() ? end : today();
  const inScope = useMemo(() => partners.filter((p) => !p.deleted && (territoryId === null || p.territoryId === territoryId)), [partners, territoryId]);
  // The records are read only for partners with an agreed plan: a few indexed reads, not the whole store.
  const data = useLiveQuery(async () => {
    const plans = await reads.list('businessPlans');
    const planned = [...new Set(plans.map((p) => p.partnerId))].filter((id) => agreedPlanOn(plans, id, asOf, calendar));
    const records = new Map(
      await Promise.all(
        planned.map(
          async (id) =>
            [
              id,
              {
                opportunities: await reads.listBy('opportunities', 'partnerId', id),
                certifications: await reads.listBy('certifications', 'partnerId', id),
                activities: await reads.listBy('activities', 'partnerId', id),
              },
            ] as const,
        ),
      ),
    );
    return { plans, records };
  }, [reads, asOf, calendar]);
  const summary = useMemo(() => data && planAttainment(inScope, data.plans, (id) => data.records.get(id) ?? none, asOf, calendar), [data, inScope, asOf, calendar]);

  return (
    <Grid size={{ xs: 12, md: 6, xl: 4 }}>
      <Card variant="outlined" aria-label="Plan attainment">
        <CardContent>
          <Typography variant="h6">Joint business plans</Typography>
          {!summary ? (
            <Typography role="status">Measuring the plans…</Typography>
          ) : (
            <Stack spacing={1}>
              <Typography variant="body2" color="text.secondary" data-testid="plans-agreed">
                {summary.withPlan} of {summary.partners} partners have an agreed plan for {summary.period}
              </Typography>
              <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }} data-testid="plans-by-pace">
                {(['on-track', 'behind', 'at-risk'] as const).map((pace) => (
                  <Chip key={pace} size="small" variant="outlined" color={paceColors[pace]} label={`${summary.byPace[pace]} ${paceLabels[pace].toLowerCase()}`} />
                ))}
                {summary.unmeasured > 0 && <Chip size="small" variant="outlined" label={`${summary.unmeasured} with no actuals yet`} />}
              </Stack>
              {summary.weakest.length === 0 ? (
                <Typography variant="body2">{summary.withPlan === 0 ? `No plan agreed for ${summary.period} yet.` : 'No plan has an actual yet.'}</Typography>
              ) : (
                <>
                  <Typography variant="subtitle2">Furthest behind</Typography>
                  <List dense disablePadding aria-label="Weakest plans">
                    {summary.weakest.map(({ partner, progress }) => (
                      <ListItem key={partner.id} disableGutters secondaryAction={progress.pace && <Chip size="small" color={paceColors[progress.pace]} label={paceLabels[progress.pace]} />}>
                        <ListItemText
                          primary={<PartnerLink id={partner.id} name={partner.name} tab="plan" />}
                          secondary={`${percentText(progress.weightedAttainment!)} weighted attainment · ${progress.range.period} version ${progress.plan.version}`}
                        />
                      </ListItem>
                    ))}
                  </List>
                </>
              )}
            </Stack>
          )}
        </CardContent>
      </Card>
    </Grid>
  );
}
