import { quarterRange, shiftQuarter } from '../domain/quarter';
import { partnerRevenue } from './partner-revenue';
import { scopeRecords , calendarOf } from './scope';
import type { MetricResult, MetricScope, MetricsDataset } from './types';

/** Quarters the baseline averages: the year before the quarter. */
export const BASELINE_QUARTERS = 4;

/** The incremental revenue with the baseline it was measured against. */
export interface IncrementalRevenueResult extends MetricResult {
  /** Mean revenue of the `BASELINE_QUARTERS` quarters before, in cents (rounded); also `denominator`. */
  baselineCents: number;
}

/**
 * Incremental revenue above baseline (seed: "incremental revenue
 * attributable to partnership program investment above the baseline
 * commercial activity the partner would have generated"): revenue to the
 * vendor from the scope's partners in the quarter (partner-revenue.ts, the
 * same revenue ROI reads) minus their own trailing baseline, the mean of the
 * four quarters before it. `numerator` is the quarter's revenue, `denominator`
 * and `baselineCents` the baseline, so the figure is shown with its baseline.
 * Negative when the quarter fell below it; null with no revenue in the
 * quarter nor in the year before (nothing to measure).
 */
export const incrementalRevenue = (dataset: MetricsDataset, scope: MetricScope, quarter: string): IncrementalRevenueResult => {
  const scoped = scopeRecords(dataset, scope);
  const now = partnerRevenue(dataset, scoped, quarterRange(quarter, calendarOf(dataset))).totalCents;
  let before = 0;
  for (let back = 1; back <= BASELINE_QUARTERS; back++) before += partnerRevenue(dataset, scoped, quarterRange(shiftQuarter(quarter, -back), calendarOf(dataset))).totalCents;
  const baselineCents = Math.round(before / BASELINE_QUARTERS);
  // No partner revenue in the quarter nor in the year before: nothing measured, "no data" rather than a fake $0.
  const value = now === 0 && before === 0 ? null : now - baselineCents;
  return { key: 'incrementalRevenue', value, numerator: now, denominator: baselineCents, unit: 'cents', baselineCents };
};
