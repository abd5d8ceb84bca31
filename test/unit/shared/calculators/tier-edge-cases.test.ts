import { describe, expect, it } from 'vitest';
import type { Partner, TierRequirement } from '../../../../shared/domain';
import { certificationCountsOn, qualifyTier, type TierQualificationAssessed, type TierQualificationInput } from '../../../../shared/calculators';
import { AS_OF, makeCertification, makeContact, makeDeal, makePartner, makeRuleSet, PROGRAMS, QUARTER, SALES, usd } from './factory';

/** Assesses `partner` under one rule set built from `requirements`; the test names the records it is about. */
const assess = (
  partner: Partner,
  requirements: TierRequirement[],
  records: Partial<Omit<TierQualificationInput, 'partner' | 'ruleSets'>> = {},
): TierQualificationAssessed => {
  const result = qualifyTier({
    partner,
    ruleSets: [makeRuleSet(partner.partnerType, requirements)],
    contacts: [],
    certifications: [],
    certificationPrograms: PROGRAMS,
    opportunities: [],
    quarter: QUARTER,
    asOf: AS_OF,
    ...records,
  });
  if (result.kind !== 'assessed') throw new Error(result.message);
  return result;
};

const reseller = makePartner('reseller');
const ana = makeContact(reseller, 'Ana');
const oneSalesPerson: TierRequirement[] = [{ tier: 'silver', certifiedPeople: [{ programId: SALES.id, count: 1 }] }];

describe('when a certification counts', () => {
  const cert = makeCertification(ana, SALES, { issuedOn: '2024-10-01', expiresOn: '2026-09-30' });

  it('counts from its issue day through its expiry day, and not the day after', () => {
    expect(certificationCountsOn(cert, '2024-09-30')).toBe(false);
    expect(certificationCountsOn(cert, '2024-10-01')).toBe(true);
    expect(certificationCountsOn(cert, '2026-09-30')).toBe(true);
    expect(certificationCountsOn(cert, '2026-10-01')).toBe(false);
  });

  it('keeps the tier through the quarter when the certification expires on its last day', () => {
    const result = assess(reseller, oneSalesPerson, { contacts: [ana], certifications: [cert] });
    expect(result.qualifiedTier).toBe('silver');
    expect(result.atRisk).toBeNull(); // valid through 2026-09-30, the quarter's last day
  });

  it('no longer counts on the first day of the next quarter', () => {
    const result = assess(reseller, oneSalesPerson, { contacts: [ana], certifications: [cert], quarter: '2026-Q4', asOf: '2026-10-01' });
    expect(result.qualifiedTier).toBe('registered');
    expect(result.gap.map((g) => g.shortfall)).toEqual(['1 more contact certified in Sales Professional']); // 1 − 0
  });

  it('ignores the certification of a deleted contact', () => {
    const gone = makeContact(reseller, 'Gone', { deleted: true });
    const result = assess(reseller, oneSalesPerson, { contacts: [gone], certifications: [makeCertification(gone, SALES)] });
    expect(result.measures.certifiedContacts).toEqual({});
    expect(result.qualifiedTier).toBe('registered');
  });

  it('does not count a status of expired, in progress or not started, whatever the dates', () => {
    const certifications = (['expired', 'in-progress', 'not-started'] as const).map((status) => makeCertification(ana, SALES, { status }));
    expect(assess(reseller, oneSalesPerson, { contacts: [ana], certifications }).qualifiedTier).toBe('registered');
  });
});

