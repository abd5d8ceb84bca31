import { dateText } from '../domain/date-text';
import { isCalendarQuarter, quarterDatesText, type QuarterRange } from '../domain/quarter';

/** A run of calendar days, both ends inclusive, as ISO dates (they compare as strings). */
export interface Span {
  start: string;
  end: string;
}

/** Open ends for spans without a start or end date. */
export const FAR_PAST = '0000-01-01';
export const FAR_FUTURE = '9999-12-31';

export const intersect = (a: Span, b: Span): Span | null => {
  const start = a.start > b.start ? a.start : b.start;
  const end = a.end < b.end ? a.end : b.end;
  return start <= end ? { start, end } : null;
};

/** A dated rate is in force from its date on, so the rate before it ends the day before. */
export { dayBefore } from '../domain/quarter';

/**
 * "in 2026-Q3" when the span is the whole quarter (a fiscal one with its
 * days: "in 2027-Q3, 1 Aug – 31 Oct 2026", set off by a comma because the
 * line's own count follows in brackets), else the exact days, so a clipped
 * basis is never mistaken for the quarter.
 */
export const describeSpan = (span: Span, quarter: QuarterRange): string =>
  span.start === quarter.start && span.end === quarter.end
    ? `in ${quarter.label}${isCalendarQuarter(quarter) ? '' : `, ${quarterDatesText(quarter)}`}`
    : `from ${dateText(span.start)} to ${dateText(span.end)}`;
