import { describe, expect, it } from 'vitest';
import { qualifyTier, type TierQualificationAssessed } from '../../../../shared/calculators';
import type { ExchangeRate } from '../../../../shared/domain/currency';
import { AS_OF, makeDeal, makePartner, makeRuleSet, PROGRAMS, QUARTER, usd } from './factory';

// Silver asks $100,000 of trailing revenue; 1 GBP = 1.25 USD in 2026-Q2.
const partner = makePartner('reseller', { tier: 'registered' });
const ruleSets = [makeRuleSet('reseller', [{ tier: 'silver', minTrailingRevenueCents: usd(100_000), certifiedPeople: [] }], { effectiveFrom: '2025-01-01' })];
const rates: ExchangeRate[] = [{ quarter: '2026-Q2', currency: 'GBP', rateMillionths: 1_250_000 }];
const assess = (exchangeRates: ExchangeRate[] | undefined) =>
  qualifyTier({
    partner,
    ruleSets,
    contacts: [],
    certifications: [],
    certificationPrograms: PROGRAMS,
    // £80,000 won 2026-05-20 (Q2): $100,000.00 at 1.25, exactly the threshold, though £80,000 in pounds is short of it.
    opportunities: [makeDeal(partner, { currency: 'GBP', amountCents: usd(80_000), closeOn: '2026-05-20' })],
    exchangeRates,
    quarter: QUARTER,
    asOf: AS_OF,
  }) as TierQualificationAssessed;

describe('tier standing in the program currency', () => {
  it('reaches a revenue threshold with a pound deal converted at its close quarter’s rate', () => {
    // £80,000 × 1.25 = $100,000 ≥ $100,000: Silver.
    expect(assess(rates)).toMatchObject({ qualifiedTier: 'silver', measures: { trailingRevenueCents: usd(100_000) } });
  });

  it('never counts pounds as dollars: without a rate the deal is left out', () => {
    expect(assess([])).toMatchObject({ measures: { trailingRevenueCents: 0 } });
    expect(assess([]).qualifiedTier).not.toBe('silver');
  });
});
