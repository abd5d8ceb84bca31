import { describe, expect, it } from 'vitest';
import type { ExchangeRate } from '../../../../shared/domain/currency';
import type { IncentiveRule, Opportunity } from '../../../../shared/domain';
import { buildIncentiveStatement } from '../../../../shared/incentives';
import { SNAPSHOT_LIMITS, snapshotOf, statementSnapshotSchema } from '../../../../shared/domain/incentive-statement-record';
import { actualIn } from '../../../../shared/plans/actuals';
import { lineOf, makeDeal, makePartner, makeProgram, QUARTER, usd } from './factory';

// HQ's rates into US dollars: 1 EUR = 1.085 USD in 2026-Q3, 1.07 in Q2; 1 GBP = 1.27 USD in Q3.
const rates: ExchangeRate[] = [
  { quarter: '2026-Q3', currency: 'EUR', rateMillionths: 1_085_000 },
  { quarter: '2026-Q2', currency: 'EUR', rateMillionths: 1_070_000 },
  { quarter: '2026-Q3', currency: 'GBP', rateMillionths: 1_270_000 },
];
const reseller = makePartner('reseller');
const rebate = (bands: { from: number; rateBps: number }[], mode: 'marginal' | 'retroactive' = 'marginal'): IncentiveRule[] => [{ kind: 'tiered-rebate', mode, bands }];
const statementOf = (rules: IncentiveRule[], opportunities: Opportunity[], exchangeRates: ExchangeRate[] | undefined = rates) =>
  buildIncentiveStatement({ partner: reseller, programs: [makeProgram('reseller', rules)], opportunities, certifications: [], quarter: QUARTER, exchangeRates });

// Won on 2026-08-20 (Q3), created in Q2: the close quarter's rate converts a won deal.
const eurDeal = makeDeal(reseller, { id: 'deal-eur', customerName: 'Berlin GmbH', currency: 'EUR', amountCents: usd(10_000), createdOn: '2026-05-10', closeOn: '2026-08-20' });

