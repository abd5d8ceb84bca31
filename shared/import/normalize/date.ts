import type { CellValue } from '../table';
import { parsed, problem, type Parsed } from './parsed';

/**
 * Dates in the file's own format. A CRM export writes dates the way its
 * user's locale does: 2026-03-04, 3/4/2026 (US), 4/3/2026 (UK, France),
 * 4.3.2026 (Germany). The order is found from the column's values: one
 * "25/3/2026" settles it. When every value fits both orders (all days ≤ 12)
 * the guess is reported as ambiguous, so the dialog asks before importing.
 */
export type DateOrder = 'ymd' | 'mdy' | 'dmy';

export interface DateFormatGuess {
  /** The order to read the column in: the only one that fits, or the likelier one when `ambiguous`. */
  order: DateOrder;
  /** More than one order fits every value; the user should confirm `order`. */
  ambiguous: boolean;
  /** Every order that reads every value; empty when the values fit none (then `order` is a fallback). */
  candidates: DateOrder[];
}

const dayFirstOrMonthFirst = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?:[ T].*)?$/;
const yearFirst = /^(\d{4})([/.-])(\d{1,2})\2(\d{1,2})(?:[ T].*)?$/;

const daysIn = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

const isoDay = (year: number, month: number, day: number): string | null =>
  month >= 1 && month <= 12 && day >= 1 && day <= daysIn(year, month)
    ? `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
    : null;

/** Excel counts days from 1899-12-30 (its 1900 leap-year bug included), so serial 45658 is 2025-01-01. */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const MS_PER_DAY = 86_400_000;
const fromExcelSerial = (serial: number): Date | null => (serial >= 1 && serial < 2_958_466 ? new Date(EXCEL_EPOCH_MS + serial * MS_PER_DAY) : null);

/** exceljs gives a date cell as the UTC instant of its wall-clock value, so the UTC fields are what the sheet shows. */
const dayOfDate = (date: Date): string => date.toISOString().slice(0, 10);

const readText = (text: string, order: DateOrder): string | null => {
  const ymd = yearFirst.exec(text);
  if (ymd) return isoDay(Number(ymd[1]), Number(ymd[3]), Number(ymd[4]));
  const other = dayFirstOrMonthFirst.exec(text);
  if (!other || order === 'ymd') return null;
  const [first, second, year] = [Number(other[1]), Number(other[3]), Number(other[4])];
  return order === 'mdy' ? isoDay(year, first, second) : isoDay(year, second, first);
};

/** Guesses the column's date order from its values (text cells only: workbook dates and serials need none). */
export const detectDateOrder = (cells: readonly CellValue[]): DateFormatGuess => {
  const texts = cells.filter((c): c is string => typeof c === 'string' && c.trim() !== '').map((c) => c.trim());
  const orders: DateOrder[] = ['ymd', 'mdy', 'dmy'];
  const usesDots = texts.some((t) => dayFirstOrMonthFirst.exec(t)?.[2] === '.');
  // A value no order reads ("2/30/2026", "TBD") says nothing about the order: it is that row's error.
  const readable = texts.map((t) => orders.filter((order) => readText(t, order) !== null)).filter((fits) => fits.length > 0);
  const candidates = orders.filter((order) => readable.every((fits) => fits.includes(order)));
  const onlyYearFirst = texts.length > 0 && texts.every((t) => yearFirst.test(t));
  if (onlyYearFirst || texts.length === 0) return { order: 'ymd', ambiguous: false, candidates: ['ymd'] };
  const dayMonth = candidates.filter((o) => o !== 'ymd');
  // Day.month.year is the dotted convention (German, Swiss, Nordic); month.day.year with dots is not written.
  if (usesDots && dayMonth.includes('dmy')) return { order: 'dmy', ambiguous: false, candidates: dayMonth };
  if (dayMonth.length === 1) return { order: dayMonth[0]!, ambiguous: false, candidates: dayMonth };
  if (dayMonth.length === 0) {
    // Values contradict each other (3/15 and 25/3): the order most of them fit, for the user to confirm.
    const fitting = (order: DateOrder) => readable.filter((fits) => fits.includes(order)).length;
    return { order: fitting('dmy') > fitting('mdy') ? 'dmy' : 'mdy', ambiguous: true, candidates: [] };
  }
  // Both fit: month first is the likelier (Salesforce and HubSpot default to US formats), but the user confirms.
  return { order: 'mdy', ambiguous: true, candidates: dayMonth };
};

/** One date cell as an ISO calendar day, read in the column's order. */
export const parseDate = (cell: CellValue, order: DateOrder): Parsed<string> => {
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? problem('is not a date') : parsed(dayOfDate(cell));
  if (typeof cell === 'number') {
    const date = fromExcelSerial(cell);
    return date ? parsed(dayOfDate(date)) : problem(`is not a date: ${cell}`);
  }
  const text = String(cell ?? '').trim();
  const day = readText(text, order);
  if (day) return parsed(day);
  const expected = order === 'mdy' ? 'month/day/year' : order === 'dmy' ? 'day/month/year' : 'year-month-day';
  return problem(`is not a date in this file's format (${expected}): "${text}"`);
};

const clock = /^(?:[ T](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*([AaPp][Mm])?)?\s*$/;

/**
 * A date with an optional time ("3/4/2026 2:30 PM", "2026-03-04T14:30:00Z")
 * as an ISO instant. A time without a zone is taken as UTC: exports rarely
 * say their zone, and the day, which is what reports count, stays the same.
 */
export const parseDateTime = (cell: CellValue, order: DateOrder): Parsed<string> => {
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? problem('is not a date') : parsed(cell.toISOString());
  if (typeof cell === 'number') {
    const date = fromExcelSerial(cell);
    return date ? parsed(new Date(Math.round(date.getTime() / 1000) * 1000).toISOString()) : problem(`is not a date: ${cell}`);
  }
  const text = String(cell ?? '').trim();
  if (/^\d{4}-\d{2}-\d{2}T.*(Z|[+-]\d{2}:?\d{2})$/.test(text)) {
    const instant = new Date(text);
    if (!Number.isNaN(instant.getTime())) return parsed(instant.toISOString());
  }
  const day = parseDate(text.split(/[ T]/)[0]!, order);
  if (!day.ok) return day;
  const time = clock.exec(text.slice(text.split(/[ T]/)[0]!.length));
  if (!time) return problem(`has a time that cannot be read: "${text}"`);
  let hours = Number(time[1] ?? 0);
  const [minutes, seconds] = [Number(time[2] ?? 0), Number(time[3] ?? 0)];
  const meridiem = time[4]?.toLowerCase();
  if (meridiem === 'pm' && hours < 12) hours += 12;
  if (meridiem === 'am' && hours === 12) hours = 0;
  if (hours > 23 || minutes > 59 || seconds > 59) return problem(`has a time that cannot be read: "${text}"`);
  return parsed(`${day.value}T${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}:${String(seconds).padStart(2, '0')}.000Z`);
};