describe('revenue thresholds', () => {
  const revenueLadder: TierRequirement[] = [
    { tier: 'silver', minTrailingRevenueCents: usd(100_000), certifiedPeople: [] },
    { tier: 'gold', minTrailingRevenueCents: usd(200_000), certifiedPeople: [] },
  ];

  it('meets a threshold met exactly', () => {
    const result = assess(reseller, revenueLadder, { opportunities: [makeDeal(reseller, { amountCents: usd(100_000) })] });
    expect(result.qualifiedTier).toBe('silver'); // 100,000 ≥ 100,000
    expect(result.gap[0]?.shortfall).toBe('$100,000 more trailing revenue'); // 200,000 − 100,000
  });

  it('misses a threshold by one cent and says so to the cent', () => {
    const result = assess(reseller, revenueLadder, { opportunities: [makeDeal(reseller, { amountCents: usd(100_000) - 1 })] });
    expect(result.qualifiedTier).toBe('registered');
    expect(result.gap[0]?.shortfall).toBe('$0.01 more trailing revenue'); // 10,000,000¢ − 9,999,999¢ = 1¢
  });

  it('handles a partner with no revenue at all', () => {
    const result = assess(reseller, revenueLadder);
    expect(result.measures.trailingRevenueCents).toBe(0);
    expect(result.qualifiedTier).toBe('registered');
    expect(result.gap.map((g) => [g.have, g.need, g.shortfall])).toEqual([[0, usd(100_000), '$100,000 more trailing revenue']]);
  });
});

describe('the tier ladder', () => {
  it('reaches no tier above a lower one that is unmet, even when the higher one is met', () => {
    const result = assess(reseller, [
      ...oneSalesPerson,
      { tier: 'gold', minTrailingRevenueCents: usd(50_000), certifiedPeople: [] },
    ], { opportunities: [makeDeal(reseller, { amountCents: usd(80_000) })] });
    expect(result.ladder.map((s) => [s.tier, s.met])).toEqual([['registered', true], ['silver', false], ['gold', true]]);
    expect(result.qualifiedTier).toBe('registered');
    expect(result.nextTier).toBe('silver');
  });

  it('offers only the tiers the rule set lists, so meeting the top one leaves nothing next', () => {
    const result = assess(reseller, [
      { tier: 'silver', certifiedPeople: [] },
      { tier: 'gold', minTrailingRevenueCents: usd(50_000), certifiedPeople: [] },
    ], { opportunities: [makeDeal(reseller, { amountCents: usd(50_000) })] });
    expect(result.qualifiedTier).toBe('gold'); // platinum is not listed: not offered, not free
    expect(result.nextTier).toBeNull();
    expect(result.gap).toEqual([]);
  });
});

describe('type-specific requirements', () => {
  it('asks an ISV for a certified integration', () => {
    const requirements: TierRequirement[] = [{ tier: 'silver', integrationCertified: true, certifiedPeople: [] }];
    const integration = { name: 'CRM sync', depth: 'api', marketplaceListed: true } as const;
    const inProgress = makePartner('isv', {
      attributes: { partnerType: 'isv', integrations: [{ ...integration, certificationStatus: 'in-progress' }], jointCustomersUsingIntegration: 0, jointCustomers: 0 },
    });
    const certified = makePartner('isv', {
      attributes: { partnerType: 'isv', integrations: [{ ...integration, certificationStatus: 'certified' }], jointCustomersUsingIntegration: 0, jointCustomers: 0 },
    });
    expect(assess(inProgress, requirements).gap.map((g) => g.shortfall)).toEqual(['1 more certified integration']); // 1 − 0
    expect(assess(certified, requirements).qualifiedTier).toBe('silver');
  });

  it('asks an SI for certified consultants', () => {
    const requirements: TierRequirement[] = [{ tier: 'silver', minCertifiedConsultants: 5, certifiedPeople: [] }];
    const si = (certifiedConsultants: number) =>
      makePartner('si', { attributes: { partnerType: 'si', practiceSize: 40, certifiedConsultants, competencyLevel: 'advanced', accountProtectionDays: 180 } });
    expect(assess(si(3), requirements).gap.map((g) => g.shortfall)).toEqual(['2 more certified consultants']); // 5 − 3
    expect(assess(si(4), requirements).gap.map((g) => g.shortfall)).toEqual(['1 more certified consultant']); // 5 − 4
    expect(assess(si(5), requirements).qualifiedTier).toBe('silver'); // 5 ≥ 5
  });
});
