import { describe, expect, it } from 'vitest';
import { CALENDAR_YEAR } from '../../../../shared/domain/quarter';
import { generateWorkspace } from '../../../../shared/demo';
import type { Partner } from '../../../../shared/domain/partner';
import { filterPartners, indexPartners, noFilters, activeFilterCount, whatFiltersAsk } from '../../../../renderer/features/partners/partner-filters';
import { tierRank } from '../../../../shared/domain/common';
import { partnerFlags, type PartnerFlags } from '../../../../renderer/features/partners/partner-flags';
import { qualifyTier } from '../../../../shared/calculators/tier';
import { searchPartners } from '../../../../renderer/features/partners/partner-search';
import { flagInputsOf } from './workspace-flags';

const AS_OF = '2026-11-22';
const workspace = generateWorkspace({ seed: 7, asOf: AS_OF, territories: 2, partnersPerTerritory: 40 });
const { partners } = workspace.records;

const names = (list: readonly Partner[]) => list.map((p) => p.name);

describe('partner list filters', () => {
  const indexed = indexPartners(partners);

  it('lists every live partner in name order when nothing is filtered', () => {
    const shown = filterPartners(indexed, noFilters, undefined);
    expect(shown).toHaveLength(partners.length);
    expect(names(shown)).toEqual([...names(partners)].sort(new Intl.Collator(undefined, { sensitivity: 'base' }).compare));
  });

  it('leaves tombstones out', () => {
    const gone = { ...partners[0]!, deleted: true };
    const shown = filterPartners(indexPartners([gone, ...partners.slice(1)]), noFilters, undefined);
    expect(shown.map((p) => p.id)).not.toContain(gone.id);
  });

  it('matches every typed word in name, region or vertical, case-insensitively', () => {
    const target = partners[3]!;
    const term = `${target.name.split(' ')[0]!.toUpperCase()} ${target.region.toLowerCase()}`;
    const shown = filterPartners(indexed, { ...noFilters, search: term }, undefined);
    expect(shown.map((p) => p.id)).toContain(target.id);
    for (const p of shown) expect(`${p.name} ${p.region} ${p.vertical}`.toLowerCase()).toContain(target.region.toLowerCase());
  });

  it('combines type, tier, status and territory: a partner passes only when each chosen list has its value', () => {
    const filters = { ...noFilters, partnerTypes: ['si' as const, 'isv' as const], tiers: ['gold' as const], territoryIds: [partners[0]!.territoryId] };
    const shown = filterPartners(indexed, filters, undefined);
    const expected = partners.filter(
      (p) => (p.partnerType === 'si' || p.partnerType === 'isv') && p.tier === 'gold' && p.territoryId === partners[0]!.territoryId,
    );
    expect(new Set(shown.map((p) => p.id))).toEqual(new Set(expected.map((p) => p.id)));
    expect(activeFilterCount(filters)).toBe(3);
  });

  it('flag filters match nothing until the flags are known, then exactly the flagged partners', () => {
    const filters = { ...noFilters, tierAtRisk: true };
    expect(filterPartners(indexed, filters, undefined)).toEqual([]);
    // Partners without an entry have no flag set.
    const flags = new Map<string, PartnerFlags>(
      partners.flatMap((p, i) => (i % 2 === 0 ? [[p.id, { tierAtRisk: i % 5 === 0, commercialModelIncomplete: true }] as const] : [])),
    );
    const shown = filterPartners(indexed, filters, flags);
    expect(new Set(shown.map((p) => p.id))).toEqual(new Set(partners.filter((_p, i) => i % 10 === 0).map((p) => p.id)));
    const both = filterPartners(indexed, { ...filters, commercialModelIncomplete: true }, flags);
    expect(new Set(both.map((p) => p.id))).toEqual(new Set(partners.filter((_p, i) => i % 10 === 0).map((p) => p.id)));
  });
});

