/**
 * Day arithmetic on ISO calendar dates (YYYY-MM-DD). The load set makes
 * hundreds of thousands of dates, so days are counted as integers since the
 * epoch instead of going through Date or date-fns; with no time zone
 * involved, every machine gets the same result.
 */

const digits = (text: string, from: number, to: number): number => {
  let value = 0;
  for (let i = from; i < to; i++) value = value * 10 + text.charCodeAt(i) - 48;
  return value;
};

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** Days since 1970-01-01 (Hinnant's days-from-civil; integer math, no Date objects on the hot path). */
export const toDayNumber = (isoDate: string): number => {
  const month = digits(isoDate, 5, 7);
  const year = digits(isoDate, 0, 4) - (month <= 2 ? 1 : 0);
  const era = Math.floor(year / 400);
  const yearOfEra = year - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + digits(isoDate, 8, 10) - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
};

export const fromDayNumber = (dayNumber: number): string => {
  const z = dayNumber + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1_460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${year}-${pad2(month)}-${pad2(day)}`;
};

export const addDays = (isoDate: string, days: number): string => fromDayNumber(toDayNumber(isoDate) + days);

const isLeap = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
const monthLength = (year: number, month: number): number =>
  month === 2 ? (isLeap(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;

/** Calendar months; the day is clamped to the target month's length (Aug 31 − 6 months = Feb 28). */
export const addMonths = (isoDate: string, months: number): string => {
  const total = digits(isoDate, 0, 4) * 12 + digits(isoDate, 5, 7) - 1 + months;
  const year = Math.floor(total / 12);
  const month = total - year * 12 + 1;
  const day = Math.min(digits(isoDate, 8, 10), monthLength(year, month));
  return `${year}-${pad2(month)}-${pad2(day)}`;
};

export const laterOf = (a: string, b: string): string => (a > b ? a : b);
export const earlierOf = (a: string, b: string): string => (a < b ? a : b);

/** A real calendar day, not just the right shape: 2026-02-30 is refused. */
export const isCalendarDate = (value: string): boolean =>
  /^\d{4}-\d{2}-\d{2}$/.test(value) && fromDayNumber(toDayNumber(value)) === value;
