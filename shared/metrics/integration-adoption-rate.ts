import { quarterRange } from '../domain/quarter';
import { programPartners } from './activity';
import { ratioResult } from './result';
import { scopeRecords } from './scope';
import type { MetricResult, MetricScope, MetricsDataset } from './types';

/**
 * Integration adoption rate (ISV): joint customers using the integration
 * over all joint customers, summed across ISV partners in scope that are in
 * the program at quarter end (same rule as the active partner rate). Summing
 * before dividing weights each partner by its customer count, so one ISV with
 * two joint customers cannot swing the program figure. The counts are the
 * partner's current figures; the schema keeps no per-quarter history.
 */
export const integrationAdoptionRate = (
  dataset: MetricsDataset,
  scope: MetricScope,
  quarter: string,
): MetricResult => {
  const { partners } = scopeRecords(dataset, scope);
  let using = 0;
  let joint = 0;
  for (const p of programPartners(partners, quarterRange(quarter))) {
    if (p.attributes.partnerType !== 'isv') continue;
    using += p.attributes.jointCustomersUsingIntegration;
    joint += p.attributes.jointCustomers;
  }
  return ratioResult('integrationAdoptionRate', using, joint);
};
