import type { BusinessPlan, PlanObjectiveKind, PlanOwnerSide } from '../../domain/business-plan';
import { halfOf } from '../../domain/plan-period';
import type { QuarterLabel } from '../../domain/quarter';
import { currentPlan, planProgress, type PlanPace } from '../../plans';
import type { PackContext } from '../context';

export interface PlanObjectiveRow {
  title: string;
  kind: PlanObjectiveKind;
  ownerSide: PlanOwnerSide;
  weight: number;
  unit: 'cents' | 'count';
  target: number;
  /** One per quarter of `quarters`; null where the records say nothing for a single quarter. */
  byQuarter: (number | null)[];
  actualToDate: number;
  attainment: number;
  pace: PlanPace;
}

export interface PlanSection {
  /** `2026-H2`, or the year when the plan runs for one. */
  period: string | null;
  version: number | null;
  status: BusinessPlan['status'] | null;
  agreement: BusinessPlan['agreement'];
  /** The day the plan is measured on (the pack day, within the period). */
  asOf: string | null;
  /** Share of the period gone by on `asOf`. */
  elapsed: number;
  /** The quarters of the period begun by `asOf`, oldest first. */
  quarters: QuarterLabel[];
  /** Objectives with an actual, as the plan lists them. */
  objectives: PlanObjectiveRow[];
  /** Objectives nobody can measure yet (a custom one with no actual typed in): named, never shown as zero. */
  unmeasured: string[];
  weightedAttainment: number | null;
  weightMeasured: number;
  pace: PlanPace | null;
  noData: string | null;
}

const empty = (noData: string): PlanSection => ({
  period: null,
  version: null,
  status: null,
  agreement: null,
  asOf: null,
  elapsed: 0,
  quarters: [],
  objectives: [],
  unmeasured: [],
  weightedAttainment: null,
  weightMeasured: 0,
  pace: null,
  noData,
});

/**
 * The partner measured against its joint business plan (DESIGN §2): the plan
 * for the half the quarter falls in, else the plan for its year, each at its
 * newest version, with the plan calculator's figures as they are.
 */
export const buildPlan = (ctx: PackContext): PlanSection => {
  const half = halfOf(ctx.quarter.end, ctx.calendar);
  const plan = currentPlan(ctx.businessPlans, ctx.partner.id, half) ?? currentPlan(ctx.businessPlans, ctx.partner.id, half.slice(0, 4));
  if (!plan) return empty(`No joint business plan for ${half} is recorded yet.`);
  if (plan.objectives.length === 0) return empty(`The ${plan.period} plan has no objectives yet.`);
  const progress = planProgress(
    plan,
    {
      partner: ctx.partner,
      opportunities: ctx.deals,
      certifications: ctx.certifications,
      activities: ctx.activities,
      dealCredit: ctx.dealCredit,
      exchangeRates: ctx.exchangeRates,
      calendar: ctx.calendar,
    },
    ctx.asOf,
  );
  const measured = progress.objectives.filter((o) => o.actualToDate !== null && o.attainment !== null && o.pace !== null);
  return {
    period: plan.period,
    version: plan.version,
    status: plan.status,
    agreement: plan.agreement,
    asOf: progress.asOf,
    elapsed: progress.elapsed,
    quarters: progress.objectives[0]?.byQuarter.map((q) => q.quarter) ?? [],
    objectives: measured.map((o) => ({
      title: o.objective.title,
      kind: o.objective.kind,
      ownerSide: o.objective.ownerSide,
      weight: o.objective.weight,
      unit: o.unit,
      target: o.objective.target,
      byQuarter: o.byQuarter.map((q) => q.actual),
      actualToDate: o.actualToDate!,
      attainment: o.attainment!,
      pace: o.pace!,
    })),
    unmeasured: progress.objectives.filter((o) => o.actualToDate === null).map((o) => o.objective.title),
    weightedAttainment: progress.weightedAttainment,
    weightMeasured: progress.weightMeasured,
    pace: progress.pace,
    noData: measured.length === 0 ? `None of the ${plan.period} plan's objectives has an actual yet.` : null,
  };
};
