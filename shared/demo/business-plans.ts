import { moneyObjectiveKinds, type BusinessPlan, type PlanObjective, type PlanStatus } from '../domain/business-plan';
import type { CertificationProgram } from '../domain/certification';
import type { Tier } from '../domain/common';
import type { Contact } from '../domain/contact';
import type { LifecycleStatus, Partner } from '../domain/partner';
import type { PlanPeriodRange } from '../domain/plan-period';
import type { TierRuleSet } from '../domain/tier-rules';
import { actualIn, type PlanRecords } from '../plans/actuals';
import { planProgress, type PlanPace } from '../plans/progress';
import { addDays, laterOf } from './calendar';
import type { DemoContext, Weighted } from './context';
import { drawObjectives, programForPlan } from './plan-objectives';
import type { PartnerProfile } from './partners';

/**
 * Joint business plans for the asOf half, agreed early in it by the
 * territory manager and the partner's alliance lead, as the QBR measures the
 * partner against them.
 *
 * A plan's targets are what both sides expected the partner to reach in the
 * half. They are set from the partner's own records: the run rate so far,
 * divided by how far ahead of or behind that expectation the partner's
 * story puts it. So a portfolio shows what a real one does (most partners on
 * track, some behind, a few at risk) and an objective with nothing to show
 * yet reads at risk, whatever the story: the pace is always measured by
 * `planProgress`, never written down.
 */

export interface PlanInputs {
  profile: PartnerProfile;
  contacts: readonly Contact[];
  /** The partner's records the actuals come from: every deal, certification and activity generated for it. */
  records: PlanRecords;
  ruleSets: readonly TierRuleSet[];
  programs: readonly CertificationProgram[];
}

/** Every active and at-risk partner has a plan, most new ones too; prospects and lapsed partners none. */
const planChance: Record<LifecycleStatus, number> = { active: 1, 'at-risk': 1, onboarding: 0.8, prospect: 0, inactive: 0 };

/** How the half is going, by the partner's status: at-risk partners are behind on their plan, that is what puts them at risk. */
const stories: Record<LifecycleStatus, Weighted<PlanPace>> = {
  active: [['on-track', 70], ['behind', 22], ['at-risk', 8]],
  'at-risk': [['behind', 45], ['at-risk', 55]],
  onboarding: [['on-track', 55], ['behind', 30], ['at-risk', 15]],
  prospect: [['on-track', 1]],
  inactive: [['at-risk', 1]],
};

/** Attainment over the time elapsed, in hundredths, for each story (paceOf: on track from 0.9, behind from 0.6). */
const paceBands: Record<PlanPace, [number, number]> = { 'on-track': [100, 130], behind: [74, 86], 'at-risk': [30, 50] };

/** On-track plans often still have one objective lagging: the conversation the QBR is for. */
const LAGGING_OBJECTIVE_CHANCE = 0.35;

/** A week of figures says nothing about a half: the run rate is read over a quarter of it at least. */
const MIN_ELAPSED = 0.25;

/** At most this far past its target already: a plan is not agreed at half of what the partner then does. */
const MAX_SHARE_REACHED = 1.15;

const LOCKED_CHANCE = 0.4;
/** Revised after the half's first quarter: version 1 stays, locked, version 2 is what they measure against now. */
const REVISED_CHANCE = 0.2;
/** Most revisions lower a target the first quarter showed was out of reach; some raise one after a big win. */
const REVISED_DOWN_CHANCE = 0.7;
/** Custom objectives whose actual the manager has typed in; the rest wait for one. */
const CUSTOM_FILLED_CHANCE = 0.75;

/** What a plan asks when the records show nothing yet: a tier's usual half. */
const dealsByTier: Record<Tier, number> = { registered: 1, silver: 2, gold: 4, platinum: 6 };
const newCustomersByTier: Record<Tier, number> = { registered: 1, silver: 1, gold: 2, platinum: 3 };

