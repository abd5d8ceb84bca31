import { differenceInCalendarDays, parseISO } from 'date-fns';
import { inRange, quarterRange } from '../domain/quarter';
import { scopeRecords } from './scope';
import type { MedianMetricResult, MetricScope, MetricsDataset } from './types';

/** Middle value of a sorted list; the mean of the two middle values when the count is even. */
const medianOfSorted = (sorted: readonly number[]): number => {
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] ?? 0) + upper) / 2;
};

/**
 * Time to first commercial activity: median calendar days from enrollment to
 * the first commercial activity, over partners in scope whose first activity
 * falls in the quarter. It is a cohort of the quarter, so a trend shows
 * whether onboarding gets faster. A median, because one partner that took
 * two years would drag a mean far from the typical case.
 *
 * As a median has no fraction behind it, `numerator` holds the median and
 * `denominator` the number of partners measured; `samples` lists their days.
 */
export const timeToFirstCommercialActivity = (
  dataset: MetricsDataset,
  scope: MetricScope,
  quarter: string,
): MedianMetricResult => {
  const range = quarterRange(quarter);
  const samples = scopeRecords(dataset, scope)
    .partners.flatMap((p) =>
      p.firstCommercialActivityOn && inRange(p.firstCommercialActivityOn, range)
        ? [differenceInCalendarDays(parseISO(p.firstCommercialActivityOn), parseISO(p.enrolledOn))]
        : [],
    )
    .sort((a, b) => a - b);
  const median = samples.length === 0 ? null : medianOfSorted(samples);
  return {
    key: 'timeToFirstCommercialActivity',
    value: median,
    numerator: median ?? 0,
    denominator: samples.length,
    unit: 'days',
    samples,
  };
};
