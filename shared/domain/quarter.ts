import { addMonths, format, parseISO, subDays } from 'date-fns';

/**
 * Quarters are the program's fiscal quarters, labelled `2027-Q1`. A program
 * whose fiscal year starts in January runs on calendar quarters; one that
 * starts in February (HQ's program setting) has 2027-Q1 run from 1 February
 * to 30 April 2026, because a fiscal year is named for the calendar year it
 * ends in (the convention of the vendors that run such years). Every quarter
 * a reader sees is named with its calendar dates beside it when the two
 * differ (`quarterText`). Dates are ISO calendar dates (YYYY-MM-DD) compared
 * as strings, which sort correctly.
 */
export type QuarterLabel = `${number}-Q${1 | 2 | 3 | 4}`;

export interface QuarterRange {
  label: QuarterLabel;
  /** First day, inclusive. */
  start: string;
  /** Last day, inclusive. */
  end: string;
}

/** When the program's year starts: 1 = January (calendar quarters) … 12 = December. */
export interface FiscalCalendar {
  readonly startMonth: number;
}

export const CALENDAR_YEAR: FiscalCalendar = { startMonth: 1 };

/** The program's calendar from its settings; absent or unset: the calendar year. */
export const fiscalCalendarOf = (settings: { fiscalYearStartMonth?: number } | null | undefined): FiscalCalendar =>
  settings?.fiscalYearStartMonth && settings.fiscalYearStartMonth !== 1 ? { startMonth: settings.fiscalYearStartMonth } : CALENDAR_YEAR;

const isoDay = (d: Date): string => format(d, 'yyyy-MM-dd');

const LABEL = /^(\d{4})-Q([1-4])$/;

/** Whether a string names a quarter (`2026-Q3`), on any calendar. */
export const isQuarterLabel = (label: string): label is QuarterLabel => LABEL.test(label);

const parseLabel = (label: string): { year: number; quarter: number } => {
  const match = LABEL.exec(label);
  if (!match) throw new Error(`Quarter must look like 2026-Q3, got "${label}"`);
  return { year: Number(match[1]), quarter: Number(match[2]) };
};

/** The fiscal quarter a date falls in. */
export const quarterOf = (isoDate: string, calendar: FiscalCalendar): QuarterLabel => {
  const year = Number(isoDate.slice(0, 4));
  const month = Number(isoDate.slice(5, 7));
  if (!Number.isInteger(year) || !(month >= 1 && month <= 12)) throw new Error(`Date must look like 2026-09-30, got "${isoDate}"`);
  const { startMonth } = calendar;
  const intoYear = (month - startMonth + 12) % 12;
  // A year that starts after January is named for the calendar year it ends in.
  const fiscalYear = startMonth === 1 || month < startMonth ? year : year + 1;
  return `${fiscalYear}-Q${(Math.floor(intoYear / 3) + 1) as 1 | 2 | 3 | 4}`;
};

/**
 * Ranges asked for again and again (every partner's statement, tier and
 * metric names its quarter), so each is worked out once per calendar and
 * label and handed out frozen.
 */
const ranges = new Map<string, QuarterRange>();

/** The calendar days a fiscal quarter covers. */
export const quarterRange = (label: string, calendar: FiscalCalendar): QuarterRange => {
  const key = `${calendar.startMonth}|${label}`;
  const known = ranges.get(key);
  if (known) return known;
  const { year, quarter } = parseLabel(label);
  const { startMonth } = calendar;
  const firstYear = startMonth === 1 ? year : year - 1;
  const first = addMonths(new Date(firstYear, startMonth - 1, 1), (quarter - 1) * 3);
  const range = Object.freeze({ label: label as QuarterLabel, start: isoDay(first), end: isoDay(subDays(addMonths(first, 3), 1)) });
  ranges.set(key, range);
  return range;
};

/** The quarter `by` quarters after (or before) a label; the same on every calendar. */
export const shiftQuarter = (label: string, by: number): QuarterLabel => {
  const { year, quarter } = parseLabel(label);
  const index = year * 4 + (quarter - 1) + by;
  return `${Math.floor(index / 4)}-Q${((index % 4) + 1) as 1 | 2 | 3 | 4}`;
};

/** The quarter and the three before it, oldest first: the scorecard's trend window. */
export const trailingQuarters = (label: string, count = 4): QuarterLabel[] =>
  Array.from({ length: count }, (_, i) => shiftQuarter(label, i - count + 1));

export const inRange = (isoDate: string, range: Pick<QuarterRange, 'start' | 'end'>): boolean =>
  isoDate.slice(0, 10) >= range.start && isoDate.slice(0, 10) <= range.end;

/** The calendar day before an ISO date: where a span that the date starts ends the one before it. */
export const dayBefore = (isoDate: string): string => format(subDays(parseISO(isoDate), 1), 'yyyy-MM-dd');

/** `1 Feb – 30 Apr 2026`: the calendar days of a quarter, as a reader checks them. */
export const quarterDatesText = (range: Pick<QuarterRange, 'start' | 'end'>): string => {
  const start = parseISO(range.start);
  const end = parseISO(range.end);
  return `${format(start, start.getFullYear() === end.getFullYear() ? 'd MMM' : 'd MMM yyyy')} – ${format(end, 'd MMM yyyy')}`;
};

/**
 * A quarter as a reader sees it: the label alone when it is the calendar
 * quarter of that name (2026-Q3 on a calendar-year program needs no gloss),
 * and with its calendar dates when it is a fiscal one (`2027-Q1 (1 Feb – 30
 * Apr 2026)`), so no one reads a fiscal label as the calendar quarter of the
 * same name. The range alone says which, so text made from a range (a
 * statement line's basis) needs no calendar to be told.
 */
export const quarterRangeText = (range: QuarterRange): string =>
  isCalendarQuarter(range) ? range.label : `${range.label} (${quarterDatesText(range)})`;

/** Whether a range is the calendar quarter its label names (any quarter of a January program). */
export const isCalendarQuarter = (range: QuarterRange): boolean => quarterRange(range.label, CALENDAR_YEAR).start === range.start;

/**
 * The calendar a quarter's range was made on: a fiscal quarter knows where
 * its year starts (2027-Q1 from 1 February: a February year), so text made
 * from one range can name the quarters around it the same way.
 */
export const calendarOfRange = (range: QuarterRange): FiscalCalendar => {
  const { quarter } = parseLabel(range.label);
  const startMonth = ((Number(range.start.slice(5, 7)) - 1 - (quarter - 1) * 3 + 12) % 12) + 1;
  return startMonth === 1 ? CALENDAR_YEAR : { startMonth };
};

/**
 * What a run of quarters (a chart's axis) covers in calendar days, for a
 * caption: null on calendar quarters, whose labels say it already.
 */
export const quartersSpanText = (labels: readonly string[], calendar: FiscalCalendar): string | null => {
  if (calendar.startMonth === 1 || labels.length === 0) return null;
  const first = labels[0]!;
  const last = labels.at(-1)!;
  const dates = quarterDatesText({ start: quarterRange(first, calendar).start, end: quarterRange(last, calendar).end });
  return first === last ? `${first}: ${dates}` : `${first} to ${last}: ${dates}`;
};

/** `quarterRangeText` of a label on the program's calendar. */
export const quarterText = (label: string, calendar: FiscalCalendar): string => quarterRangeText(quarterRange(label, calendar));