/** Quotes are round numbers: a plan's money target too, rounded to a step that grows with it. */
const roundCents = (cents: number): number => {
  const dollars = cents / 100;
  const step = dollars < 100_000 ? 5_000 : dollars < 500_000 ? 10_000 : 25_000;
  return Math.max(1, Math.round(dollars / step)) * step * 100;
};

const roundTarget = (objective: PlanObjective, value: number): number =>
  moneyObjectiveKinds.has(objective.kind) ? roundCents(value) : Math.max(1, Math.round(value));

/** Half of HQ's yearly revenue expectation: the baseline a plan starts from when the records have nothing to go by. */
const baselineFor = (objective: PlanObjective, partner: Partner): number => {
  const halfRevenue = (partner.revenueTargetCents ?? 6_000_000) / 2;
  switch (objective.kind) {
    case 'partner-sourced-revenue':
      return halfRevenue;
    case 'influenced-pipeline':
      return halfRevenue * 2;
    case 'won-deals':
      return dealsByTier[partner.tier];
    case 'new-customers':
      return newCustomersByTier[partner.tier];
    case 'certified-people':
      return 2;
    case 'integrations-certified':
    case 'custom':
      return 1;
    case 'joint-marketing-activities':
      return 2;
  }
};

/** An ISV cannot certify more integrations than it has plus the one it is building. */
const ceilingFor = (objective: PlanObjective, partner: Partner): number => {
  const { attributes } = partner;
  return objective.kind === 'integrations-certified' && attributes.partnerType === 'isv' ? attributes.integrations.length + 1 : Number.MAX_SAFE_INTEGER;
};

const ratioIn = (ctx: DemoContext, pace: PlanPace): number => {
  const [low, high] = paceBands[pace];
  return ctx.int(low, high) / 100;
};

/**
 * Share of the half gone by on asOf, as planProgress measures it. The same
 * for every plan of a run, so measured once: the load set has ten thousand.
 */
const elapsedByRun = new WeakMap<DemoContext, number>();
const elapsedOf = (ctx: DemoContext, draft: BusinessPlan, records: PlanRecords): number => {
  let elapsed = elapsedByRun.get(ctx);
  if (elapsed === undefined) {
    elapsed = planProgress({ ...draft, objectives: [] }, records, ctx.asOf).elapsed;
    elapsedByRun.set(ctx, elapsed);
  }
  return elapsed;
};

/**
 * The objectives with their targets, and custom actuals typed in. An
 * objective with nothing to show yet is at zero whatever its target; the
 * story is the plan's, so the others make up for it (a partner on track
 * overall is ahead where it does deliver), as far as attainment can go.
 */
const setTargets = (ctx: DemoContext, draft: BusinessPlan, records: PlanRecords, story: PlanPace): PlanObjective[] => {
  const elapsed = Math.max(elapsedOf(ctx, draft, records), MIN_ELAPSED);
  const toDate = { start: ctx.half.start, end: ctx.asOf };
  const lagging = story === 'on-track' && ctx.chance(LAGGING_OBJECTIVE_CHANCE) ? ctx.int(0, draft.objectives.length - 1) : -1;
  const drafted = draft.objectives.map((objective, index) => {
    const ratio = ratioIn(ctx, index === lagging ? 'behind' : story) * (ctx.int(90, 110) / 100);
    // What planProgress reads to date, read the same way (actualIn), without its per-quarter figures.
    if (objective.kind !== 'custom') return { objective, ratio, actual: actualIn(objective, records, toDate, true) ?? 0 };
    const target = ctx.int(2, 6);
    const manualActual = ctx.chance(CUSTOM_FILLED_CHANCE) ? Math.min(target, Math.round(target * elapsed * ratio)) : null;
    return { objective: { ...objective, target, manualActual }, ratio, actual: manualActual };
  });
  const measured = drafted.filter((d) => d.actual !== null);
  const weightOf = (list: typeof drafted) => list.reduce((sum, d) => sum + d.objective.weight, 0);
  const zeroShare = weightOf(measured.filter((d) => d.actual === 0)) / Math.max(1, weightOf(measured));
  const makeUp = zeroShare < 1 ? 1 / (1 - zeroShare) : 1;
  return drafted.map(({ objective, ratio, actual }): PlanObjective => {
    if (objective.kind === 'custom') return objective;
    if (!actual) return { ...objective, target: roundTarget(objective, baselineFor(objective, records.partner)) };
    // Reaching the target counts once (attainment is capped at 1): past that, making up is pointless.
    const share = Math.min(elapsed * ratio * makeUp, MAX_SHARE_REACHED);
    return { ...objective, target: Math.min(roundTarget(objective, actual / share), ceilingFor(objective, records.partner)) };
  });
};

