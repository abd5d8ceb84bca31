import type { Activity } from '../../../shared/domain/activity';
import type { BusinessPlan } from '../../../shared/domain/business-plan';
import type { Certification } from '../../../shared/domain/certification';
import type { Opportunity } from '../../../shared/domain/opportunity';
import type { Partner } from '../../../shared/domain/partner';
import { halfOf } from '../../../shared/domain/plan-period';
import type { FiscalCalendar } from '../../../shared/domain/quarter';
import { planProgress, planVersions, type PlanPace, type PlanProgress } from '../../../shared/plans';

/** A partner's own records the plan's actuals are read from. */
export interface PartnerRecords {
  opportunities: readonly Opportunity[];
  certifications: readonly Certification[];
  activities: readonly Activity[];
}

export interface PartnerPlanStanding {
  partner: Partner;
  progress: PlanProgress;
}

export interface PlanAttainmentSummary {
  /** The half measured. */
  period: string;
  partners: number;
  /** Partners with an agreed or locked plan for the half (or the year it is in). */
  withPlan: number;
  byPace: Record<PlanPace, number>;
  /** Agreed plans with no actual yet on any objective. */
  unmeasured: number;
  /** The lowest weighted attainment first. */
  weakest: PartnerPlanStanding[];
}

/**
 * The plan a partner is held to on `asOf`: the newest agreed or locked
 * version for the half, else for the year. A draft revision under way does
 * not count, and does not hide the version both sides agreed.
 */
export const agreedPlanOn = (plans: readonly BusinessPlan[], partnerId: string, asOf: string, calendar: FiscalCalendar): BusinessPlan | undefined => {
  const half = halfOf(asOf, calendar);
  for (const period of [half, half.slice(0, 4)]) {
    const agreed = planVersions(plans, partnerId, period).find((p) => p.status !== 'draft');
    if (agreed) return agreed;
  }
  return undefined;
};

/**
 * Plan attainment across the partners in scope, for HQ: how many have a plan
 * both sides agreed, how those stand against the time gone by, and the
 * weakest, so a review starts where help is needed.
 */
export const planAttainment = (
  partners: readonly Partner[],
  plans: readonly BusinessPlan[],
  recordsOf: (partnerId: string) => PartnerRecords,
  asOf: string,
  calendar: FiscalCalendar,
  weakestCount = 5,
): PlanAttainmentSummary => {
  const standings = partners.flatMap((partner): PartnerPlanStanding[] => {
    const plan = agreedPlanOn(plans, partner.id, asOf, calendar);
    return plan ? [{ partner, progress: planProgress(plan, { partner, ...recordsOf(partner.id), calendar }, asOf) }] : [];
  });
  const byPace: Record<PlanPace, number> = { 'on-track': 0, behind: 0, 'at-risk': 0 };
  for (const s of standings) if (s.progress.pace) byPace[s.progress.pace]++;
  const measured = standings.filter((s) => s.progress.weightedAttainment !== null);
  return {
    period: halfOf(asOf, calendar),
    partners: partners.length,
    withPlan: standings.length,
    byPace,
    unmeasured: standings.length - measured.length,
    weakest: measured
      .sort((a, b) => a.progress.weightedAttainment! - b.progress.weightedAttainment! || a.partner.name.localeCompare(b.partner.name))
      .slice(0, weakestCount),
  };
};
