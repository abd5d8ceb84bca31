import { Card, CardContent, Grid, List, ListItem, ListItemText, Typography } from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import { scorecard } from '../../../shared/metrics';
import { formatCents } from '../../../shared/domain/money';
import type { Partner } from '../../../shared/domain/partner';
import { useWorkspace } from '../../app/workspace-context';
import { dateText } from '../../ui/dates';
import { today } from '../../ui/today';
import { useCurrentQuarter } from '../../ui/use-fiscal-calendar';
import { useAll, usePartnerChildren, useRecord } from '../../ui/use-records';
import { PROGRAM_SETTINGS_ID } from '../../../shared/domain/program-settings';
import { formatMetric } from '../dashboard/format-metric';
import { PlanCard } from '../plans/PlanCard';
import { PartnerRegistrations } from '../registrations/PartnerRegistrations';
import { AttributeListSection } from './AttributeListSection';
import { TierStanding } from './TierStanding';
import { useTierQualification } from './use-tier-qualification';

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <Grid size={{ xs: 6, md: 3 }}>
      <Typography variant="caption" color="text.secondary">
        {label}
      </Typography>
      <Typography variant="h6" component="p">
        {value}
      </Typography>
    </Grid>
  );
}

/** The visit's opening view: tier and gap, the figures that matter this quarter, and what is due next. */
export function OverviewTab({ partner }: { partner: Partner }) {
  const { reads } = useWorkspace();
  const qualification = useTierQualification(partner);
  const quarter = useCurrentQuarter();
  // The direct-only baseline is the territory's: one indexed read, not the whole store.
  const territoryDeals = useLiveQuery(() => reads.listBy('opportunities', 'territoryId', partner.territoryId), [reads, partner.territoryId]);
  const investments = usePartnerChildren('investments', partner.id);
  const commitments = usePartnerChildren('commitments', partner.id);
  // The programs decide what an OEM owes in royalties: its revenue to the vendor.
  const incentivePrograms = useAll('incentivePrograms');
  // Closed quarters read as frozen; a paid statement is an incentive payment.
  const incentiveStatements = usePartnerChildren('incentiveStatements', partner.id);
  // HQ's quarterly rates convert other currencies.
  const settings = useRecord('programSettings', PROGRAM_SETTINGS_ID);
  const card =
    territoryDeals && investments && incentivePrograms && incentiveStatements
      ? scorecard({ partners: [partner], opportunities: territoryDeals, investments, incentivePrograms, incentiveStatements, programSettings: settings ? [settings] : [] }, { kind: 'partner', partnerId: partner.id }, quarter)
      : undefined;
  const next = (commitments ?? [])
    .filter((c) => c.status === 'open' || c.status === 'in-progress')
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn))
    .slice(0, 5);

  return (
    <Grid container spacing={2}>
      <Grid size={{ xs: 12, md: 7 }}>
        <Card variant="outlined">
          <CardContent>
            <Typography variant="h6" gutterBottom>
              Tier
            </Typography>
            {qualification ? <TierStanding qualification={qualification} /> : <Typography>Assessing…</Typography>}
          </CardContent>
        </Card>
      </Grid>
      <Grid size={{ xs: 12, md: 5 }}>
        <Card variant="outlined">
          <CardContent>
            <Typography variant="h6" gutterBottom>
              Next commitments
            </Typography>
            {next.length === 0 && <Typography color="text.secondary">No open commitments.</Typography>}
            <List dense disablePadding>
              {next.map((c) => (
                <ListItem key={c.id} disableGutters>
                  <ListItemText
                    primary={c.description}
                    secondary={`${c.ownerName} (${c.ownerSide}) · due ${dateText(c.dueOn)}${c.dueOn < today() ? ' · overdue' : ''}`}
                  />
                </ListItem>
              ))}
            </List>
          </CardContent>
        </Card>
      </Grid>
      <Grid size={{ xs: 12 }}>
        <PlanCard partner={partner} />
      </Grid>
      <Grid size={{ xs: 12 }}>
        <PartnerRegistrations partner={partner} />
      </Grid>
      <Grid size={{ xs: 12 }}>
        <Card variant="outlined">
          <CardContent>
            <Typography variant="h6" gutterBottom>
              Key figures · {quarter}
            </Typography>
            <Grid container spacing={2}>
              {qualification?.kind === 'assessed' && (
                <>
                  <Figure label="Trailing revenue (4 quarters)" value={formatCents(qualification.measures.trailingRevenueCents)} />
                  <Figure label="Open partner pipeline" value={formatCents(qualification.measures.openPipelineCents)} />
                </>
              )}
              {card && (
                <>
                  <Figure label="Win rate vs direct" value={formatMetric(card.metrics.winRatePartnerVsDirect)} />
                  <Figure label="Share of territory pipeline" value={formatMetric(card.metrics.partnerInfluencedPipelineShare)} />
                  <Figure label="Deal size, co-sell vs direct" value={formatMetric(card.metrics.dealSizeCoSellVsDirect)} />
                  <Figure label="Return on investment" value={formatMetric(card.metrics.roiByPartnerType)} />
                  <Figure label="Active this quarter" value={card.metrics.activePartnerRate.value === 1 ? 'Yes' : 'No'} />
                  <Figure label="Revenue target" value={partner.revenueTargetCents === undefined ? '—' : formatCents(partner.revenueTargetCents)} />
                </>
              )}
            </Grid>
          </CardContent>
        </Card>
      </Grid>
      <Grid size={{ xs: 12 }}>
        <AttributeListSection partner={partner} />
      </Grid>
    </Grid>
  );
}
