import type { CertificationProgram } from '../../domain/certification';
import { tierRank, tiers, type Tier } from '../../domain/common';
import type { ExchangeRate } from '../../domain/currency';
import type { DealCredit } from '../../domain/deal-credit';
import { formatCents } from '../../domain/money';
import type { Partner } from '../../domain/partner';
import { quarterOf, quarterRange, type FiscalCalendar, type QuarterLabel } from '../../domain/quarter';
import type { TierRuleSet } from '../../domain/tier-rules';
import type { PartnerRecords } from './partner-records';
import { highestTierReached, tierLadder } from './ladder';
import { qualifyTier } from './qualify-tier';
import { ruleSetInForce } from './rule-set-in-force';
import type { RequirementCheck, TierQualification, TierStanding } from './types';

export interface TierImpactInput {
  /** Every partner; only the proposal's partner type is assessed. */
  partners: readonly Partner[];
  /** The rule sets as stored now. */
  ruleSets: readonly TierRuleSet[];
  /** The version about to be saved, as it would be stored. */
  proposed: TierRuleSet;
  records: PartnerRecords;
  certificationPrograms: readonly CertificationProgram[];
  dealCredit?: DealCredit;
  exchangeRates?: readonly ExchangeRate[];
  calendar: FiscalCalendar;
  /** Today. */
  asOf: string;
}

/** A partner whose tier the proposal changes, and the requirement that decided it, with the partner's figure and the ask. */
export interface TierMove {
  partnerId: string;
  partnerName: string;
  from: Tier;
  to: Tier;
  decidedBy: string;
}

export interface TierImpact {
  /** The quarter the tiers are compared in: today's, or the first the proposal governs when it starts later. */
  quarter: QuarterLabel;
  /** The day they are assessed on. */
  asOf: string;
  assessed: number;
  up: TierMove[];
  down: TierMove[];
}

/** A partner no rules judge stands at its recorded tier, as its page says. */
const tierOf = (q: TierQualification): Tier => (q.kind === 'assessed' ? q.qualifiedTier : q.recordedTier);

/** The first unmet requirement of `tier` on a ladder: why a partner stops below it. */
const unmetAt = (ladder: readonly TierStanding[], tier: Tier): RequirementCheck | undefined =>
  ladder.find((s) => s.tier === tier)?.requirements.find((c) => !c.met);

const figure = (check: RequirementCheck, n: number): string => (check.unit === 'cents' ? formatCents(n) : String(n));

const why = (check: RequirementCheck | undefined, met: boolean): string =>
  check ? `${check.label}: ${figure(check, check.have)} ${met ? 'now meets' : 'is short of'} ${figure(check, check.need)}` : 'the tier is no longer offered';

/**
 * Which partners change tier if `proposed` is saved: each partner of its type
 * assessed twice by the tier calculator on the same day, under the rule sets
 * as stored and with the proposal added, exactly as the partner's page would
 * assess it after the save. A move up names the requirement that held the
 * partner back before and is met now; a move down, the one it now misses.
 */
export const tierImpact = (input: TierImpactInput): TierImpact => {
  const { proposed, calendar } = input;
  const asOf = input.asOf > proposed.effectiveFrom ? input.asOf : proposed.effectiveFrom;
  const quarter = quarterOf(asOf, calendar);
  const after = [...input.ruleSets.filter((r) => r.id !== proposed.id), proposed];
  const governs = ruleSetInForce(after, proposed.partnerType, quarterRange(quarter, calendar).end)?.id === proposed.id;
  const programs = new Map(input.certificationPrograms.map((p) => [p.id, p.name]));
  const programName = (id: string): string => programs.get(id) ?? `program ${id}`;
  /**
   * The ladder under the proposal. A partner's measures do not depend on the
   * rules, so when the proposal judges the quarter its ladder is the one
   * qualifyTier would build from the same measures (half the work over
   * 10,000 partners); when it does not, the tier stands as it is. Only a
   * partner no rules judged yet is assessed afresh.
   */
  const underProposal = (now: TierQualification, assess: () => TierQualification): TierStanding[] | null => {
    if (now.kind === 'assessed') return governs ? tierLadder(proposed, now.measures, programName) : now.ladder;
    const fresh = assess();
    return fresh.kind === 'assessed' ? fresh.ladder : null;
  };
  const up: TierMove[] = [];
  const down: TierMove[] = [];
  let assessed = 0;
  for (const partner of input.partners) {
    if (partner.deleted || partner.partnerType !== proposed.partnerType) continue;
    assessed += 1;
    const common = {
      partner,
      contacts: input.records.contacts(partner.id),
      certifications: input.records.certifications(partner.id),
      opportunities: input.records.opportunities(partner.id),
      certificationPrograms: input.certificationPrograms,
      dealCredit: input.dealCredit,
      exchangeRates: input.exchangeRates,
      calendar,
      quarter,
      asOf,
    };
    const now = qualifyTier({ ...common, ruleSets: input.ruleSets });
    const then = underProposal(now, () => qualifyTier({ ...common, ruleSets: after }));
    const from = tierOf(now);
    const to = then ? highestTierReached(then) : from;
    if (from === to) continue;
    const rising = tierRank(to) > tierRank(from);
    // Up: what stopped it one tier above where it stood, now met. Down: what it now misses one tier above where it lands.
    const check = rising ? unmetAt(now.kind === 'assessed' ? now.ladder : [], tierAbove(from)) : unmetAt(then ?? [], tierAbove(to));
    const move = { partnerId: partner.id, partnerName: partner.name, from, to, decidedBy: why(check, rising) };
    (rising ? up : down).push(move);
  }
  const byName = (a: TierMove, b: TierMove) => a.partnerName.localeCompare(b.partnerName);
  return { quarter, asOf, assessed, up: up.sort(byName), down: down.sort(byName) };
};

const tierAbove = (tier: Tier): Tier => tiers[Math.min(tierRank(tier) + 1, tiers.length - 1)]!;
