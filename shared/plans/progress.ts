import { differenceInCalendarDays, parseISO } from 'date-fns';
import { moneyObjectiveKinds, type BusinessPlan, type PlanObjective } from '../domain/business-plan';
import { planPeriodRange, type PlanPeriodRange } from '../domain/plan-period';
import { CALENDAR_YEAR, type QuarterLabel } from '../domain/quarter';
import { actualIn, quarterSpan, type PlanRecords } from './actuals';

/**
 * Where a plan stands against the time its period has run (DESIGN §2).
 *
 * - attainment = actual / target, per objective (1 is 100 %, more is over).
 * - The plan's weighted attainment is Σ weight · min(attainment, 1) over the
 *   objectives with an actual, divided by their weights: an objective far
 *   over its target cannot hide one far under, and one with no actual yet
 *   (a custom objective nobody filled in) is left out and said to be, not
 *   taken as zero.
 * - Pace: attainment against the share of the period gone by on `asOf`. On
 *   track at 90 % of the pace or better, behind from 60 %, at risk below.
 *   Reaching the target is on track whatever the date.
 */
export type PlanPace = 'on-track' | 'behind' | 'at-risk';

export const ON_TRACK_PACE = 0.9;
export const BEHIND_PACE = 0.6;

export interface QuarterActual {
  quarter: QuarterLabel;
  /** Null when the records cannot say for a quarter (see actuals.ts). */
  actual: number | null;
}

export interface ObjectiveProgress {
  objective: PlanObjective;
  unit: 'cents' | 'count';
  /** Each quarter of the period that has begun by `asOf`, oldest first. */
  byQuarter: QuarterActual[];
  /** From the period's first day to `asOf`; null when there is none yet (a custom objective not filled in). */
  actualToDate: number | null;
  /** actualToDate / target; null with no actual. */
  attainment: number | null;
  /** Null with no actual. */
  pace: PlanPace | null;
}

export interface PlanProgress {
  plan: BusinessPlan;
  range: PlanPeriodRange;
  /** The day it is measured on, within the period. */
  asOf: string;
  /** Share of the period's days gone by on `asOf`, 0 to 1. */
  elapsed: number;
  objectives: ObjectiveProgress[];
  /** Weighted attainment (0 to 1) over the objectives with an actual; null when none has one. */
  weightedAttainment: number | null;
  /** The weights (of 100) the weighted figure stands on. */
  weightMeasured: number;
  pace: PlanPace | null;
}

export const paceOf = (attainment: number, elapsed: number): PlanPace => {
  if (attainment >= 1 || attainment >= elapsed * ON_TRACK_PACE) return 'on-track';
  return attainment >= elapsed * BEHIND_PACE ? 'behind' : 'at-risk';
};

const clampDay = (day: string, range: PlanPeriodRange): string => (day < range.start ? range.start : day > range.end ? range.end : day);

export const planProgress = (plan: BusinessPlan, records: PlanRecords, asOf: string): PlanProgress => {
  const calendar = records.calendar ?? CALENDAR_YEAR;
  const range = planPeriodRange(plan.period, calendar);
  const day = clampDay(asOf.slice(0, 10), range);
  const days = differenceInCalendarDays(parseISO(range.end), parseISO(range.start)) + 1;
  const elapsed = (differenceInCalendarDays(parseISO(day), parseISO(range.start)) + 1) / days;
  const begun = range.quarters.filter((q) => quarterSpan(q, day, calendar).start <= day);

  const objectives = plan.objectives.map((objective): ObjectiveProgress => {
    const actualToDate = actualIn(objective, records, { start: range.start, end: day }, true);
    const attainment = actualToDate === null ? null : actualToDate / objective.target;
    return {
      objective,
      unit: moneyObjectiveKinds.has(objective.kind) ? 'cents' : 'count',
      byQuarter: begun.map((quarter) => ({ quarter, actual: actualIn(objective, records, quarterSpan(quarter, day, calendar), false) })),
      actualToDate,
      attainment,
      pace: attainment === null ? null : paceOf(attainment, elapsed),
    };
  });

  const measured = objectives.filter((o) => o.attainment !== null);
  const weightMeasured = measured.reduce((total, o) => total + o.objective.weight, 0);
  const weightedAttainment =
    weightMeasured === 0 ? null : measured.reduce((total, o) => total + o.objective.weight * Math.min(o.attainment!, 1), 0) / weightMeasured;
  return {
    plan,
    range,
    asOf: day,
    elapsed,
    objectives,
    weightedAttainment,
    weightMeasured,
    pace: weightedAttainment === null ? null : paceOf(weightedAttainment, elapsed),
  };
};
