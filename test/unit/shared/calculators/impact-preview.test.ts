import { describe, expect, it } from 'vitest';
import { qualifyTier, ruleSetInForce } from '../../../../shared/calculators/tier';
import { tierImpact } from '../../../../shared/calculators/tier/impact-preview';
import { partnerRecords } from '../../../../shared/calculators/tier/partner-records';
import { demoWorkspace } from '../../../../shared/demo';
import { closedStatementOf } from '../../../../shared/domain/incentive-statement-record';
import { CALENDAR_YEAR, quarterOf, quarterRange, shiftQuarter } from '../../../../shared/domain/quarter';
import type { TierRequirement, TierRuleSet } from '../../../../shared/domain/tier-rules';
import { quarterStatement } from '../../../../shared/incentives/quarter-statement';
import { statementImpact } from '../../../../shared/incentives/statement-impact';

const AS_OF = '2026-11-22';
const calendar = CALENDAR_YEAR;
const { records } = demoWorkspace(AS_OF);
const settings = records.programSettings[0]!;
const current = quarterOf(AS_OF, calendar);
const openQuarterStart = quarterRange(current, calendar).start;
const resellerRules = records.tierRuleSets.filter((r) => r.partnerType === 'reseller').sort((a, b) => b.version - a.version);
const inForce = resellerRules[0]!;
const resellers = records.partners.filter((p) => p.partnerType === 'reseller');
const recordsByPartner = partnerRecords(records);
const closed = records.incentiveStatements.map(closedStatementOf);

/** Version 3 of the reseller rules from the open quarter's start, each tier's requirement changed by `change`. */
const proposal = (change: (r: TierRequirement) => TierRequirement): TierRuleSet => ({
  ...inForce,
  id: 'proposed-v3',
  version: inForce.version + 1,
  effectiveFrom: openQuarterStart,
  requirements: inForce.requirements.map(change),
});

const preview = (proposed: TierRuleSet) => {
  const tiers = tierImpact({
    partners: records.partners,
    ruleSets: records.tierRuleSets,
    proposed,
    records: recordsByPartner,
    certificationPrograms: records.certificationPrograms,
    dealCredit: settings.dealCredit,
    exchangeRates: settings.exchangeRates,
    calendar,
    asOf: AS_OF,
  });
  const statements = statementImpact({
    partners: records.partners,
    moves: [...tiers.up, ...tiers.down],
    effectiveFrom: proposed.effectiveFrom,
    currentQuarter: current,
    programs: records.incentivePrograms,
    records: recordsByPartner,
    closed,
    dealCredit: settings.dealCredit,
    exchangeRates: settings.exchangeRates,
    calendar,
  });
  return { tiers, statements };
};

/** The tier calculator run on its own, as the partner's page runs it, over the given rule sets. */
const qualifiedUnder = (ruleSets: readonly TierRuleSet[], partnerId: string) => {
  const partner = records.partners.find((p) => p.id === partnerId)!;
  const q = qualifyTier({
    partner,
    ruleSets,
    contacts: records.contacts,
    certifications: records.certifications,
    certificationPrograms: records.certificationPrograms,
    opportunities: records.opportunities,
    dealCredit: settings.dealCredit,
    exchangeRates: settings.exchangeRates,
    calendar,
    quarter: current,
    asOf: AS_OF,
  });
  return q.kind === 'assessed' ? q.qualifiedTier : null;
};

// Gold and Platinum resellers asked for $1,000,000 of trailing revenue: nobody in the demo sells that much.
const millionForGold = proposal((r) => (r.tier === 'gold' || r.tier === 'platinum' ? { ...r, minTrailingRevenueCents: 1_000_000_00 } : r));

