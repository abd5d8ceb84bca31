import type { Tier } from '../domain/common';
import type { ExchangeRate } from '../domain/currency';
import type { DealCredit } from '../domain/deal-credit';
import type { IncentiveProgram } from '../domain/incentive-program';
import type { Partner } from '../domain/partner';
import { MAX_TIER_CHANGES } from '../domain/partner-tier';
import { quarterOf, shiftQuarter, type FiscalCalendar, type QuarterLabel } from '../domain/quarter';
import type { PartnerRecords } from '../calculators/tier/partner-records';
import { quarterStatement, type ClosedStatement } from './quarter-statement';

/** A partner the proposal moves to another tier, from the day it takes effect. */
export interface ProposedTier {
  partnerId: string;
  to: Tier;
}

export interface StatementImpactInput {
  partners: readonly Partner[];
  moves: readonly ProposedTier[];
  /** The day the proposal takes effect. */
  effectiveFrom: string;
  /** Today's quarter: the last one with a statement to compare. */
  currentQuarter: QuarterLabel;
  programs: readonly IncentiveProgram[];
  records: Pick<PartnerRecords, 'opportunities' | 'certifications'>;
  /** Every closed statement; a partner's closed quarters are frozen and left out. */
  closed: readonly ClosedStatement[];
  dealCredit?: DealCredit;
  exchangeRates?: readonly ExchangeRate[];
  calendar: FiscalCalendar;
}

/** An open statement the proposal changes: its total now and under the proposal. */
export interface StatementChange {
  partnerId: string;
  partnerName: string;
  quarter: QuarterLabel;
  beforeCents: number;
  afterCents: number;
  differenceCents: number;
}

/**
 * The partner as it would stand under the proposal: holding `to` from the
 * day the proposal takes effect (or its last recorded change, if later), so
 * a statement paid by tier reads the new tier from then on and the old one
 * before, as it reads any recorded tier change.
 */
export const partnerUnderProposal = (partner: Partner, to: Tier, effectiveFrom: string): Partner => {
  if (partner.tier === to) return partner;
  const history = partner.tierHistory ?? [];
  const last = history.reduce((day, c) => (c.on > day ? c.on : day), effectiveFrom);
  return { ...partner, tier: to, tierHistory: [...history, { on: last, from: partner.tier, to }].slice(-MAX_TIER_CHANGES) };
};

/** The quarters from the one the proposal starts in through today's (or just its own, when it starts later). */
export const quartersFrom = (effectiveFrom: string, current: QuarterLabel, calendar: FiscalCalendar): QuarterLabel[] => {
  const quarters: QuarterLabel[] = [];
  for (let q = quarterOf(effectiveFrom, calendar); quarters.length === 0 || q <= current; q = shiftQuarter(q, 1)) quarters.push(q);
  return quarters;
};

/** One way a partner's statements are computed: the partner as it would stand, and the programs that pay it. */
export interface StatementSide {
  partner: Partner;
  programs: readonly IncentiveProgram[];
}

/** Every partner's closed statements, by partner. */
export const closedByPartner = (closed: readonly ClosedStatement[]): Map<string, ClosedStatement[]> => {
  const byPartner = new Map<string, ClosedStatement[]>();
  for (const c of closed) byPartner.set(c.snapshot.partner.id, [...(byPartner.get(c.snapshot.partner.id) ?? []), c]);
  return byPartner;
};

/**
 * The open quarters of one partner whose statement differs between two ways
 * of computing it, both by `quarterStatement` as every screen reads them; a
 * closed quarter is its snapshot and never changes, so it is left out. What
 * a tier change and a program change both preview.
 */
export const changedOpenStatements = (
  input: Pick<StatementImpactInput, 'records' | 'dealCredit' | 'exchangeRates' | 'calendar'>,
  closed: readonly ClosedStatement[],
  quarters: readonly QuarterLabel[],
  before: StatementSide,
  after: StatementSide,
): StatementChange[] => {
  const { partner } = before;
  const closedQuarters = new Set(closed.map((c) => c.quarter));
  const common = {
    opportunities: input.records.opportunities(partner.id),
    certifications: input.records.certifications(partner.id),
    dealCredit: input.dealCredit,
    exchangeRates: input.exchangeRates,
    calendar: input.calendar,
    closed,
  };
  const changes: StatementChange[] = [];
  for (const quarter of quarters) {
    if (closedQuarters.has(quarter)) continue;
    const beforeCents = quarterStatement({ ...common, ...before, quarter }).totalCents;
    const afterCents = quarterStatement({ ...common, ...after, quarter }).totalCents;
    if (afterCents !== beforeCents) changes.push({ partnerId: partner.id, partnerName: partner.name, quarter, beforeCents, afterCents, differenceCents: afterCents - beforeCents });
  }
  return changes;
};

/** Listed by partner, then quarter. */
export const byPartnerThenQuarter = (a: StatementChange, b: StatementChange): number => a.partnerName.localeCompare(b.partnerName) || (a.quarter < b.quarter ? -1 : 1);

/**
 * Which open statements a tier-rule change moves and by how much. Only a
 * partner whose tier moves can see its statement change (the rules pay by the
 * tier held, tier-rate.ts), so only the movers are computed: each open
 * quarter's statement with the partner as recorded, against the same with the
 * partner at its new tier. Only statements whose total differs are listed.
 */
export const statementImpact = (input: StatementImpactInput): StatementChange[] => {
  const partners = new Map(input.partners.map((p) => [p.id, p]));
  const quarters = quartersFrom(input.effectiveFrom, input.currentQuarter, input.calendar);
  const closedOf = closedByPartner(input.closed);
  const changes: StatementChange[] = [];
  for (const move of input.moves) {
    const partner = partners.get(move.partnerId);
    if (!partner || partner.tier === move.to) continue;
    const moved = partnerUnderProposal(partner, move.to, input.effectiveFrom);
    changes.push(...changedOpenStatements(input, closedOf.get(partner.id) ?? [], quarters, { partner, programs: input.programs }, { partner: moved, programs: input.programs }));
  }
  return changes.sort(byPartnerThenQuarter);
};