/** Early in the half, or soon after a new partner joined; null when that day is still to come (the plan is a draft). */
const agreementDay = (ctx: DemoContext, partner: Partner, half: PlanPeriodRange): string | null => {
  const day = laterOf(addDays(half.start, ctx.int(5, 35)), addDays(partner.enrolledOn, ctx.int(10, 30)));
  if (day <= ctx.asOf) return day;
  // An active partner's plan is agreed by now, if only today; a new partner's may still be in draft.
  return partner.status === 'onboarding' ? null : ctx.asOf;
};

/** A couple of weeks into the half's second quarter, once the first one's figures are in; null while that is still to come. */
const revisionDay = (ctx: DemoContext, half: PlanPeriodRange): string | null => {
  const revised = addDays(ctx.range(half.quarters[1]!).start, ctx.int(3, 20));
  return revised <= ctx.asOf ? revised : null;
};

export const makeBusinessPlans = (ctx: DemoContext, inputs: PlanInputs): BusinessPlan[] => {
  const { profile, contacts, records } = inputs;
  const { partner, plan: territory } = profile;
  if (!ctx.chance(planChance[partner.status])) return [];
  const { half } = ctx;
  const program = programForPlan(partner, records.certifications, inputs.ruleSets, inputs.programs, ctx.asOf);
  const agreedOn = agreementDay(ctx, partner, half);
  const names = { vendorName: territory.manager.displayName, partnerName: (contacts.find((c) => c.primary) ?? contacts[0])!.name };
  const draft: BusinessPlan = {
    id: ctx.id(),
    territoryId: partner.territoryId,
    updatedAt: ctx.touched(agreedOn ?? partner.enrolledOn),
    deleted: false,
    partnerId: partner.id,
    period: half.period,
    version: 1,
    revisesPlanId: null,
    status: 'draft',
    objectives: drawObjectives(ctx, partner, program),
    agreement: null,
  };
  const current: BusinessPlan = { ...draft, objectives: setTargets(ctx, draft, records, ctx.weighted(stories[partner.status])) };
  if (agreedOn === null) return [current];
  const status: PlanStatus = ctx.chance(LOCKED_CHANCE) ? 'locked' : 'agreed';
  const revisedOn = partner.status === 'active' && ctx.chance(REVISED_CHANCE) ? revisionDay(ctx, half) : null;
  if (revisedOn === null || revisedOn <= agreedOn) return [{ ...current, status, agreement: { ...names, agreedOn } }];

  // Version 1 asked for what the first quarter proved wrong; it stays locked as agreed, version 2 revises it.
  const down = ctx.chance(REVISED_DOWN_CHANCE);
  const first: BusinessPlan = {
    ...current,
    updatedAt: ctx.timeOn(agreedOn),
    status: 'locked',
    agreement: { ...names, agreedOn },
    objectives: current.objectives.map((o) =>
      o.kind === 'custom' ? o : { ...o, target: roundTarget(o, (o.target * ctx.int(down ? 115 : 75, down ? 140 : 90)) / 100) },
    ),
  };
  const second: BusinessPlan = {
    ...current,
    id: ctx.id(),
    updatedAt: ctx.touched(revisedOn),
    version: 2,
    revisesPlanId: first.id,
    status,
    agreement: { ...names, agreedOn: revisedOn },
  };
  return [first, second];
};