describe('impact preview of a tier-rule change, on the demo workspace', () => {
  it('lists every reseller the tier calculator moves once the version is added, and no one else', () => {
    const { tiers } = preview(millionForGold);
    const withChange = [...records.tierRuleSets, millionForGold];
    const expected = resellers
      .map((p) => ({ id: p.id, from: qualifiedUnder(records.tierRuleSets, p.id), to: qualifiedUnder(withChange, p.id) }))
      .filter((m) => m.from !== m.to);
    expect(expected.length).toBeGreaterThan(1);
    expect(tiers.assessed).toBe(resellers.length);
    expect(tiers.up).toEqual([]);
    expect(tiers.down.map((m) => ({ id: m.partnerId, from: m.from, to: m.to })).sort((a, b) => a.id.localeCompare(b.id))).toEqual(expected.sort((a, b) => a.id.localeCompare(b.id)));
    // Every Gold or Platinum reseller falls to Silver for want of the revenue, and the preview says so with its figure.
    for (const move of tiers.down) {
      expect(['gold', 'platinum']).toContain(move.from);
      expect(move.to).toBe('silver');
      expect(move.decidedBy).toMatch(/^Trailing revenue: \$[\d,.]+ is short of \$1,000,000$/);
    }
  });

  it('names the moves up and what now lets them in when a tier asks less', () => {
    // Silver asking no certified people: the registered resellers held back only by certification rise.
    const { tiers } = preview(proposal((r) => (r.tier === 'silver' ? { ...r, certifiedPeople: [], minTrailingRevenueCents: 1_00 } : r)));
    const withChange = [...records.tierRuleSets, proposal((r) => (r.tier === 'silver' ? { ...r, certifiedPeople: [], minTrailingRevenueCents: 1_00 } : r))];
    expect(tiers.up.length).toBeGreaterThan(0);
    for (const move of tiers.up) expect(qualifiedUnder(withChange, move.partnerId)).toBe(move.to);
    expect(tiers.down).toEqual([]);
    for (const move of tiers.up) expect(move.decidedBy).toMatch(/now meets/);
  });

  it('gives each changed open statement the total quarterStatement computes with the partner at its new tier', () => {
    const { tiers, statements } = preview(millionForGold);
    // The demo pays renewals at Gold and Platinum rates: a fallen reseller with renewals this quarter is paid less.
    expect(statements.length).toBeGreaterThan(0);
    for (const change of statements) {
      const move = tiers.down.find((m) => m.partnerId === change.partnerId)!;
      const partner = records.partners.find((p) => p.id === change.partnerId)!;
      // Applied by hand: the partner recorded at its new tier from the version's first day.
      const moved = { ...partner, tier: move.to, tierHistory: [...(partner.tierHistory ?? []), { on: openQuarterStart, from: partner.tier, to: move.to }] };
      const input = {
        programs: records.incentivePrograms,
        opportunities: records.opportunities,
        certifications: records.certifications,
        dealCredit: settings.dealCredit,
        exchangeRates: settings.exchangeRates,
        calendar,
        closed,
        quarter: change.quarter,
      };
      expect(change.beforeCents).toBe(quarterStatement({ ...input, partner }).totalCents);
      expect(change.afterCents).toBe(quarterStatement({ ...input, partner: moved }).totalCents);
      expect(change.differenceCents).toBe(change.afterCents - change.beforeCents);
      expect(change.differenceCents).toBeLessThan(0);
      expect(change.quarter).toBe(current);
    }
  });

  it('never lists a closed quarter, even for a version reaching back over them', () => {
    const backdated = { ...millionForGold, effectiveFrom: quarterRange(shiftQuarter(current, -3), calendar).start };
    const { statements } = preview(backdated);
    const closedKeys = new Set(records.incentiveStatements.map((r) => `${r.partnerId}|${r.quarter}`));
    expect(statements.some((s) => closedKeys.has(`${s.partnerId}|${s.quarter}`))).toBe(false);
  });

  it('compares a version starting next quarter in that quarter, on its first day', () => {
    const next = quarterRange(shiftQuarter(current, 1), calendar);
    const { tiers } = preview({ ...millionForGold, effectiveFrom: next.start });
    expect(tiers.quarter).toBe(shiftQuarter(current, 1));
    expect(tiers.asOf).toBe(next.start);
    expect(tiers.down.length).toBeGreaterThan(0);
  });

  it('assesses a partner type’s first rules against no rules: every partner that reaches a tier moves up from its recorded tier', () => {
    const withoutResellerRules = records.tierRuleSets.filter((r) => r.partnerType !== 'reseller');
    const first = { ...inForce, id: 'first', version: 1 };
    const tiers = tierImpact({
      partners: records.partners,
      ruleSets: withoutResellerRules,
      proposed: first,
      records: recordsByPartner,
      certificationPrograms: records.certificationPrograms,
      dealCredit: settings.dealCredit,
      exchangeRates: settings.exchangeRates,
      calendar,
      asOf: AS_OF,
    });
    const underFirst = [...withoutResellerRules, first];
    for (const move of [...tiers.up, ...tiers.down]) {
      expect(move.from).toBe(resellers.find((p) => p.id === move.partnerId)!.tier);
      expect(qualifiedUnder(underFirst, move.partnerId)).toBe(move.to);
    }
    const unmoved = resellers.filter((p) => ![...tiers.up, ...tiers.down].some((m) => m.partnerId === p.id));
    for (const p of unmoved) expect(qualifiedUnder(underFirst, p.id)).toBe(p.tier);
  });

  it('lists nothing for a version that asks what the one in force asks', () => {
    const same = preview(proposal((r) => r));
    expect(same.tiers.up).toEqual([]);
    expect(same.tiers.down).toEqual([]);
    expect(same.statements).toEqual([]);
  });
});

describe('version selection by date', () => {
  it('leaves the quarters before a new version to the version before it', () => {
    const ruleSets = [...records.tierRuleSets, millionForGold];
    expect(ruleSetInForce(ruleSets, 'reseller', quarterRange(current, calendar).end)?.id).toBe(millionForGold.id);
    expect(ruleSetInForce(ruleSets, 'reseller', quarterRange(shiftQuarter(current, -1), calendar).end)?.id).toBe(inForce.id);
    // And version 1 still governs the years before version 2.
    expect(ruleSetInForce(ruleSets, 'reseller', `${Number(inForce.effectiveFrom.slice(0, 4)) - 1}-12-31`)?.version).toBe(1);
  });

  it('lets a version from the same day as the one in force replace it from its first day', () => {
    const sameDay = { ...millionForGold, effectiveFrom: inForce.effectiveFrom };
    expect(ruleSetInForce([...records.tierRuleSets, sameDay], 'reseller', quarterRange(shiftQuarter(current, -1), calendar).end)?.id).toBe(sameDay.id);
  });
});