describe('deals in another currency on a statement', () => {
  it('converts a EUR deal at its close quarter’s rate and lists the rate, quarter and both amounts', () => {
    const statement = statementOf(rebate([{ from: 0, rateBps: 500 }]), [eurDeal]);
    // €10,000.00 × 1.085 = $10,850.00; × 5% = $542.50.
    expect(lineOf(statement, 'tiered-rebate')).toMatchObject({ basis: { amount: usd(10_850) }, amountCents: usd(542.5), sourceIds: ['deal-eur'] });
    expect(statement.conversions).toEqual([
      { kind: 'deal', recordId: 'deal-eur', label: 'Berlin GmbH', currency: 'EUR', quarter: '2026-Q3', rateMillionths: 1_085_000, amounts: [{ what: 'Amount', originalCents: usd(10_000), convertedCents: usd(10_850) }] },
    ]);
    expect(statement.notConverted).toEqual([]);
  });

  it('keeps each conversion with the close, so a closed line is redone at the rate it was closed at', () => {
    const statement = statementOf(rebate([{ from: 0, rateBps: 500 }]), [eurDeal, makeDeal(reseller, { id: 'deal-gbp', currency: 'GBP', amountCents: usd(1_000), closeOn: '2026-08-21' })]);
    const snapshot = statementSnapshotSchema.parse(snapshotOf(statement));
    // €10,000.00 × 1.085 = $10,850.00, as the open statement showed it.
    expect(snapshot.conversions?.[0]).toEqual({ kind: 'deal', recordId: 'deal-eur', label: 'Berlin GmbH', currency: 'EUR', quarter: '2026-Q3', rateMillionths: 1_085_000, amounts: [{ what: 'Amount', originalCents: usd(10_000), convertedCents: usd(10_850) }] });
    expect(snapshot.conversionsNotKept).toBe(0);
    expect(snapshot.notConverted).toEqual(statement.notConverted);
  });

  it('says how many converted amounts a closed record could not keep, never dropping them silently', () => {
    // A deal with more credit notes than a closed conversion keeps amounts for: Amount + 14 credit notes = 15; 12 are kept.
    const notes = Array.from({ length: 14 }, (_, i) => ({ issuedOn: `2026-09-${String(i + 10).padStart(2, '0')}`, amountCents: usd(10), reason: 'Returned' }));
    const statement = statementOf(rebate([{ from: 0, rateBps: 500 }]), [{ ...eurDeal, creditNotes: notes }]);
    const snapshot = snapshotOf(statement);
    expect(snapshot.conversions?.[0]?.amounts).toHaveLength(SNAPSHOT_LIMITS.convertedAmounts);
    expect(snapshot.conversionsNotKept).toBe(15 - SNAPSHOT_LIMITS.convertedAmounts);
  });

  it('crosses a band edge only after conversion, a cent either side', () => {
    // 5% below $100,000, 8% from it, retroactive. $100,000 / 1.085 = €92,165.898…
    const rules = rebate([{ from: 0, rateBps: 500 }, { from: usd(100_000), rateBps: 800 }], 'retroactive');
    // €92,165.90 × 1.085 = $100,000.0015 → $100,000.00: in the 8% band, $8,000.00.
    const at = statementOf(rules, [{ ...eurDeal, amountCents: 9_216_590 }]);
    expect(lineOf(at, 'tiered-rebate')).toMatchObject({ basis: { amount: usd(100_000) }, amountCents: usd(8_000) });
    // €92,165.89 × 1.085 = $99,999.99065 → $99,999.99: 5% = $4,999.9995 → $5,000.00.
    const below = statementOf(rules, [{ ...eurDeal, amountCents: 9_216_589 }]);
    expect(lineOf(below, 'tiered-rebate')).toMatchObject({ basis: { amount: 9_999_999 }, amountCents: usd(5_000) });
  });

  it('leaves out a deal with no rate for its quarter and says so, never reading euros as dollars', () => {
    // Closed in 2026-Q3, but HQ entered only a Q2 rate.
    const q2Only = rates.filter((r) => r.quarter === '2026-Q2');
    const second = { ...eurDeal, id: 'deal-eur-2', amountCents: usd(5_000) };
    const usdDeal = makeDeal(reseller, { id: 'deal-usd', amountCents: usd(20_000) });
    const statement = statementOf(rebate([{ from: 0, rateBps: 500 }]), [eurDeal, second, usdDeal], q2Only);
    // Only the $20,000 deal counts: × 5% = $1,000.
    expect(lineOf(statement, 'tiered-rebate')).toMatchObject({ basis: { amount: usd(20_000) }, amountCents: usd(1_000), sourceIds: ['deal-usd'] });
    expect(statement.notConverted).toEqual(['2 EUR deals not counted: no EUR rate for 2026-Q3']);
    expect(statementOf(rebate([{ from: 0, rateBps: 500 }]), [eurDeal], []).notConverted).toEqual(['1 EUR deal not counted: no EUR rate for 2026-Q3']);
  });

  it('converts a EUR credit note at the deal’s rate, so sold − credited is redone in dollars', () => {
    const returned = { ...eurDeal, creditNotes: [{ issuedOn: '2026-09-01', amountCents: usd(2_500), reason: 'Seats returned' }] };
    const statement = statementOf(rebate([{ from: 0, rateBps: 500 }]), [returned]);
    // Sold €10,000 × 1.085 = $10,850; credited €2,500 × 1.085 = $2,712.50; counted $8,137.50; × 5% = $406.875 → $406.88.
    expect(lineOf(statement, 'tiered-rebate')).toMatchObject({ basis: { amount: usd(8_137.5) }, amountCents: usd(406.88) });
    expect(statement.creditedDeals).toMatchObject([{ opportunityId: 'deal-eur', soldCents: usd(10_850), creditedCents: usd(2_712.5) }]);
    expect(statement.conversions?.[0]?.amounts).toEqual([
      { what: 'Amount', originalCents: usd(10_000), convertedCents: usd(10_850) },
      { what: 'Credit note of 2026-09-01', originalCents: usd(2_500), convertedCents: usd(2_712.5) },
    ]);
  });

  it('adds two currencies and dollars on one statement, each at its own rate', () => {
    const gbpDeal = makeDeal(reseller, { id: 'deal-gbp', customerName: 'London Ltd', currency: 'GBP', amountCents: usd(20_000), closeOn: '2026-09-30' });
    const usdDeal = makeDeal(reseller, { id: 'deal-usd', amountCents: usd(1_000) });
    const statement = statementOf(rebate([{ from: 0, rateBps: 500 }]), [eurDeal, gbpDeal, usdDeal]);
    // €10,000 × 1.085 = $10,850; £20,000 × 1.27 = $25,400; + $1,000 = $37,250; × 5% = $1,862.50.
    expect(lineOf(statement, 'tiered-rebate')).toMatchObject({ basis: { amount: usd(37_250) }, amountCents: usd(1_862.5) });
    expect(statement.conversions?.map((c) => [c.recordId, c.currency, c.rateMillionths, c.amounts[0]!.convertedCents])).toEqual([
      ['deal-eur', 'EUR', 1_085_000, usd(10_850)],
      ['deal-gbp', 'GBP', 1_270_000, usd(25_400)],
    ]);
  });

  it('converts an open deal at its created quarter’s rate in a plan’s pipeline', () => {
    // Created 2026-05-10 (Q2), still open: €10,000 × 1.07 = $10,700 of influenced pipeline in Q2.
    const open = { ...eurDeal, stage: 'develop' as const, partnerRole: 'influenced' as const, closeOn: '2026-11-30' };
    const records = { partner: reseller, opportunities: [open], certifications: [], activities: [], exchangeRates: rates };
    const pipeline = { kind: 'influenced-pipeline' } as Parameters<typeof actualIn>[0];
    expect(actualIn(pipeline, records, { start: '2026-04-01', end: '2026-06-30' }, false)).toBe(usd(10_700));
    // Without rates the deal is not counted at all.
    expect(actualIn(pipeline, { ...records, exchangeRates: [] }, { start: '2026-04-01', end: '2026-06-30' }, false)).toBe(0);
  });

  it('converts an OEM usage report’s revenue and refunds at its quarter’s rate; without one, it states no revenue', () => {
    const oemOf = (reports: Parameters<typeof makePartner>[1]) => makePartner('oem', reports, 0);
    const royalty = (partner: ReturnType<typeof oemOf>, exchangeRates: ExchangeRate[]) =>
      buildIncentiveStatement({ partner, programs: [makeProgram('oem', [{ kind: 'revenue-royalty', rateBps: 650 }])], opportunities: [], certifications: [], quarter: QUARTER, exchangeRates });
    const oem = oemOf([{ quarter: QUARTER, units: 10, activations: 0, revenueCents: usd(100_000), refundedRevenueCents: usd(4_000), currency: 'EUR' }]);
    const statement = royalty(oem, rates);
    // (€100,000 − €4,000) each at 1.085: $108,500 − $4,340 = $104,160; × 6.5% = $6,770.40.
    expect(lineOf(statement, 'revenue-royalty').amountCents).toBe(usd(6_770.4));
    expect(statement.conversions).toEqual([
      {
        kind: 'usage-report', recordId: `${oem.id}/2026-Q3`, label: 'Usage report 2026-Q3', currency: 'EUR', quarter: '2026-Q3', rateMillionths: 1_085_000,
        amounts: [{ what: 'Revenue', originalCents: usd(100_000), convertedCents: usd(108_500) }, { what: 'Refunds', originalCents: usd(4_000), convertedCents: usd(4_340) }],
      },
    ]);
    const noRate = royalty(oem, []);
    expect(lineOf(noRate, 'revenue-royalty')).toMatchObject({ amountCents: 0, basis: { description: 'The 2026-Q3 usage report states no revenue' } });
    expect(noRate.notConverted).toEqual(['1 EUR usage report (revenue) not counted: no EUR rate for 2026-Q3']);
  });
});
