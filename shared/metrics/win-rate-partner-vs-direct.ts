import type { Opportunity } from '../domain/opportunity';
import { quarterRange } from '../domain/quarter';
import { closedIn } from './deals';
import { rateLiftResult, ratioResult } from './result';
import { scopeRecords , calendarOf } from './scope';
import type { CompoundMetricResult, MetricResult, MetricScope, MetricsDataset } from './types';

const KEY = 'winRatePartnerVsDirect';

const winRate = (key: string, closed: readonly Opportunity[]): MetricResult =>
  ratioResult(key, closed.filter((o) => o.stage === 'won').length, closed.length);

/**
 * Win rate, partner-involved vs direct-only: among deals closed (won or lost)
 * in the quarter, wins over closed deals with a partner in any role, and the
 * same for direct-only deals. The headline is the lift, partner minus direct,
 * in percentage points; it is null unless both sides closed a deal. For one
 * partner, the direct side is its territory's direct-only deals.
 */
export const winRatePartnerVsDirect = (
  dataset: MetricsDataset,
  scope: MetricScope,
  quarter: string,
): CompoundMetricResult<'partnerInvolved' | 'directOnly'> => {
  const range = quarterRange(quarter, calendarOf(dataset));
  const { partnerDeals, directDeals } = scopeRecords(dataset, scope);
  const partnerInvolved = winRate(`${KEY}.partnerInvolved`, closedIn(partnerDeals, range));
  const directOnly = winRate(`${KEY}.directOnly`, closedIn(directDeals, range));
  return { ...rateLiftResult(KEY, partnerInvolved, directOnly), parts: { partnerInvolved, directOnly } };
};
