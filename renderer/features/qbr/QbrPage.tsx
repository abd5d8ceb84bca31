import { Button, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { useStore } from 'zustand';
import type { Partner } from '../../../shared/domain/partner';
import { qbrAudienceOf } from '../../../shared/domain/qbr';
import { countOf } from '../../../shared/domain/text';
import { useWorkspace } from '../../app/workspace-context';
import { ListTable, type ListColumn } from '../../ui/ListTable';
import { PartnerLink } from '../../ui/PartnerLink';
import { useSnapshot } from '../../ui/use-snapshot';
import { useQuarterChoice } from '../../ui/use-fiscal-calendar';
import { dateText, dateTimeText } from '../../ui/value-text';
import { QuarterPicker } from '../incentives/QuarterPicker';
import { BatchExportDialog } from './BatchExportDialog';
import { audienceLabels } from './qbr-record-text';
import { lastDeliveryByPartner, quarterStanding } from './qbr-records';

const byName = new Intl.Collator(undefined, { sensitivity: 'base' });

/**
 * QBR delivery: for a quarter, which partners had their review held (a pack
 * marked delivered, never a mere export: a batch exports a territory in a
 * minute), which have a pack waiting to be delivered, and the batch export.
 */
export function QbrPage() {
  const { reads, sync, partners: directory } = useWorkspace();
  const role = useStore(sync, (s) => s.user?.role);
  const partners = useSnapshot(directory);
  const territories = useLiveQuery(() => reads.list('territories'), [reads]);
  const records = useLiveQuery(() => reads.list('qbrRecords'), [reads]);
  const [territory, setTerritory] = useState<string>('all');
  const [quarter, setQuarter] = useQuarterChoice();
  const [batch, setBatch] = useState(false);
  const standing = useMemo(() => quarterStanding(records ?? [], quarter), [records, quarter]);
  const lastDelivered = useMemo(() => lastDeliveryByPartner(records ?? []), [records]);
  const territoryNames = useMemo(() => new Map((territories ?? []).map((t) => [t.id, t.name])), [territories]);
  const rows = useMemo(
    () => (partners ?? []).filter((p) => !p.deleted && (territory === 'all' || p.territoryId === territory)).sort((a, b) => byName.compare(a.name, b.name)),
    [partners, territory],
  );
  const columns = useMemo<ListColumn<Partner>[]>(() => {
    const iso = (at: string) => at;
    /** The quarter's review in words, its day and instant written by `day` and `at`. */
    const review = (p: Partner, day: (date: string) => string, at: (instant: string) => string): string => {
      const held = standing.delivered.get(p.id);
      if (held) return `Delivered ${day(held.delivery.deliveredOn)}`;
      const exported = standing.exported.get(p.id);
      return exported ? `Exported ${at(exported.exportedAt)}, not delivered` : 'No pack yet';
    };
    return [
      { id: 'partner', header: 'Partner', value: (p) => p.name, cell: (p) => <PartnerLink id={p.id} name={p.name} /> },
      { id: 'territory', header: 'Territory', value: (p) => territoryNames.get(p.territoryId) ?? p.territoryId },
      {
        id: 'review',
        header: `${quarter} review`,
        // Sorted by the same words with ISO dates, so reviews under one phrase follow the calendar, not the month's name.
        value: (p) => review(p, iso, iso),
        text: (p) => review(p, dateText, dateTimeText),
      },
      { id: 'attendees', header: 'Attendees', value: (p) => standing.delivered.get(p.id)?.delivery.attendees.join(', ') ?? '' },
      {
        id: 'pack',
        header: 'Pack',
        value: (p) => {
          const r = standing.delivered.get(p.id) ?? standing.exported.get(p.id);
          return r ? `${audienceLabels[qbrAudienceOf(r)]} (${r.formats.join(', ').toUpperCase()})` : '';
        },
      },
      {
        id: 'last',
        header: 'Last QBR delivered',
        // Sorted by when: "2026-Q2, Jun 30, 2026" text would sort by month name.
        value: (p) => lastDelivered.get(p.id)?.delivery.deliveredOn ?? null,
        text: (p) => {
          const r = lastDelivered.get(p.id);
          return r ? `${r.quarter}, ${dateText(r.delivery.deliveredOn)}` : 'never';
        },
      },
    ];
  }, [quarter, standing, lastDelivered, territoryNames]);
  const delivered = rows.filter((p) => standing.delivered.has(p.id)).length;
  const waiting = rows.filter((p) => !standing.delivered.has(p.id) && standing.exported.has(p.id)).length;
  const scope = territory === 'all' ? 'All territories' : (territoryNames.get(territory) ?? territory);

  return (
    <Stack spacing={2}>
      <Typography variant="h5" component="h2">
        QBR delivery
      </Typography>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap' }} useFlexGap>
        <TextField select size="small" label="Territory" value={territory} onChange={(e) => setTerritory(e.target.value)} sx={{ minWidth: 220 }}>
          <MenuItem value="all">All territories</MenuItem>
          {(territories ?? []).map((t) => (
            <MenuItem key={t.id} value={t.id}>
              {t.name}
            </MenuItem>
          ))}
        </TextField>
        <QuarterPicker value={quarter} onChange={setQuarter} />
        <Stack sx={{ flexGrow: 1 }}>
          <Typography variant="body2" data-testid="qbr-delivered-count">
            {delivered} of {rows.length} partners had their {quarter} QBR delivered
          </Typography>
          <Typography variant="caption" color="text.secondary" data-testid="qbr-waiting-count">
            {waiting === 0 ? 'No exported pack is waiting to be marked delivered.' : `${countOf(waiting, 'partner has', 'partners have')} a ${quarter} pack exported, not yet marked delivered.`}
          </Typography>
        </Stack>
        <Button variant="contained" disabled={rows.length === 0} onClick={() => setBatch(true)}>
          Export packs for {scope}…
        </Button>
      </Stack>
      <ListTable
        label={role === 'hq' ? `QBR ${quarter} per partner` : `QBR ${quarter} per partner in your territories`}
        rows={rows}
        rowKey={(p) => p.id}
        columns={columns}
        emptyText={territory === 'all' ? 'No partners yet' : `No partners in ${scope}`}
      />
      {batch && <BatchExportDialog partnerIds={rows.map((p) => p.id)} scope={scope} quarter={quarter} onClose={() => setBatch(false)} />}
    </Stack>
  );
}
