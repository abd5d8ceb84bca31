import { z } from 'zod';
import { quarterRange, shiftQuarter, type QuarterLabel } from './quarter';

/**
 * The span a joint business plan covers: a half (`2026-H2`) or a year
 * (`2026`) of the program's calendar. The program runs on calendar quarters
 * (quarter.ts), so a half is two of them and a year four.
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

export const planPeriodRange = (period: string): PlanPeriodRange => {
  const checked = planPeriodSchema.safeParse(period);
  if (!checked.success) throw new Error(`Plan period must look like 2026 or 2026-H2, got "${period}"`);
  const [year, half] = period.split('-H');
  const first = half === '2' ? `${year}-Q3` : `${year}-Q1`;
  const count = half === undefined ? 4 : 2;
  const quarters = Array.from({ length: count }, (_, i) => shiftQuarter(first, i));
  return { period, start: quarterRange(quarters[0]!).start, end: quarterRange(quarters[count - 1]!).end, quarters };
};

/** The half a date falls in, as a plan period: `2026-H2` for 2026-09-30. */
export const halfOf = (isoDate: string): PlanPeriod => `${isoDate.slice(0, 4)}-H${Number(isoDate.slice(5, 7)) <= 6 ? 1 : 2}`;
