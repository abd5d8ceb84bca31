import { Button, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { useStore } from 'zustand';
import { useWorkspace } from '../../app/workspace-context';
import { CappedTable } from '../../ui/CappedTable';
import { PartnerLink } from '../../ui/PartnerLink';
import { useSnapshot } from '../../ui/use-snapshot';
import { currentQuarter } from '../../ui/today';
import { BatchExportDialog } from './BatchExportDialog';
import { lastQbrByPartner } from './qbr-run';

const byName = new Intl.Collator(undefined, { sensitivity: 'base' });

/**
 * QBR delivery: the last pack delivered to every partner (what HQ checks),
 * and the batch export of a territory's packs.
 */
export function QbrPage() {
  const { reads, sync, partners: directory } = useWorkspace();
  const role = useStore(sync, (s) => s.user?.role);
  const partners = useSnapshot(directory);
  const territories = useLiveQuery(() => reads.list('territories'), [reads]);
  const records = useLiveQuery(() => reads.list('qbrRecords'), [reads]);
  const [territory, setTerritory] = useState<string>('all');
  const [batch, setBatch] = useState(false);
  const last = useMemo(() => lastQbrByPartner(records ?? []), [records]);
  const territoryNames = useMemo(() => new Map((territories ?? []).map((t) => [t.id, t.name])), [territories]);
  const rows = useMemo(
    () => (partners ?? []).filter((p) => territory === 'all' || p.territoryId === territory).sort((a, b) => byName.compare(a.name, b.name)),
    [partners, territory],
  );
  const delivered = rows.filter((p) => last.has(p.id)).length;
  const scope = territory === 'all' ? 'All territories' : (territoryNames.get(territory) ?? territory);

  return (
    <Stack spacing={2}>
      <Typography variant="h5" component="h2">
        QBR packs
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
        <Typography variant="body2" color="text.secondary" sx={{ flexGrow: 1 }} data-testid="qbr-delivered-count">
          {delivered} of {rows.length} partners have a QBR pack on record
        </Typography>
        <Button variant="contained" disabled={rows.length === 0} onClick={() => setBatch(true)}>
          Export packs for {scope}…
        </Button>
      </Stack>
      <CappedTable
        label={role === 'hq' ? 'Last QBR per partner' : 'Last QBR per partner in your territories'}
        rows={rows}
        rowKey={(p) => p.id}
        columns={[
          { label: 'Partner', cell: (p) => <PartnerLink id={p.id} name={p.name} /> },
          { label: 'Territory', cell: (p) => territoryNames.get(p.territoryId) ?? p.territoryId },
          { label: 'Last QBR', cell: (p) => last.get(p.id)?.quarter ?? 'none' },
          { label: 'Delivered', cell: (p) => { const r = last.get(p.id); return r ? new Date(r.exportedAt).toLocaleString() : ''; } },
          { label: 'Formats', cell: (p) => last.get(p.id)?.formats.join(', ').toUpperCase() ?? '' },
          { label: 'Metric definitions', cell: (p) => last.get(p.id)?.metricDefinitionsVersion ?? '' },
        ]}
      />
      {batch && <BatchExportDialog partnerIds={rows.map((p) => p.id)} scope={scope} quarter={currentQuarter()} onClose={() => setBatch(false)} />}
    </Stack>
  );
}
