import type { PartnerType, Tier } from '../domain/common';
import type { Opportunity, OpportunityStage, PartnerRole } from '../domain/opportunity';
import type { QuarterRange } from '../domain/quarter';
import { addDays, earlierOf, laterOf } from './calendar';
import type { DemoContext } from './context';
import { drawRole, drawSegment, makeDeal, winOdds, type DealTiming, type Segment } from './opportunities';
import type { BusinessSpan as Span, PartnerProfile } from './partners';

/**
 * The deals a QBR is about. The history (opportunities.ts) is drawn at random
 * over six quarters, so a small active partner can end up with nothing closed
 * in the quarter under review: a pack of empty rows. An active partner works
 * deals every quarter, so each one closes some in the last complete quarter
 * and in the current one so far, and has some pipeline opened this quarter.
 */

/** Deals closed per quarter by an active partner of the tier: [least, most]. */
const closedPerQuarter: Record<Tier, [number, number]> = { registered: [1, 1], silver: [1, 2], gold: [2, 3], platinum: [2, 4] };

/** The part each type mostly plays: resellers and SIs bring the deal, ISVs and OEMs sell alongside the vendor. */
const leadRole: Record<PartnerType, PartnerRole> = { reseller: 'sourced', si: 'sourced', isv: 'co-sell', oem: 'co-sell' };

/** Open deals an active partner opened this quarter, for the pack's top opportunities and next steps. */
const openedThisQuarter: [number, number] = [0, 1];

/** Days from a deal's creation to its close: weeks for small deals, a couple of quarters for enterprise ones. */
const salesCycleDays = (ctx: DemoContext, segment: Segment): number => ctx.int(21, segment === 'enterprise' ? 150 : 100);

/** The recent quarters' closing days: the last complete one, and the current one up to yesterday (a deal closed today is not known yet). */
export const closingSpans = (ctx: DemoContext): QuarterRange[] =>
  [ctx.previousQuarter, { ...ctx.quarter, end: addDays(ctx.asOf, -1) }].filter((q) => q.start <= q.end);

/** Closed on a day of `closing`; created a sales cycle before, but not before `createdFrom` (when the partner began trading). */
const closedTiming = (ctx: DemoContext, segment: Segment, closing: Span, createdFrom: string, stage: OpportunityStage): DealTiming => {
  const closeOn = ctx.dayBetween(closing.from, closing.to);
  const createdOn = earlierOf(laterOf(addDays(closeOn, -salesCycleDays(ctx, segment)), createdFrom), closeOn);
  return { createdOn, closeOn, stage };
};

export const makeRecentPartnerDeals = (ctx: DemoContext, profile: PartnerProfile, customers: readonly string[]): Opportunity[] => {
  const { partner, business } = profile;
  if (partner.status !== 'active' || !business) return [];
  const deals: Opportunity[] = [];
  const deal = (segment: Segment, role = drawRole(ctx, partner.partnerType)) => ({
    territoryId: partner.territoryId,
    customers,
    span: business,
    segment,
    partner: { partner, role },
  });
  for (const quarter of closingSpans(ctx)) {
    const from = laterOf(quarter.start, business.from);
    if (from > quarter.end) continue;
    const [least, most] = closedPerQuarter[partner.tier];
    const count = ctx.int(least, most);
    for (let i = 0; i < count; i++) {
      // The first deal of the quarter is a win in the part the partner type plays (what its plan counts on):
      // an active partner closes business every quarter. The rest take any role and win at the usual odds.
      const input = i === 0 ? deal(drawSegment(ctx, partner), leadRole[partner.partnerType]) : deal(drawSegment(ctx, partner));
      const stage = i === 0 || ctx.chance(winOdds(partner, input.partner.role)) ? 'won' : 'lost';
      const timing = closedTiming(ctx, input.segment, { from, to: quarter.end }, business.from, stage);
      deals.push(makeDeal(ctx, { ...input, timing }));
    }
  }
  const opened = laterOf(ctx.quarter.start, business.from);
  for (let i = ctx.int(...openedThisQuarter); i > 0 && opened <= ctx.asOf; i--) {
    const segment = drawSegment(ctx, partner);
    const createdOn = ctx.dayBetween(opened, ctx.asOf);
    const closeOn = addDays(ctx.asOf, salesCycleDays(ctx, segment));
    const stage = ctx.weighted<OpportunityStage>([['qualify', 40], ['develop', 35], ['propose', 25]]);
    deals.push(makeDeal(ctx, { ...deal(segment), timing: { createdOn, closeOn, stage } }));
  }
  return deals;
};

/**
 * The territory's direct-only deals closed in the recent quarters: without a
 * few won and lost there, a partner's win rate and deal size have nothing to
 * be compared with. About one closed direct deal per eight partners.
 */
export const makeRecentDirectDeals = (ctx: DemoContext, territoryId: string, customers: readonly string[], partners: number): Opportunity[] =>
  closingSpans(ctx).flatMap((quarter) =>
    Array.from({ length: Math.max(3, Math.round(partners / 8)) }, (_, i) => {
      const segment = ctx.weighted<Segment>([['enterprise', 30], ['mid-market', 45], ['smb', 25]]);
      // One won and one lost at least, so both sides of the comparison exist; the rest at the direct odds.
      const stage = i === 0 ? 'won' : i === 1 ? 'lost' : ctx.chance(winOdds(null, null)) ? 'won' : 'lost';
      const span = { from: quarter.start, to: quarter.end };
      return makeDeal(ctx, { territoryId, customers, span, segment, timing: closedTiming(ctx, segment, span, ctx.historyStart, stage) });
    }),
  );
