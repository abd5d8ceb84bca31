import { quarterRange, shiftQuarter } from '../domain/quarter';
import { activePartnerIds, programPartners } from './activity';
import { ratioResult } from './result';
import { scopeRecords } from './scope';
import type { MetricResult, MetricScope, MetricsDataset } from './types';

/**
 * Partner retention: of the partners in scope commercially active in the
 * previous quarter, the share still commercially active in this one. Retention
 * is measured on activity, not on enrollment, because a partner that stays
 * enrolled but stops selling is exactly the nominal partnership to catch.
 */
export const partnerRetention = (dataset: MetricsDataset, scope: MetricScope, quarter: string): MetricResult => {
  const range = quarterRange(quarter);
  const previous = quarterRange(shiftQuarter(quarter, -1));
  const { partners, live } = scopeRecords(dataset, scope);
  const enrolledBefore = programPartners(partners, previous);
  const activeBefore = activePartnerIds(enrolledBefore, live.opportunities, previous);
  const cohort = enrolledBefore.filter((p) => activeBefore.has(p.id));
  const activeNow = activePartnerIds(cohort, live.opportunities, range);
  return ratioResult('partnerRetention', cohort.filter((p) => activeNow.has(p.id)).length, cohort.length);
};
