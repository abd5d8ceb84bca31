import type { PartnerType, Tier } from '../domain/common';
import type { Opportunity, OpportunityStage, PartnerRole } from '../domain/opportunity';
import type { LifecycleStatus, Partner } from '../domain/partner';
import { segments } from '../domain/partner';
import { ConflictIndex } from '../registrations/conflicts';
import { PROTECTION_WARNING_DAYS } from '../registrations/protection';
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

/** Who acts on the demo's registrations: HQ decides, each territory's manager submits and asks. */
export interface RegistrationPeople {
  hqId: string;
  managerOf: (territoryId: string) => string;
}

/** How many of the latest registrations still await HQ's decision on the demo's day. */
const AWAITING_APPROVAL = 3;
/** The protection window a demo deal is shown ending in, when none ends within the fortnight by itself. */
const ENDING_SOON_DAYS = 10;

/**
 * The registration lifecycle over the demo's deals (issue 15), derived from
 * the deals themselves and drawing nothing from any stream, so every other
 * figure stays as it was. Closed deals keep the dates they were registered
 * with (read as approved, then ended). Of the open partner deals registered:
 * - the latest few are submitted, awaiting HQ's decision;
 * - the rest were approved by HQ on the day registered, first come first
 *   served: one colliding with a registration already protected for another
 *   partner, or with an open direct deal, is as the server would leave it:
 *   the first such is flagged with its conflict (the review queue's pair),
 *   later ones were rejected with the reason;
 * - one protected window ends within the fortnight, and its manager asked
 *   for an extension; windows already past read as expired.
 */
export const withRegistrationLifecycle = (deals: readonly Opportunity[], people: RegistrationPeople, asOf: string): Opportunity[] => {
  const open = deals.filter((d) => d.partnerId !== null && !d.deleted && d.registeredOn !== null && d.protectionEndsOn !== null && d.stage !== 'won' && d.stage !== 'lost');
  const byRegistration = [...open].sort((a, b) => a.registeredOn!.localeCompare(b.registeredOn!) || a.id.localeCompare(b.id));
  const awaiting = new Set(byRegistration.slice(-AWAITING_APPROVAL).map((d) => d.id));
  const changed = new Map<string, Opportunity>();
  const submitted = (d: Opportunity) => ({ submittedBy: people.managerOf(d.territoryId), submittedOn: d.registeredOn! });
  const approvedOn = (d: Opportunity) => ({ outcome: 'approved' as const, reason: 'Partner lead and customer contact confirmed', decidedBy: people.hqId, decidedOn: d.registeredOn! });

  for (const d of byRegistration) {
    if (awaiting.has(d.id)) changed.set(d.id, { ...d, protectionEndsOn: null, registration: { status: 'submitted', ...submitted(d), note: 'Customer asked the partner for a quote' } });
  }
  // First come, first served: the index holds the open direct deals and the registrations kept protected so far.
  const kept = new Set<string>();
  const index = new ConflictIndex(deals, asOf);
  let flagged = false;
  for (const d of byRegistration) {
    if (awaiting.has(d.id)) continue;
    const approved: Opportunity = { ...d, registration: { status: 'approved', ...submitted(d), decision: approvedOn(d) } };
    const conflict = d.protectionEndsOn! >= asOf ? index.conflictsOf(d).find((c) => c.kind === 'open-direct-deal' || kept.has(c.deal.id)) : undefined;
    if (!conflict) {
      if (d.protectionEndsOn! >= asOf) kept.add(d.id);
      changed.set(d.id, approved);
      continue;
    }
    const other = changed.get(conflict.deal.id) ?? conflict.deal;
    if (!flagged) {
      flagged = true;
      const found = { opportunityId: other.id, partnerId: other.partnerId, customerName: other.customerName, match: conflict.match, kind: conflict.kind, amountCents: other.amountCents, protectionEndsOn: other.protectionEndsOn, foundOn: d.registeredOn! };
      changed.set(d.id, { ...d, protectionEndsOn: null, registration: { status: 'flagged', ...submitted(d), decision: approvedOn(d), conflict: found } });
    } else {
      const reason = conflict.kind === 'open-direct-deal' ? 'The vendor’s direct team is already working this customer' : 'Another partner already holds this customer’s registration';
      changed.set(d.id, { ...d, protectionEndsOn: null, registration: { status: 'rejected', ...submitted(d), decision: { ...approvedOn(d), outcome: 'rejected', reason } } });
    }
  }
  // The window ending soonest (brought within the fortnight if none is), with an extension asked for.
  const protectedNow = [...kept].map((id) => changed.get(id)!).sort((a, b) => a.protectionEndsOn!.localeCompare(b.protectionEndsOn!) || a.id.localeCompare(b.id));
  const soonest = protectedNow[0];
  if (soonest) {
    const endsOn = soonest.protectionEndsOn! <= addDays(asOf, PROTECTION_WARNING_DAYS) ? soonest.protectionEndsOn! : addDays(asOf, ENDING_SOON_DAYS);
    const extension = { requestedBy: people.managerOf(soonest.territoryId), requestedOn: earlierOf(addDays(asOf, -1), endsOn), reason: 'The customer’s legal review moved signature into next quarter', until: addDays(endsOn, 45) };
    changed.set(soonest.id, { ...soonest, protectionEndsOn: endsOn, registration: { ...soonest.registration!, extensions: [extension] } });
  }
  return deals.map((d) => changed.get(d.id) ?? d);
};
