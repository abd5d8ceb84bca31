import { partnerTypes, tiers, type PartnerType, type Tier } from '../domain/common';
import { lifecycleStatuses, type LifecycleStatus, type Partner } from '../domain/partner';
import { addDays, earlierOf, laterOf } from './calendar';
import type { DemoContext, Weighted } from './context';
import { CompanyNames, type CompanyName } from './names';
import type { TerritoryPlan } from './organization';
import { makeAttributes } from './partner-attributes';
import { verticals } from './vocabulary';

/** Days the partner did business in the history window: its deals, spend and reports fall inside. */
export interface BusinessSpan {
  from: string;
  to: string;
}

/** A partner and what its child records are generated from. */
export interface PartnerProfile {
  partner: Partner;
  plan: TerritoryPlan;
  company: CompanyName;
  /** Null when the partner has not transacted in the window (new, or gone quiet long ago). */
  business: BusinessSpan | null;
}

const typeWeights: Weighted<PartnerType> = [
  ['reseller', 35],
  ['isv', 30],
  ['si', 22],
  ['oem', 13],
];

const statusWeights: Weighted<LifecycleStatus> = [
  ['active', 50],
  ['onboarding', 14],
  ['at-risk', 12],
  ['inactive', 12],
  ['prospect', 12],
];

/** A pyramid: few platinum partners, many silver ones. */
const tierWeights: Record<LifecycleStatus, Weighted<Tier>> = {
  prospect: [['registered', 1]],
  onboarding: [['registered', 70], ['silver', 30]],
  active: [['silver', 50], ['gold', 35], ['platinum', 15]],
  'at-risk': [['silver', 50], ['gold', 38], ['platinum', 12]],
  inactive: [['registered', 60], ['silver', 40]],
};

const segmentWeights: Record<PartnerType, Weighted<Partner['segment']>> = {
  isv: [['mid-market', 50], ['enterprise', 30], ['smb', 20]],
  reseller: [['smb', 40], ['mid-market', 45], ['enterprise', 15]],
  oem: [['enterprise', 50], ['mid-market', 50]],
  si: [['enterprise', 55], ['mid-market', 35], ['smb', 10]],
};

/** Yearly revenue HQ expects from a partner of the tier, in dollars. */
const targetDollars: Record<Tier, number> = { registered: 30_000, silver: 80_000, gold: 220_000, platinum: 450_000 };

const noteLines = [
  'Prefers quarterly planning sessions on site.',
  'New sales leadership since last quarter; re-introduce the co-sell motion.',
  'Strong in public-sector tenders; watch framework renewal dates.',
  'Asked for more MDF for the spring campaign.',
  'Technical team is strong, sales capacity is the constraint.',
  'Executive sponsor: their COO.',
];

/** Enrollment and first commercial activity follow the status: prospects just signed, inactive partners long ago. */
const datesFor = (ctx: DemoContext, status: LifecycleStatus): Pick<Partner, 'enrolledOn' | 'firstCommercialActivityOn'> => {
  const { asOf } = ctx;
  const after = (enrolledOn: string, minDays: number, maxDays: number) =>
    earlierOf(addDays(enrolledOn, ctx.int(minDays, maxDays)), asOf);
  switch (status) {
    case 'prospect':
      return { enrolledOn: ctx.dayBetween(addDays(asOf, -60), asOf), firstCommercialActivityOn: null };
    case 'onboarding': {
      const enrolledOn = ctx.dayBetween(addDays(asOf, -200), addDays(asOf, -20));
      return { enrolledOn, firstCommercialActivityOn: ctx.chance(0.4) ? after(enrolledOn, 15, 150) : null };
    }
    case 'active': {
      const enrolledOn = ctx.dayBetween(addDays(asOf, -6 * 365), addDays(asOf, -200));
      return { enrolledOn, firstCommercialActivityOn: after(enrolledOn, 20, 180) };
    }
    case 'at-risk': {
      const enrolledOn = ctx.dayBetween(addDays(asOf, -5 * 365), addDays(asOf, -300));
      return { enrolledOn, firstCommercialActivityOn: after(enrolledOn, 30, 240) };
    }
    case 'inactive': {
      const enrolledOn = ctx.dayBetween(addDays(asOf, -6 * 365), addDays(asOf, -400));
      return { enrolledOn, firstCommercialActivityOn: ctx.chance(0.8) ? after(enrolledOn, 60, 365) : null };
    }
  }
};

