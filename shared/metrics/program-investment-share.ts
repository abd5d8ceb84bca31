import { quarterRange } from '../domain/quarter';
import { sumAmounts } from './deals';
import { partnerRevenue } from './partner-revenue';
import { spentIn } from './investments';
import { ratioResult } from './result';
import { scopeRecords , calendarOf } from './scope';
import type { MetricResult, MetricScope, MetricsDataset } from './types';

/**
 * Program investment as a share of partner-influenced revenue: investment
 * spent in the quarter over the revenue to the vendor from partners in the
 * quarter (partner-revenue.ts: deals with a partner in any role won in the
 * quarter, and OEM royalties owed for it). 0.1 = 10 cents spent per dollar
 * of partner revenue; lower is cheaper. Null in a quarter without partner
 * revenue.
 */
export const programInvestmentShare = (
  dataset: MetricsDataset,
  scope: MetricScope,
  quarter: string,
): MetricResult => {
  const range = quarterRange(quarter, calendarOf(dataset));
  const scoped = scopeRecords(dataset, scope);
  return ratioResult('programInvestmentShare', sumAmounts(spentIn(scoped.investments, range)), partnerRevenue(dataset, scoped, range).totalCents);
};
