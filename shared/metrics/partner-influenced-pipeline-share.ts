import { quarterRange } from '../domain/quarter';
import { createdIn, sumAmounts } from './deals';
import { ratioResult } from './result';
import { scopeRecords , calendarOf } from './scope';
import type { MetricResult, MetricScope, MetricsDataset } from './types';

/**
 * Partner-influenced pipeline share: amount of deals created in the quarter
 * with a partner in any role (sourced, influenced, co-sell) over the amount of
 * all deals created in the quarter. For one partner, the total is its
 * territory's pipeline: the share of the territory this partner brings.
 */
export const partnerInfluencedPipelineShare = (
  dataset: MetricsDataset,
  scope: MetricScope,
  quarter: string,
): MetricResult => {
  const range = quarterRange(quarter, calendarOf(dataset));
  const { partnerDeals, allDeals } = scopeRecords(dataset, scope);
  return ratioResult(
    'partnerInfluencedPipelineShare',
    sumAmounts(createdIn(partnerDeals, range)),
    sumAmounts(createdIn(allDeals, range)),
  );
};
