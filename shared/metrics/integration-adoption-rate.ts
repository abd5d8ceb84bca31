import { adoptionAt } from '../domain/partner-adoption';
import { quarterRange } from '../domain/quarter';
import { programPartners } from './activity';
import { ratioResult } from './result';
import { scopeRecords , calendarOf } from './scope';
import type { MetricResult, MetricScope, MetricsDataset } from './types';

/**
 * Integration adoption rate (ISV): joint customers using the integration
 * over all joint customers, summed across ISV partners in scope that are in
 * the program at quarter end (same rule as the active partner rate). Summing
 * before dividing weights each partner by its customer count, so one ISV with
 * two joint customers cannot swing the program figure. The counts are those
 * of the quarter (partner-adoption.ts: the last recorded in it or before), so
 * a trend shows each quarter's own adoption, not today's in every quarter; an
 * ISV whose counts are not known for the quarter is left out of it.
 */
export const integrationAdoptionRate = (
  dataset: MetricsDataset,
  scope: MetricScope,
  quarter: string,
): MetricResult => {
  const { partners } = scopeRecords(dataset, scope);
  let using = 0;
  let joint = 0;
  const range = quarterRange(quarter, calendarOf(dataset));
  for (const p of programPartners(partners, range)) {
    const counts = adoptionAt(p, range.end);
    if (!counts) continue;
    using += counts.jointCustomersUsingIntegration;
    joint += counts.jointCustomers;
  }
  return ratioResult('integrationAdoptionRate', using, joint);
};