describe('palette search', () => {
  it('puts name matches before region or vertical matches', () => {
    const a = { name: 'Nordic Cloud', region: 'Spain', vertical: 'Retail' };
    const b = { name: 'Iberia Systems', region: 'Nordics', vertical: 'Retail' };
    expect(searchPartners([b, a], 'nordic')).toEqual([a, b]);
    expect(searchPartners([a, b], '')).toEqual([a, b]);
  });
});

describe('partner flags', () => {
  const r = workspace.records;
  const flags = partnerFlags(flagInputsOf(r, '2026-Q4', AS_OF));

  it('agrees with the tier calculator run on every partner: skipping partners that can be neither at risk nor below loses none', () => {
    const settings = r.programSettings[0];
    let below = 0;
    for (const partner of r.partners) {
      const q = qualifyTier({
        partner,
        ruleSets: r.tierRuleSets,
        contacts: r.contacts,
        certifications: r.certifications,
        certificationPrograms: r.certificationPrograms,
        opportunities: r.opportunities,
        dealCredit: settings?.dealCredit,
        exchangeRates: settings?.exchangeRates,
        calendar: CALENDAR_YEAR,
        quarter: '2026-Q4',
        asOf: AS_OF,
      });
      expect(flags.get(partner.id)?.tierAtRisk ?? false).toBe(q.kind === 'assessed' && q.atRisk !== null);
      const qualifiesFor = q.kind === 'assessed' && tierRank(q.qualifiedTier) < tierRank(partner.tier) ? q.qualifiedTier : undefined;
      expect(flags.get(partner.id)?.qualifiesBelow).toBe(qualifiesFor);
      if (qualifiesFor) below++;
    }
    // The demo has partners that qualify below their tier, and not all of them do.
    expect(below).toBeGreaterThan(0);
    expect(below).toBeLessThan(r.partners.length);
  });

  it('filters the partners qualifying below their recorded tier, apart from those at risk at quarter end', () => {
    const indexed = indexPartners(r.partners);
    const below = filterPartners(indexed, { ...noFilters, qualifiesBelow: true }, flags);
    expect(below.length).toBeGreaterThan(0);
    expect(below.every((p) => flags.get(p.id)?.qualifiesBelow !== undefined)).toBe(true);
    expect(whatFiltersAsk({ ...noFilters, qualifiesBelow: true }, new Map()).conditions).toEqual(['qualifying below their recorded tier']);
  });

  it('marks a partner whose joint solution misses commercial-model items, and not one whose solutions are complete', () => {
    const solution = r.jointSolutions[0]!;
    const missing = { ...solution, partnerId: 'p-missing', commercialModel: { support: {} } };
    const complete = {
      ...solution,
      partnerId: 'p-complete',
      commercialModel: {
        pricingModel: 'marketplace' as const,
        revenueShareBps: 2_000,
        support: { l1: 'partner' as const, l2: 'shared' as const, l3: 'vendor' as const },
        customerSuccessOwner: 'partner' as const,
        renewalOwner: 'partner' as const,
        renewalModel: 'co-termed' as const,
        integrationCertification: 'certified' as const,
      },
    };
    const base = r.partners[0]!;
    const two = partnerFlags({
      partners: [base],
      contacts: [],
      certifications: [],
      certificationPrograms: [],
      opportunities: [],
      jointSolutions: [missing, complete],
      ruleSets: r.tierRuleSets,
      quarter: '2026-Q4',
      calendar: CALENDAR_YEAR,
      asOf: AS_OF,
    });
    expect(two.get('p-missing')!.commercialModelIncomplete).toBe(true);
    expect(two.get('p-complete')?.commercialModelIncomplete ?? false).toBe(false);
  });

  it('marks tier at risk when a certification the tier needs lapses before quarter end', () => {
    // The demo places some partners at risk on purpose; every flag must agree with the calculator's own verdict.
    const atRisk = [...flags.values()].filter((f) => f.tierAtRisk).length;
    expect(atRisk).toBeGreaterThan(0);
    expect(atRisk).toBeLessThan(r.partners.length);
  });
});
