import type { PartnerType, Tier } from '../domain/common';
import type { Opportunity, OpportunityStage, PartnerRole } from '../domain/opportunity';
import type { LifecycleStatus, Partner } from '../domain/partner';
import { segments } from '../domain/partner';
import { addDays, earlierOf } from './calendar';
import type { DemoContext, Weighted } from './context';
import type { BusinessSpan, PartnerProfile } from './partners';
import { productLines } from './vocabulary';

export type Segment = (typeof segments)[number];
type DealType = Opportunity['dealType'];

const roleWeights: Record<PartnerType, Weighted<PartnerRole>> = {
  reseller: [['sourced', 60], ['co-sell', 25], ['influenced', 15]],
  isv: [['co-sell', 45], ['influenced', 35], ['sourced', 20]],
  oem: [['co-sell', 40], ['influenced', 40], ['sourced', 20]],
  si: [['sourced', 40], ['influenced', 40], ['co-sell', 20]],
};

/** Partner-involved deals win more often than direct ones: the lift the program is measured on. */
const winRate: Record<PartnerRole | 'direct', number> = { sourced: 0.45, 'co-sell': 0.52, influenced: 0.4, direct: 0.28 };

/** Co-sell deals are bigger: the vendor's and the partner's teams sell a wider scope together. */
const roleSize: Record<PartnerRole | 'direct', number> = { sourced: 1, 'co-sell': 1.35, influenced: 1.1, direct: 1 };
const tierSize: Record<Tier, number> = { registered: 0.6, silver: 0.9, gold: 1.3, platinum: 1.8 };
/** Bigger partners also bring more deals. */
const tierVolume: Record<Tier, number> = { registered: 0.6, silver: 1, gold: 2, platinum: 3.5 };
/** ...and win more of them: experienced teams qualify out early. */
const tierWinRate: Record<Tier, number> = { registered: 0.85, silver: 1, gold: 1.1, platinum: 1.2 };
const dealTypeSize: Record<DealType, number> = { 'new-business': 1, expansion: 0.8, renewal: 0.6 };

/** Deal size range in dollars by customer segment. */
const segmentDollars: Record<Segment, [number, number]> = {
  enterprise: [40_000, 300_000],
  'mid-market': [12_000, 90_000],
  smb: [3_000, 25_000],
};

const dealTypes: Weighted<DealType> = [['new-business', 50], ['expansion', 30], ['renewal', 20]];
const directSegments: Weighted<Segment> = [['enterprise', 30], ['mid-market', 45], ['smb', 25]];

const openStages: Weighted<OpportunityStage> = [['qualify', 30], ['develop', 30], ['propose', 25], ['negotiate', 15]];

const nextSteps = [
  'Technical validation workshop with the customer architects',
  'Send revised proposal with partner services',
  'Executive sponsor call next week',
  'Security review sign-off',
  'Procurement to confirm budget release',
  'Joint demo with the partner solution team',
];

/** Deals over the window, more for bigger partners that are trading now. */
const dealCount = (ctx: DemoContext, status: LifecycleStatus, tier: Tier): number => {
  switch (status) {
    case 'active':
      return Math.round(ctx.int(3, 7) * tierVolume[tier]);
    case 'onboarding':
      return ctx.int(1, 3);
    case 'at-risk':
      return ctx.int(2, 5);
    case 'inactive':
      return ctx.int(0, 3);
    case 'prospect':
      return 0;
  }
};

const protectionDays = (partner: Partner): number =>
  partner.attributes.partnerType === 'si'
    ? partner.attributes.accountProtectionDays
    : { isv: 120, reseller: 90, oem: 180 }[partner.attributes.partnerType];

/** The channel follows who transacts: resellers resell, listed ISVs sell part of their deals on the marketplace. */
const channelFor = (ctx: DemoContext, partner: Partner): Opportunity['channel'] => {
  const { attributes } = partner;
  if (attributes.partnerType === 'reseller') return 'resale';
  if (attributes.partnerType === 'isv' && attributes.integrations.some((i) => i.marketplaceListed)) {
    return ctx.chance(0.55) ? 'marketplace' : 'direct';
  }
  return 'direct';
};

const productLineFor = (ctx: DemoContext, partner: Partner): string => {
  const { attributes } = partner;
  if (attributes.partnerType !== 'reseller') return ctx.pick(productLines);
  const carried = attributes.productLines.filter((l) => !l.competing);
  return carried.length > 0 ? ctx.pick(carried).name : ctx.pick(productLines);
};

/** When a deal was created and closed, and how it ended, for a deal placed on purpose rather than drawn. */
export interface DealTiming {
  createdOn: string;
  closeOn: string;
  stage: OpportunityStage;
}

