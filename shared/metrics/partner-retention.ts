import { inProgramOn } from '../domain/partner-status';
import { quarterRange } from '../domain/quarter';
import { dayBefore } from '../domain/quarter';
import { ratioResult } from './result';
import { scopeRecords , calendarOf } from './scope';
import type { MetricResult, MetricScope, MetricsDataset } from './types';

/**
 * Partner retention (seed: listed apart from the active partner rate): of the
 * partners in scope enrolled in the program at the start of the quarter (the
 * end of the day before it), the share still enrolled at its end. Enrolled:
 * enrolled by then and neither a prospect nor inactive, by the status the
 * partner had on that day (its status history), so a past quarter is judged
 * as it stood. Whether a retained partner sells is the active rate's question.
 */
export const partnerRetention = (dataset: MetricsDataset, scope: MetricScope, quarter: string): MetricResult => {
  const range = quarterRange(quarter, calendarOf(dataset));
  const start = dayBefore(range.start);
  const atStart = scopeRecords(dataset, scope).partners.filter((p) => inProgramOn(p, start));
  return ratioResult('partnerRetention', atStart.filter((p) => inProgramOn(p, range.end)).length, atStart.length);
};
