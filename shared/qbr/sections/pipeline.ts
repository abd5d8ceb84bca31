import { partnerDeals } from '../../domain/deal-credit';
import { dealsInProgramCurrency } from '../../domain/in-program-currency';
import { isClosed, partnerRoles, type Opportunity, type PartnerRole } from '../../domain/opportunity';
import { inRange, quarterRange, quarterRangeText, type QuarterLabel } from '../../domain/quarter';
import type { Scorecard } from '../../metrics/scorecard';
import type { PackContext } from '../context';

export interface RolePipeline {
  role: PartnerRole;
  /** Amount of the partner's deals in this role created in each trend quarter, oldest first. */
  createdCents: number[];
  /** Won in the pack quarter. */
  wonCents: number;
  /** Still open on the pack day. */
  openCents: number;
  openDeals: number;
}

export interface TopOpportunity {
  customerName: string;
  role: PartnerRole;
  stage: Opportunity['stage'];
  amountCents: number;
  closeOn: string;
  nextStep: string | null;
}

export interface WonDeal {
  customerName: string;
  role: PartnerRole;
  amountCents: number;
  closeOn: string;
  newCustomer: boolean;
}

export interface WinRate {
  won: number;
  closed: number;
  rate: number | null;
}

export interface PipelineSection {
  quarters: QuarterLabel[];
  byRole: RolePipeline[];
  winRate: { partner: WinRate; direct: WinRate; liftPp: number | null };
  dealSize: { coSellCents: number | null; coSellDeals: number; directCents: number | null; directDeals: number; ratio: number | null };
  /** The largest deals open on the pack day, with the next step agreed. */
  top: TopOpportunity[];
  /** The deals won together in the pack quarter, largest first. */
  wins: WonDeal[];
  /** Plainly why the section is empty, or null when the partner has deals to show. */
  noData: string | null;
}

const TOP_COUNT = 6;

/** Sourced vs influenced vs co-sell pipeline, win rate and deal size against direct, top open deals. */
export const buildPipeline = (ctx: PackContext, cards: Scorecard[]): PipelineSection => {
  // The deals as the partner is on them (its role, the deal's whole amount), in the program currency.
  const deals = partnerDeals(dealsInProgramCurrency(ctx.deals, ctx.exchangeRates, ctx.calendar).records, ctx.partner.id);
  const current = cards[cards.length - 1]!.metrics;
  const ranges = cards.map((c) => quarterRange(c.quarter, ctx.calendar));
  const isOpen = (o: Opportunity): boolean => !isClosed(o) && o.createdOn <= ctx.asOf;
  const byRole = partnerRoles.map((role): RolePipeline => {
    const inRole = deals.filter((o) => o.partnerRole === role);
    const open = inRole.filter(isOpen);
    return {
      role,
      createdCents: ranges.map((r) => inRole.filter((o) => inRange(o.createdOn, r)).reduce((s, o) => s + o.amountCents, 0)),
      wonCents: inRole.filter((o) => o.stage === 'won' && inRange(o.closeOn, ctx.quarter)).reduce((s, o) => s + o.amountCents, 0),
      openCents: open.reduce((s, o) => s + o.amountCents, 0),
      openDeals: open.length,
    };
  });
  const win = current.winRatePartnerVsDirect;
  const size = current.dealSizeCoSellVsDirect;
  const winRate = (r: { numerator: number; denominator: number; value: number | null }): WinRate => ({ won: r.numerator, closed: r.denominator, rate: r.value });
  const top = deals
    .filter(isOpen)
    .sort((a, b) => b.amountCents - a.amountCents || a.closeOn.localeCompare(b.closeOn))
    .slice(0, TOP_COUNT)
    .map((o) => ({ customerName: o.customerName, role: o.partnerRole!, stage: o.stage, amountCents: o.amountCents, closeOn: o.closeOn, nextStep: o.nextStep?.trim() || null }));
  const wins = deals
    .filter((o) => o.stage === 'won' && inRange(o.closeOn, ctx.quarter) && o.closeOn <= ctx.asOf)
    .sort((a, b) => b.amountCents - a.amountCents || a.closeOn.localeCompare(b.closeOn))
    .slice(0, TOP_COUNT)
    .map((o) => ({ customerName: o.customerName, role: o.partnerRole!, amountCents: o.amountCents, closeOn: o.closeOn, newCustomer: o.newCustomer }));
  // Nothing to tell when no deal was created in the trend, none is open, and none closed in the quarter.
  const quiet = byRole.every((r) => r.openDeals === 0 && r.createdCents.every((c) => c === 0)) && win.parts.partnerInvolved.denominator === 0;
  return {
    quarters: cards.map((c) => c.quarter),
    byRole,
    winRate: { partner: winRate(win.parts.partnerInvolved), direct: winRate(win.parts.directOnly), liftPp: win.value },
    dealSize: {
      coSellCents: size.parts.coSell.value,
      coSellDeals: size.parts.coSell.denominator,
      directCents: size.parts.directOnly.value,
      directDeals: size.parts.directOnly.denominator,
      ratio: size.value,
    },
    top,
    wins,
    noData:
      deals.length === 0
        ? `${ctx.partner.name} has no joint opportunities recorded yet.`
        : quiet
          ? `No joint deal was created, open or closed in ${quarterRangeText(ctx.quarter)} or the three quarters before.`
          : null,
  };
};
