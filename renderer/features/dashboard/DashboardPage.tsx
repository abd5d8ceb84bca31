import { Grid, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { useStore } from 'zustand';
import { quarterRange, trailingQuarters } from '../../../shared/domain/quarter';
import { trend, type MetricScope } from '../../../shared/metrics';
import { useWorkspace } from '../../app/workspace-context';
import { useFiscalCalendar, useQuarterChoice } from '../../ui/use-fiscal-calendar';
import { useAll } from '../../ui/use-records';
import { useSnapshot } from '../../ui/use-snapshot';
import { NotConvertedNote } from './NotConvertedNote';
import { QuarterPicker } from '../incentives/QuarterPicker';
import { QbrDeliveryCard } from '../qbr/QbrDeliveryCard';
import { ChartCard } from './ChartCard';
import { dashboardSeries } from './dashboard-series';
import { PlanAttainmentCard } from './PlanAttainmentCard';

const ALL = 'all';

/** The territory scorecard for a quarter with its four-quarter trend; HQ can read the whole portfolio. */
export function DashboardPage() {
  const { reads, sync, partners: directory } = useWorkspace();
  const partners = useSnapshot(directory);
  const user = useStore(sync, (s) => s.user);
  const territories = useAll('territories');
  const [quarter, setQuarter] = useQuarterChoice();
  const calendar = useFiscalCalendar();
  const [chosen, setChosen] = useState<string | null>(null);
  const hq = user?.role === 'hq';
  const visible = (territories ?? []).filter((t) => hq || !user || user.territoryIds.includes(t.id));
  const territoryId = chosen ?? (hq ? ALL : (visible[0]?.id ?? ALL));

  // The partners come from the workspace's live copy. Deals and investments are read whole (the metrics
  // look back past the trend, e.g. retention); certifications only where they expire inside the four
  // charted quarters, by the expiry index, as the expiry chart is all that reads them.
  const children = useLiveQuery(async () => {
    const [opportunities, investments, jointSolutions, incentivePrograms, incentiveStatements, programSettings] = await Promise.all([
      reads.rows('opportunities'),
      reads.rows('investments'),
      reads.rows('jointSolutions'),
      // What an OEM owes in royalties is revenue to the vendor (ROI, investment share).
      reads.rows('incentivePrograms'),
      // Closed quarters read as frozen; a paid statement is an incentive payment.
      reads.rows('incentiveStatements'),
      // Other currencies count at HQ's quarterly rates, or not at all without one.
      reads.rows('programSettings'),
    ]);
    return { opportunities, investments, jointSolutions, incentivePrograms, incentiveStatements, programSettings };
  }, [reads]);
  // Its own query, so picking another quarter re-reads only these.
  const certifications = useLiveQuery(
    () => reads.rowsBetween('certifications', 'expiresOn', quarterRange(trailingQuarters(quarter)[0]!, calendar).start, quarterRange(quarter, calendar).end),
    [reads, quarter, calendar],
  );
  const data = useMemo(
    () => (partners && children && certifications ? { ...children, certifications, partners } : undefined),
    [partners, children, certifications],
  );

  const series = useMemo(() => {
    if (!data) return undefined;
    const scope: MetricScope = territoryId === ALL ? { kind: 'all' } : { kind: 'territory', territoryId };
    const cards = trend(data, scope, quarter);
    return dashboardSeries({ trend: cards, scope, partners: data.partners, certifications: data.certifications, jointSolutions: data.jointSolutions, calendar });
  }, [data, territoryId, quarter, calendar]);

  return (
    <Stack spacing={2}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <Typography variant="h5" component="h2" sx={{ flexGrow: 1 }}>
          {hq ? 'Portfolio dashboard' : 'Territory scorecard'}
        </Typography>
        <TextField select size="small" label="Territory" value={territoryId} onChange={(e) => setChosen(e.target.value)} sx={{ minWidth: 200 }}>
          {hq && <MenuItem value={ALL}>All territories</MenuItem>}
          {visible.map((t) => (
            <MenuItem key={t.id} value={t.id}>
              {t.name}
            </MenuItem>
          ))}
        </TextField>
        <QuarterPicker value={quarter} onChange={setQuarter} />
      </Stack>
      {data && <NotConvertedNote data={data} territoryId={territoryId === ALL ? null : territoryId} quarter={quarter} />}
      {!series && <Typography role="status">Computing the scorecard…</Typography>}
      <Grid container spacing={2}>
        {series?.map((s) => (
          <Grid key={s.id} size={{ xs: 12, md: 6, xl: 4 }}>
            <ChartCard series={s} />
          </Grid>
        ))}
        {data && (
          <Grid size={{ xs: 12, md: 6, xl: 4 }}>
            <QbrDeliveryCard
              partners={data.partners.filter((p) => !p.deleted && (territoryId === ALL || p.territoryId === territoryId))}
              quarter={quarter}
            />
          </Grid>
        )}
        {data && <PlanAttainmentCard partners={data.partners} territoryId={territoryId === ALL ? null : territoryId} quarter={quarter} />}
      </Grid>
    </Stack>
  );
}