export interface DealInput {
  territoryId: string;
  customers: readonly string[];
  span: BusinessSpan;
  segment: Segment;
  /** Absent on a direct-only deal. */
  partner?: { partner: Partner; role: PartnerRole };
  /** Absent: drawn in `span` (see makeDeal). */
  timing?: DealTiming;
}

/** Partner-involved deals win more often than direct ones, and bigger partners more still. */
export const winOdds = (partner: Partner | null, role: PartnerRole | null): number =>
  winRate[role ?? 'direct'] * (partner ? tierWinRate[partner.tier] : 1);

/** The partner type's usual part in a deal: resellers source, ISVs and OEMs co-sell, SIs source and influence. */
export const drawRole = (ctx: DemoContext, partnerType: PartnerType): PartnerRole => ctx.weighted(roleWeights[partnerType]);

/** A segment like the partner's own most of the time. */
export const drawSegment = (ctx: DemoContext, partner: Partner): Segment => (ctx.chance(0.7) ? partner.segment : ctx.pick(segments));

const drawnTiming = (ctx: DemoContext, input: DealInput, odds: number): DealTiming => {
  const createdOn = ctx.dayBetween(input.span.from, input.span.to);
  const expectedClose = addDays(createdOn, ctx.int(21, input.segment === 'enterprise' ? 240 : 150));
  const closed = expectedClose < ctx.asOf;
  return { createdOn, closeOn: expectedClose, stage: closed ? (ctx.chance(odds) ? 'won' : 'lost') : ctx.weighted(openStages) };
};

/**
 * One deal. Drawn: created in the span, closed (won or lost) if its expected
 * close is already past, open with a future close date otherwise. Or at the
 * timing given.
 */
export const makeDeal = (ctx: DemoContext, input: DealInput): Opportunity => {
  const { partner, role } = input.partner ?? { partner: null, role: null };
  const sizeKey = role ?? 'direct';
  const dealType = ctx.weighted(dealTypes);
  const [low, high] = segmentDollars[input.segment];
  const factor = roleSize[sizeKey] * dealTypeSize[dealType] * (partner ? tierSize[partner.tier] : 1);
  const amountCents = ctx.dollars(Math.round(low * factor), Math.round(high * factor));
  const { createdOn, closeOn: expectedClose, stage } = input.timing ?? drawnTiming(ctx, input, winOdds(partner, role));
  const closed = stage === 'won' || stage === 'lost';
  // Deal registration: sourced deals are always registered, co-sell deals half the time, influence never.
  const registered = role === 'sourced' || (role === 'co-sell' && ctx.chance(0.5));
  const registeredOn = partner && registered ? earlierOf(addDays(createdOn, ctx.int(0, 5)), ctx.asOf) : null;
  return {
    id: ctx.id(),
    territoryId: input.territoryId,
    updatedAt: ctx.touched(closed ? expectedClose : createdOn),
    deleted: false,
    partnerId: partner?.id ?? null,
    partnerRole: role,
    customerName: ctx.pick(input.customers),
    newCustomer: dealType === 'new-business' && ctx.chance(0.6),
    dealType,
    channel: partner ? channelFor(ctx, partner) : 'direct',
    productLine: partner ? productLineFor(ctx, partner) : ctx.pick(productLines),
    amountCents,
    servicesAttachedCents:
      partner?.partnerType === 'si' ? Math.round((amountCents * ctx.int(15, 60)) / 100 / 10_000) * 10_000 : 0,
    stage,
    createdOn,
    closeOn: expectedClose,
    registeredOn,
    protectionEndsOn: registeredOn && partner ? addDays(registeredOn, protectionDays(partner)) : null,
    ...(closed ? {} : { nextStep: ctx.pick(nextSteps) }),
  };
};

/** A partner's deals within the span it traded in. */
export const makePartnerDeals = (ctx: DemoContext, profile: PartnerProfile, customers: readonly string[]): Opportunity[] => {
  const { partner, business } = profile;
  if (!business) return [];
  return Array.from({ length: dealCount(ctx, partner.status, partner.tier) }, () =>
    makeDeal(ctx, {
      territoryId: partner.territoryId,
      customers,
      span: business,
      segment: drawSegment(ctx, partner),
      partner: { partner, role: drawRole(ctx, partner.partnerType) },
    }),
  );
};

/** The territory's direct-only deals over the whole window: the baseline partner deals are compared with. */
export const makeDirectDeals = (
  ctx: DemoContext,
  territoryId: string,
  customers: readonly string[],
  count: number,
): Opportunity[] =>
  Array.from({ length: count }, () =>
    makeDeal(ctx, {
      territoryId,
      customers,
      span: { from: ctx.historyStart, to: ctx.asOf },
      segment: ctx.weighted(directSegments),
    }),
  );
