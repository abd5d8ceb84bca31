import { Button, Stack, Typography } from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import { useStore } from 'zustand';
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import type { Territory } from '../../../shared/domain/organization';
import type { QualifiedTierMove } from './apply-qualified-tier';
import { countOf } from '../../../shared/domain/text';
import { useWorkspace } from '../../app/workspace-context';
import { useVisible } from '../../ui/pending-removals';
import { useSnapshot } from '../../ui/use-snapshot';
import { useCurrentQuarter } from '../../ui/use-fiscal-calendar';
import { BatchExportDialog } from '../qbr/BatchExportDialog';
import { emptyListText } from '../../ui/list-table-columns';
import { filterPartners, indexPartners, whatFiltersAsk } from './partner-filters';
import { usePartnerFilters } from './partner-list-store';
import { PartnerFiltersBar } from './PartnerFiltersBar';
import { PartnerForm } from './PartnerForm';
import { PartnerTable } from './PartnerTable';
import { usePartnerFlags } from './use-partner-flags';
import { ApplyTierDialog } from './ApplyTierDialog';
import { qualifiedTierMoves } from './qualified-tier-moves';

const noTerritories: Territory[] = [];
// The import's readers (exceljs, papaparse) load when the dialog first opens, not with the list.
const ImportDialog = lazy(async () => ({ default: (await import('../import/ImportDialog')).ImportDialog }));

/** The territory's partners: the workspace's live copy, filtered in memory on every keystroke. */
export function PartnersPage() {
  const { reads, partners, sync } = useWorkspace();
  const [creating, setCreating] = useState(false);
  const [exporting, setExporting] = useState(false);
  const [importing, setImporting] = useState(false);
  const [applyingTiers, setApplyingTiers] = useState<QualifiedTierMove[] | null>(null);
  const isHq = useStore(sync, (s) => s.user?.role === 'hq');
  const quarter = useCurrentQuarter();
  const stored = useVisible(useSnapshot(partners));
  const territories = useLiveQuery(() => reads.list('territories'), [reads]) ?? noTerritories;
  // The flags wait until the list has drawn once: a manager can search while they are computed.
  const [listDrawn, setListDrawn] = useState(false);
  const flags = usePartnerFlags(reads, listDrawn);
  // Filtered in the keystroke's own render, not deferred: a pass over 10,000 partners takes a couple of
  // milliseconds, and a deferred second render cost more (a frame drawn between the two) than it saved.
  const filters = usePartnerFilters((s) => s.filters);

  const indexed = useMemo(() => (stored ? indexPartners(stored) : undefined), [stored]);
  const shown = useMemo(() => (indexed ? filterPartners(indexed, filters, flags) : undefined), [indexed, filters, flags]);
  const all = useMemo(() => indexed?.map((i) => i.partner), [indexed]);
  // The partners of the list as filtered now that qualify below their recorded tier.
  const belowMoves = useMemo(() => qualifiedTierMoves(shown ?? [], flags), [shown, flags]);
  const names = useMemo(() => new Map(territories.map((t) => [t.id, t.name])), [territories]);
  const emptyText = useMemo(() => emptyListText('partners', { total: all?.length ?? 0, ...whatFiltersAsk(filters, names) }), [all, filters, names]);
  useEffect(() => {
    if (!shown || listDrawn) return;
    const timer = setTimeout(() => setListDrawn(true), 0);
    return () => clearTimeout(timer);
  }, [shown, listDrawn]);

  return (
    <Stack spacing={2}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <Typography variant="h5" component="h2" sx={{ flexGrow: 1 }}>
          Partners
        </Typography>
        <Button variant="outlined" onClick={() => setImporting(true)}>
          Import…
        </Button>
        {/* HQ only: a manager sees which partners qualify below their tier, and HQ decides. */}
        {isHq && (
          <Button variant="outlined" disabled={belowMoves.length === 0} onClick={() => setApplyingTiers(belowMoves)}>
            Apply qualified tiers{belowMoves.length > 0 ? ` (${belowMoves.length.toLocaleString('en-US')})` : ''}…
          </Button>
        )}
        <Button variant="outlined" disabled={!shown || shown.length === 0} onClick={() => setExporting(true)}>
          Export QBR packs…
        </Button>
        <Button variant="contained" onClick={() => setCreating(true)}>
          New partner
        </Button>
      </Stack>
      <PartnerFiltersBar territories={territories} flagsReady={flags !== undefined} />
      {/* data-search names the search the shown result is for, so a test or a bench can wait for exactly that result. */}
      {shown && all ? (
        <PartnerTable partners={all} shown={shown} territoryName={names} flags={flags} emptyText={emptyText} toolbar={<PartnerCount text={countOf(shown.length, 'partner')} search={filters.search} />} />
      ) : (
        <PartnerCount text="Loading partners…" search={filters.search} />
      )}
      {creating && <PartnerForm onClose={() => setCreating(false)} />}
      {importing && (
        <Suspense fallback={null}>
          <ImportDialog onClose={() => setImporting(false)} />
        </Suspense>
      )}
      {applyingTiers && <ApplyTierDialog moves={applyingTiers} onClose={() => setApplyingTiers(null)} />}
      {exporting && shown && (
        <BatchExportDialog partnerIds={shown.map((p) => p.id)} scope="Partner list" quarter={quarter} onClose={() => setExporting(false)} />
      )}
    </Stack>
  );
}

function PartnerCount({ text, search }: { text: string; search: string }) {
  return (
    <Typography variant="body2" color="text.secondary" aria-live="polite" data-testid="partner-count" data-search={search}>
      {text}
    </Typography>
  );
}