/**
 * Active and onboarding partners trade up to today; at-risk ones went quiet
 * early in the last quarter and inactive ones early in the window, which is
 * what their status says about them.
 */
const businessSpan = (ctx: DemoContext, status: LifecycleStatus, firstOn: string | null): BusinessSpan | null => {
  if (!firstOn) return null;
  const from = laterOf(firstOn, ctx.historyStart);
  const to =
    status === 'at-risk'
      ? addDays(ctx.previousQuarter.start, 30)
      : status === 'inactive'
        ? addDays(ctx.historyStart, 200)
        : ctx.asOf;
  return from <= to ? { from, to } : null;
};

/**
 * The i-th partner of a territory. The first four are active partners of each
 * type and the next five run through every status, so even a small territory
 * shows every kind of partner with data behind it; the rest are drawn by weight.
 */
const showcase = (ctx: DemoContext, index: number): { partnerType: PartnerType; status: LifecycleStatus } => ({
  partnerType: partnerTypes[index] ?? ctx.weighted(typeWeights),
  status: index < partnerTypes.length ? 'active' : (lifecycleStatuses[index - partnerTypes.length] ?? ctx.weighted(statusWeights)),
});

/**
 * How an at-risk or inactive partner got there, on the days its business
 * span says it went quiet: the history retention reads past quarters by.
 * Drawn from no random numbers, so adding it moved no other demo record.
 */
const statusHistoryFor = (ctx: DemoContext, status: LifecycleStatus, enrolledOn: string): Pick<Partner, 'statusHistory'> => {
  const day = (from: string, days: number) => earlierOf(laterOf(addDays(from, days), enrolledOn), ctx.asOf);
  switch (status) {
    case 'at-risk':
      return { statusHistory: [{ on: day(ctx.previousQuarter.start, 45), from: 'active', to: 'at-risk' }] };
    case 'inactive':
      return {
        statusHistory: [
          { on: day(ctx.historyStart, 230), from: 'active', to: 'at-risk' },
          { on: day(ctx.historyStart, 320), from: 'at-risk', to: 'inactive' },
        ],
      };
    default:
      return {};
  }
};

/**
 * Every other active Gold or Platinum partner was promoted from the tier
 * below in the middle of the last complete quarter, so that quarter's
 * statements show a tier rate paid on a mid-quarter promotion. Drawn from no
 * random numbers (the territory's partner index picks them), so adding it
 * moved no other demo record.
 */
const tierHistoryFor = (ctx: DemoContext, status: LifecycleStatus, tier: Tier, index: number): Pick<Partner, 'tierHistory'> => {
  if (status !== 'active' || (tier !== 'gold' && tier !== 'platinum') || index % 2 === 0) return {};
  // Active partners enrolled 200 days or more before today, so before the middle of the last quarter.
  return { tierHistory: [{ on: addDays(ctx.previousQuarter.start, 45), from: tiers[tiers.indexOf(tier) - 1]!, to: tier }] };
};

export const makePartner = (ctx: DemoContext, plan: TerritoryPlan, index: number, names: CompanyNames): PartnerProfile => {
  const { partnerType, status } = showcase(ctx, index);
  const tier = ctx.weighted(tierWeights[status]);
  const area = ctx.pick(plan.areas);
  const company = names.next(ctx, partnerType, area);
  const dates = datesFor(ctx, status);
  const target = targetDollars[tier];
  const business = businessSpan(ctx, status, dates.firstCommercialActivityOn);
  const partner: Partner = {
    id: ctx.id(),
    territoryId: plan.territory.id,
    updatedAt: ctx.touched(dates.enrolledOn),
    deleted: false,
    name: company.name,
    partnerType,
    tier,
    status,
    ...statusHistoryFor(ctx, status, dates.enrolledOn),
    ...tierHistoryFor(ctx, status, tier, index),
    ...dates,
    ownerUserId: plan.manager.id,
    region: area,
    vertical: ctx.pick(verticals),
    segment: ctx.weighted(segmentWeights[partnerType]),
    website: `https://www.${company.domain}`,
    ...(status === 'prospect' ? {} : { revenueTargetCents: ctx.dollars(target * 0.8, target * 1.2, 10_000) }),
    ...(ctx.chance(0.3) ? { notes: ctx.pick(noteLines) } : {}),
    attributes: makeAttributes(ctx, partnerType, { status, tier, brand: company.brand, business }),
  };
  return { partner, plan, company, business };
};
