import { differenceInCalendarDays, parseISO } from 'date-fns';
import { inRange, quarterRange } from '../domain/quarter';
import type { Partner } from '../domain/partner';
import { commercialActivityDays } from './activity';
import { scopeRecords , calendarOf } from './scope';
import type { MedianMetricResult, MetricScope, MetricsDataset } from './types';

/** Middle value of a sorted list; the mean of the two middle values when the count is even. */
const medianOfSorted = (sorted: readonly number[]): number => {
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] ?? 0) + upper) / 2;
};

/** The median with the partners not yet measurable: enrolled by the quarter's end, no commercial activity by then. */
export interface TimeToFirstResult extends MedianMetricResult {
  waiting: number;
}

/**
 * Time to first commercial activity: median calendar days from enrollment to
 * the first commercial activity, over partners in scope whose first activity
 * falls in the quarter. It is a cohort of the quarter, so a trend shows
 * whether onboarding gets faster. A median, because one partner that took
 * two years would drag a mean far from the typical case.
 *
 * The first activity is the first on record (activity.ts, the same records
 * the active partner rate reads, so the two never contradict each other); a
 * hand-typed date counts only for a partner with nothing on record (business
 * from before the records were kept). Business done before enrollment counts
 * as 0 days. `waiting` counts the partners enrolled by the quarter's end
 * still without any commercial activity then.
 *
 * As a median has no fraction behind it, `numerator` holds the median and
 * `denominator` the number of partners measured; `samples` lists their days.
 */
export const timeToFirstCommercialActivity = (
  dataset: MetricsDataset,
  scope: MetricScope,
  quarter: string,
): TimeToFirstResult => {
  const range = quarterRange(quarter, calendarOf(dataset));
  const { partners, live } = scopeRecords(dataset, scope);
  const recorded = commercialActivityDays(partners, live.opportunities, calendarOf(dataset));
  const firstOf = (p: Partner): string | null => {
    const days = recorded.get(p.id);
    return days ? days.reduce((a, b) => (b < a ? b : a)) : (p.firstCommercialActivityOn ?? null);
  };
  const samples: number[] = [];
  let waiting = 0;
  for (const p of partners) {
    const first = firstOf(p);
    if (first && inRange(first, range)) samples.push(Math.max(0, differenceInCalendarDays(parseISO(first), parseISO(p.enrolledOn))));
    else if ((!first || first > range.end) && p.enrolledOn <= range.end && p.status !== 'prospect') waiting += 1;
  }
  samples.sort((a, b) => a - b);
  const median = samples.length === 0 ? null : medianOfSorted(samples);
  return {
    key: 'timeToFirstCommercialActivity',
    value: median,
    numerator: median ?? 0,
    denominator: samples.length,
    unit: 'days',
    samples,
    waiting,
  };
};
