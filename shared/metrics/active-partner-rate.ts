import { quarterRange } from '../domain/quarter';
import { activePartnerIds, programPartners } from './activity';
import { ratioResult } from './result';
import { scopeRecords , calendarOf } from './scope';
import type { MetricResult, MetricScope, MetricsDataset } from './types';

/**
 * Active partner rate: of the partners in scope enrolled on or before the
 * quarter's last day and not prospects, the share with at least one
 * commercial activity in the quarter (a deal with them created or won in the
 * quarter, or an OEM usage report of the quarter with units > 0). It tells
 * commercially working partnerships from nominal enrollments.
 */
export const activePartnerRate = (dataset: MetricsDataset, scope: MetricScope, quarter: string): MetricResult => {
  const range = quarterRange(quarter, calendarOf(dataset));
  const { partners, live } = scopeRecords(dataset, scope);
  const enrolled = programPartners(partners, range);
  const active = activePartnerIds(enrolled, live.opportunities, range, calendarOf(dataset));
  return ratioResult('activePartnerRate', enrolled.filter((p) => active.has(p.id)).length, enrolled.length);
};
