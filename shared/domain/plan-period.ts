import { z } from 'zod';
import { quarterOf, quarterRange, shiftQuarter, type FiscalCalendar, type QuarterLabel } from './quarter';

/**
 * The span a joint business plan covers: a half (`2026-H2`) or a year
 * (`2026`) of the program's fiscal calendar (quarter.ts): a half is two of
 * its quarters and a year four, so on a February year 2027-H1 runs from
 * 1 February to 31 July 2026.
 */
export const planPeriodSchema = z.string().max(7).regex(/^\d{4}(-H[12])?$/, { error: 'must be a year such as 2026 or a half such as 2026-H2' });
export type PlanPeriod = z.infer<typeof planPeriodSchema>;

export interface PlanPeriodRange {
  period: PlanPeriod;
  /** First day, inclusive (ISO date). */
  start: string;
  /** Last day, inclusive (ISO date). */
  end: string;
  /** Its quarters, oldest first. */
  quarters: QuarterLabel[];
}

export const planPeriodRange = (period: string, calendar: FiscalCalendar): PlanPeriodRange => {
  const checked = planPeriodSchema.safeParse(period);
  if (!checked.success) throw new Error(`Plan period must look like 2026 or 2026-H2, got "${period}"`);
  const [year, half] = period.split('-H');
  const first = half === '2' ? `${year}-Q3` : `${year}-Q1`;
  const count = half === undefined ? 4 : 2;
  const quarters = Array.from({ length: count }, (_, i) => shiftQuarter(first, i));
  return { period, start: quarterRange(quarters[0]!, calendar).start, end: quarterRange(quarters[count - 1]!, calendar).end, quarters };
};

/** The fiscal half a date falls in, as a plan period: `2026-H2` for 2026-09-30 on a calendar-year program. */
export const halfOf = (isoDate: string, calendar: FiscalCalendar): PlanPeriod => {
  const quarter = quarterOf(isoDate, calendar);
  return `${quarter.slice(0, 4)}-H${Number(quarter.slice(-1)) <= 2 ? 1 : 2}`;
};
