import { quarterRange } from '../domain/quarter';
import { sumAmounts, wonIn } from './deals';
import { spentIn } from './investments';
import { ratioResult } from './result';
import { scopeRecords } from './scope';
import type { MetricResult, MetricScope, MetricsDataset } from './types';

/**
 * Program investment as a share of partner-influenced revenue: investment
 * spent in the quarter over the amount of deals with a partner in any role
 * won in the quarter (0.1 = 10 cents spent per dollar of partner revenue;
 * lower is cheaper). Null in a quarter without partner revenue.
 */
export const programInvestmentShare = (
  dataset: MetricsDataset,
  scope: MetricScope,
  quarter: string,
): MetricResult => {
  const range = quarterRange(quarter);
  const { partnerDeals, investments } = scopeRecords(dataset, scope);
  return ratioResult(
    'programInvestmentShare',
    sumAmounts(spentIn(investments, range)),
    sumAmounts(wonIn(partnerDeals, range)),
  );
};
