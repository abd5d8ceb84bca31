import type { Opportunity } from '../domain/opportunity';
import { quarterRange } from '../domain/quarter';
import { sumAmounts, wonIn } from './deals';
import { averageCentsResult, ratioOfMeansResult } from './result';
import { scopeRecords , calendarOf } from './scope';
import type { CompoundMetricResult, MetricResult, MetricScope, MetricsDataset } from './types';

const KEY = 'dealSizeCoSellVsDirect';

const averageDeal = (key: string, won: readonly Opportunity[]): MetricResult =>
  averageCentsResult(key, sumAmounts(won), won.length);

/**
 * Average deal size, co-sell vs direct-only: mean amount of deals won in the
 * quarter with partner role co-sell, and of direct-only deals won in the
 * quarter (cents, rounded half away from zero). The headline is co-sell
 * average over direct average (1.5 = co-sell deals are half as large again),
 * from the exact sums so it carries no rounding; null unless both sides won a
 * deal. For one partner, the direct side is its territory's direct-only deals.
 */
export const dealSizeCoSellVsDirect = (
  dataset: MetricsDataset,
  scope: MetricScope,
  quarter: string,
): CompoundMetricResult<'coSell' | 'directOnly'> => {
  const range = quarterRange(quarter, calendarOf(dataset));
  const { partnerDeals, directDeals } = scopeRecords(dataset, scope);
  const coSell = averageDeal(
    `${KEY}.coSell`,
    wonIn(partnerDeals, range).filter((o) => o.partnerRole === 'co-sell'),
  );
  const directOnly = averageDeal(`${KEY}.directOnly`, wonIn(directDeals, range));
  return { ...ratioOfMeansResult(KEY, coSell, directOnly), parts: { coSell, directOnly } };
};
