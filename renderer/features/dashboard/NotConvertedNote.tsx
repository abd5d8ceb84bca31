import { Alert } from '@mui/material';
import { useMemo } from 'react';
import { notConvertedNotes } from '../../../shared/domain/in-program-currency';
import { trailingQuarters } from '../../../shared/domain/quarter';
import type { MetricsDataset } from '../../../shared/metrics';
import { liveRecords } from '../../../shared/metrics/scope';

/**
 * What the charted figures leave out for want of an exchange rate, for the
 * territory (or the program) and the quarters on screen: "2 EUR deals not counted: no EUR rate for
 * 2026-Q3". A figure never reads euros as dollars, and never hides that it
 * dropped them.
 */
export function NotConvertedNote({ data, territoryId, quarter }: { data: MetricsDataset; territoryId: string | null; quarter: string }) {
  const notes = useMemo(() => {
    // The dashboard charts the quarter and the three before it.
    const shown = new Set<string>(trailingQuarters(quarter));
    return notConvertedNotes(liveRecords(data).notConverted.filter((n) => shown.has(n.quarter) && (territoryId === null || n.territoryId === territoryId)));
  }, [data, territoryId, quarter]);
  if (notes.length === 0) return null;
  return <Alert severity="warning">Left out of these figures: {notes.join('; ')}. HQ enters the rates under Program rules.</Alert>;
}
