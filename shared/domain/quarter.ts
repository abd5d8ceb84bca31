import { addQuarters, endOfQuarter, format, getQuarter, getYear, parseISO, startOfQuarter, subDays } from 'date-fns';

/**
 * Quarters are calendar quarters labelled `2026-Q3`. Dates are ISO calendar
 * dates (YYYY-MM-DD) compared as strings, which sort correctly.
 */
export type QuarterLabel = `${number}-Q${1 | 2 | 3 | 4}`;

export interface QuarterRange {
  label: QuarterLabel;
  /** First day, inclusive. */
  start: string;
  /** Last day, inclusive. */
  end: string;
}

const isoDay = (d: Date): string => format(d, 'yyyy-MM-dd');

const parseLabel = (label: string): Date => {
  const match = /^(\d{4})-Q([1-4])$/.exec(label);
  if (!match) throw new Error(`Quarter must look like 2026-Q3, got "${label}"`);
  return new Date(Number(match[1]), (Number(match[2]) - 1) * 3, 1);
};

export const quarterOf = (isoDate: string): QuarterLabel => {
  const d = parseISO(isoDate);
  return `${getYear(d)}-Q${getQuarter(d) as 1 | 2 | 3 | 4}`;
};

export const quarterRange = (label: string): QuarterRange => {
  const first = parseLabel(label);
  return {
    label: label as QuarterLabel,
    start: isoDay(startOfQuarter(first)),
    end: isoDay(endOfQuarter(first)),
  };
};

export const shiftQuarter = (label: string, by: number): QuarterLabel => quarterOf(isoDay(addQuarters(parseLabel(label), by)));

/** The quarter and the three before it, oldest first: the scorecard's trend window. */
export const trailingQuarters = (label: string, count = 4): QuarterLabel[] =>
  Array.from({ length: count }, (_, i) => shiftQuarter(label, i - count + 1));

export const inRange = (isoDate: string, range: Pick<QuarterRange, 'start' | 'end'>): boolean =>
  isoDate.slice(0, 10) >= range.start && isoDate.slice(0, 10) <= range.end;

/** The calendar day before an ISO date: where a span that the date starts ends the one before it. */
export const dayBefore = (isoDate: string): string => format(subDays(parseISO(isoDate), 1), 'yyyy-MM-dd');
