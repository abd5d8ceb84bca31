import { describe, expect, it } from 'vitest';
import type { IncentiveRule } from '../../../../shared/domain';
import { buildIncentiveStatement } from '../../../../shared/incentives';
import { QUARTER, lineOf, makeDeal, makePartner, makeProgram, usd } from './factory';

const reseller = makePartner('reseller');
const otherReseller = { ...makePartner('reseller'), id: 'partner-other' };

// 5% from $0, 8% from $50,000, 10% from $150,000
const bands = [
  { from: usd(0), rateBps: 500 },
  { from: usd(50_000), rateBps: 800 },
  { from: usd(150_000), rateBps: 1_000 },
];
const rebate = (mode: 'marginal' | 'retroactive'): IncentiveRule => ({ kind: 'tiered-rebate', mode, bands });

const resellerRules: IncentiveRule[] = [
  rebate('marginal'),
  { kind: 'new-customer-bonus', amountPerDealCents: usd(500) },
  { kind: 'product-mix-accelerator', productLine: 'Analytics', extraRateBps: 200 },
  { kind: 'spiff', name: 'August Analytics push', productLine: 'Analytics', from: '2026-08-01', to: '2026-08-31', amountPerDealCents: usd(250) },
  { kind: 'renewal-commission', rateBps: 250 },
];

const statementFor = (rules: IncentiveRule[], opportunities: ReturnType<typeof makeDeal>[]) =>
  buildIncentiveStatement({
    partner: reseller,
    programs: [makeProgram('reseller', rules)],
    opportunities,
    certifications: [],
    quarter: QUARTER,
  });

/** Revenue won in the quarter as one resale deal. */
const wonRevenue = (cents: number) => [makeDeal(reseller, { amountCents: cents, closeOn: '2026-08-20' })];

describe('reseller incentive statement', () => {
  const d1 = makeDeal(reseller, { amountCents: usd(50_000), newCustomer: true, closeOn: '2026-07-15' });
  const d2 = makeDeal(reseller, { amountCents: usd(20_000), newCustomer: true, productLine: 'Analytics', closeOn: '2026-08-01' });
  const d3 = makeDeal(reseller, { amountCents: usd(10_000), dealType: 'renewal', closeOn: '2026-09-30' });
  const d5 = makeDeal(reseller, { amountCents: usd(30_000), dealType: 'expansion', productLine: 'Analytics', closeOn: '2026-08-31' });
  const d6 = makeDeal(reseller, { amountCents: usd(1_000), productLine: 'Analytics', closeOn: '2026-09-01' });
  const noise = [
    makeDeal(reseller, { amountCents: usd(40_000), stage: 'lost', closeOn: '2026-08-10' }),
    makeDeal(reseller, { amountCents: usd(99_000), newCustomer: true, closeOn: '2026-06-30' }), // won in Q2
    makeDeal(reseller, { amountCents: usd(30_000), newCustomer: true, deleted: true }),
    makeDeal(otherReseller, { amountCents: usd(70_000), newCustomer: true }),
    makeDeal(reseller, { amountCents: usd(60_000), partnerId: null, partnerRole: null, newCustomer: true }),
  ];
  const statement = statementFor(resellerRules, [d1, d2, d3, d5, d6, ...noise]);

  it('rebates won resale revenue band by band (marginal)', () => {
    const line = lineOf(statement, 'tiered-rebate');
    // $50,000 + $20,000 + $10,000 + $30,000 + $1,000 = $111,000 over 5 deals
    expect(line.basis).toEqual({ amount: usd(111_000), measure: 'cents', description: 'Won resale revenue in 2026-Q3 (5 deals)' });
    expect(line.sourceIds).toEqual([d1.id, d2.id, d3.id, d5.id, d6.id]);
    // $50,000 × 5% = $2,500; ($111,000 − $50,000) × 8% = $4,880; sum $7,380
    expect(line.amountCents).toBe(usd(7_380));
    expect(line.calculation).toBe('$50,000 × 5% + $61,000 × 8% = $7,380');
    expect(line.rate).toBe('5% band from $0; 8% band from $50,000');
    expect(line.label).toBe('Tiered rebate (marginal)');
  });

  it('previews the next rebate band', () => {
    // $150,000 − $111,000 = $39,000 to the 10% band
    expect(statement.bandPreviews).toEqual([
      {
        programId: statement.programs[0]!.id,
        ruleKind: 'tiered-rebate',
        label: 'Tiered rebate (marginal)',
        currentBand: '8% band from $50,000',
        next: { shortfall: usd(39_000), measure: 'cents', band: '10% band from $150,000', message: '$39,000 more moves you to the 10% band' },
      },
    ]);
  });

  it('pays a bonus per won new-customer deal', () => {
    const line = lineOf(statement, 'new-customer-bonus');
    // d1 and d2: 2 × $500 = $1,000 (Q2, deleted, other-partner and direct deals left out)
    expect(line.sourceIds).toEqual([d1.id, d2.id]);
    expect(line.amountCents).toBe(usd(1_000));
    expect(line.calculation).toBe('2 deals × $500 = $1,000');
    expect(line.rate).toBe('$500 per deal');
  });

  it('adds the accelerator rate on won revenue of the product line', () => {
    const line = lineOf(statement, 'product-mix-accelerator');
    // d2 $20,000 + d5 $30,000 + d6 $1,000 = $51,000; × 2% = $1,020
    expect(line.basis.description).toBe('Won Analytics resale revenue in 2026-Q3 (3 deals)');
    expect(line.amountCents).toBe(usd(1_020));
    expect(line.calculation).toBe('$51,000 × 2% = $1,020');
    expect(line.rate).toBe('2% extra');
  });

  it('pays a SPIFF only for deals closed inside its window, both ends included', () => {
    const line = lineOf(statement, 'spiff');
    // d2 closed 08-01 and d5 closed 08-31 are in; d6 closed 09-01 is out: 2 × $250 = $500
    expect(line.sourceIds).toEqual([d2.id, d5.id]);
    expect(line.amountCents).toBe(usd(500));
    expect(line.label).toBe('SPIFF: August Analytics push');
    expect(line.basis.description).toBe('Won Analytics deals closed from Aug 1, 2026 to Aug 31, 2026, resale only');
  });

  it('pays renewal commission on won renewals', () => {
    const line = lineOf(statement, 'renewal-commission');
    // d3 $10,000 × 2.5% = $250
    expect(line.sourceIds).toEqual([d3.id]);
    expect(line.calculation).toBe('$10,000 × 2.5% = $250');
  });

  it('totals the lines', () => {
    // $7,380 + $1,000 + $1,020 + $500 + $250 = $10,150
    expect(statement.totalCents).toBe(usd(10_150));
    expect(statement.payer).toBe('vendor');
    expect(statement.partner).toEqual({ id: reseller.id, name: reseller.name, partnerType: 'reseller' });
    expect(statement.lines.map((l) => l.key)).toEqual(resellerRules.map((_, i) => `${statement.programs[0]!.id}/${i}/0`));
  });

  it('applies the reached band to all revenue in retroactive mode', () => {
    const line = lineOf(statementFor([rebate('retroactive')], wonRevenue(usd(160_000))), 'tiered-rebate');
    // $160,000 reaches the 10% band: $160,000 × 10% = $16,000
    expect(line.calculation).toBe('$160,000 × 10% = $16,000');
    expect(line.rate).toBe('10% band from $150,000');
    expect(line.label).toBe('Tiered rebate (retroactive)');
  });

  describe('band boundaries', () => {
    it('counts revenue exactly at a band start in that band', () => {
      const retro = statementFor([rebate('retroactive')], wonRevenue(usd(150_000)));
      // $150,000 × 10% = $15,000; top band, so no next band
      expect(lineOf(retro, 'tiered-rebate').amountCents).toBe(usd(15_000));
      expect(retro.bandPreviews[0]!.currentBand).toBe('10% band from $150,000');
      expect(retro.bandPreviews[0]!.next).toBeNull();

      const marginal = statementFor([rebate('marginal')], wonRevenue(usd(150_000)));
      // $50,000 × 5% + $100,000 × 8% = $2,500 + $8,000 = $10,500; nothing inside the 10% band yet
      expect(lineOf(marginal, 'tiered-rebate').calculation).toBe('$50,000 × 5% + $100,000 × 8% = $10,500');
      expect(marginal.bandPreviews[0]!.next).toBeNull();
    });

    it('keeps revenue one cent below a band start in the band before', () => {
      const retro = statementFor([rebate('retroactive')], wonRevenue(usd(149_999.99)));
      // 14,999,999¢ × 8% = 1,199,999.92¢ → 1,200,000¢ = $12,000
      expect(lineOf(retro, 'tiered-rebate').calculation).toBe('$149,999.99 × 8% = $12,000');
      expect(retro.bandPreviews[0]!.next?.message).toBe('$0.01 more moves you to the 10% band');

      const marginal = statementFor([rebate('marginal')], wonRevenue(usd(149_999.99)));
      // $2,500 + 9,999,999¢ × 8% (799,999.92¢) = 1,049,999.92¢ → $10,500, rounded once per line
      expect(lineOf(marginal, 'tiered-rebate').calculation).toBe('$50,000 × 5% + $99,999.99 × 8% = $10,500');
    });
  });

  it('shows $0 lines and a next-band preview from $0 when nothing was won', () => {
    const statement = statementFor(resellerRules, []);
    // every rule still has its line, at $0
    expect(statement.lines.map((l) => l.amountCents)).toEqual([0, 0, 0, 0, 0]);
    expect(lineOf(statement, 'tiered-rebate').calculation).toBe('$0 × 5% = $0');
    expect(lineOf(statement, 'tiered-rebate').basis.description).toBe('Won resale revenue in 2026-Q3 (0 deals)');
    expect(lineOf(statement, 'new-customer-bonus').calculation).toBe('0 deals × $500 = $0');
    // $50,000 − $0 to the 8% band
    expect(statement.bandPreviews[0]!.next?.message).toBe('$50,000 more moves you to the 8% band');
    expect(statement.totalCents).toBe(0);
  });

  it('rounds to the cent half away from zero', () => {
    const renewal = makeDeal(reseller, { amountCents: 12_345, dealType: 'renewal' });
    const line = lineOf(statementFor([{ kind: 'renewal-commission', rateBps: 250 }], [renewal]), 'renewal-commission');
    // 12,345¢ × 2.5% = 308.625¢ → 309¢
    expect(line.amountCents).toBe(309);
    expect(line.calculation).toBe('$123.45 × 2.5% = $3.09');
  });

  it('rebates resale only: a won direct deal the reseller influenced is not its volume', () => {
    const direct = makeDeal(reseller, { amountCents: usd(10_000), channel: 'direct', partnerRole: 'influenced' });
    expect(lineOf(statementFor([rebate('marginal')], [direct]), 'tiered-rebate').amountCents).toBe(0);
  });
});

describe("one basis for a reseller's revenue: every bonus rides on the rebate's", () => {
  // The reseller resold two Analytics deals in August (one a new customer, one a renewal)…
  const resold = makeDeal(reseller, { amountCents: usd(40_000), newCustomer: true, productLine: 'Analytics', closeOn: '2026-08-10' });
  const resoldRenewal = makeDeal(reseller, { amountCents: usd(10_000), dealType: 'renewal', productLine: 'Analytics', closeOn: '2026-08-12' });
  // …and is on two more it did not resell: the vendor sold one direct (the reseller influenced it), one went through the marketplace.
  const direct = makeDeal(reseller, { amountCents: usd(30_000), newCustomer: true, productLine: 'Analytics', dealType: 'renewal', channel: 'direct', partnerRole: 'influenced', closeOn: '2026-08-14' });
  const marketplace = makeDeal(reseller, { amountCents: usd(20_000), newCustomer: true, productLine: 'Analytics', channel: 'marketplace', partnerRole: 'co-sell', closeOn: '2026-08-16' });
  const statement = statementFor(resellerRules, [resold, resoldRenewal, direct, marketplace]);

  it('pays the rebate, the accelerator, the new-customer bonus, the SPIFF and the renewal commission on resale only', () => {
    // Resale: $40,000 + $10,000 = $50,000. Rebate, marginal: $50,000 × 5% = $2,500 (the 8% band starts above $50,000).
    expect(lineOf(statement, 'tiered-rebate')).toMatchObject({ amountCents: usd(2_500), sourceIds: [resold.id, resoldRenewal.id] });
    // Accelerator: Analytics resale $50,000 × 2% = $1,000 (not $100,000 × 2% = $2,000 over all four deals).
    expect(lineOf(statement, 'product-mix-accelerator')).toMatchObject({ amountCents: usd(1_000), sourceIds: [resold.id, resoldRenewal.id] });
    // New-customer bonus: 1 resold new customer × $500 = $500 (not 3 × $500).
    expect(lineOf(statement, 'new-customer-bonus')).toMatchObject({ amountCents: usd(500), sourceIds: [resold.id] });
    // SPIFF: 2 resold Analytics deals in August × $250 = $500 (not 4 × $250).
    expect(lineOf(statement, 'spiff')).toMatchObject({ amountCents: usd(500), sourceIds: [resold.id, resoldRenewal.id] });
    // Renewal commission: $10,000 resold renewal × 2.5% = $250 (the $30,000 direct renewal is not the reseller's).
    expect(lineOf(statement, 'renewal-commission')).toMatchObject({ amountCents: usd(250), sourceIds: [resoldRenewal.id] });
    // $2,500 + $1,000 + $500 + $500 + $250 = $4,750.
    expect(statement.totalCents).toBe(usd(4_750));
  });

  it('says on each line that it counts resale', () => {
    expect(lineOf(statement, 'product-mix-accelerator').basis.description).toBe('Won Analytics resale revenue in 2026-Q3 (2 deals)');
    expect(lineOf(statement, 'new-customer-bonus').basis.description).toBe('Won deals with a new customer in 2026-Q3, resale only');
    expect(lineOf(statement, 'renewal-commission').basis.description).toBe('Won resale revenue on renewals in 2026-Q3 (1 deal)');
  });
});

describe('deal-registration commission', () => {
  const commission: IncentiveRule = { kind: 'deal-registration-commission', rateBps: 300 };

  it('pays its rate on won resale the reseller registered on or before the close', () => {
    // Registered 07-01, won 08-10: counts. Registered on the day it closed (08-20): counts.
    const early = makeDeal(reseller, { amountCents: usd(40_000), registeredOn: '2026-07-01', closeOn: '2026-08-10' });
    const sameDay = makeDeal(reseller, { amountCents: usd(10_000.01), registeredOn: '2026-08-20', closeOn: '2026-08-20' });
    // Registered after the win: protected nothing. Never registered. Registered, but the vendor sold it direct.
    const late = makeDeal(reseller, { amountCents: usd(99_000), registeredOn: '2026-09-02', closeOn: '2026-09-01' });
    const unregistered = makeDeal(reseller, { amountCents: usd(55_000), closeOn: '2026-08-15' });
    const direct = makeDeal(reseller, { amountCents: usd(33_000), registeredOn: '2026-07-05', closeOn: '2026-08-05', channel: 'direct', partnerRole: 'influenced' });
    const line = lineOf(statementFor([commission], [early, sameDay, late, unregistered, direct]), 'deal-registration-commission');
    // ($40,000 + $10,000.01) × 3% = $50,000.01 × 3% = $1,500.0003 → $1,500.00
    expect(line.calculation).toBe('$50,000.01 × 3% = $1,500');
    expect(line.amountCents).toBe(usd(1_500));
    expect(line.sourceIds).toEqual([early.id, sameDay.id]);
    expect(line.basis.description).toBe('Won resale revenue of deals registered before they closed, in 2026-Q3 (2 deals)');
  });

  it('is $0 with nothing registered', () => {
    expect(lineOf(statementFor([commission], [makeDeal(reseller, { amountCents: usd(1_000) })]), 'deal-registration-commission').amountCents).toBe(0);
  });
});

describe('growth rebate', () => {
  const growth: IncentiveRule = { kind: 'growth-rebate', rateBps: 500 };
  const lastYear = (cents: number, closeOn = '2025-08-01') => makeDeal(reseller, { amountCents: cents, closeOn, createdOn: '2025-06-01' });
  const thisYear = (cents: number, closeOn = '2026-08-01') => makeDeal(reseller, { amountCents: cents, closeOn });

  it('pays its rate on the resale above the same quarter last year', () => {
    // 2026-Q3: $60,000 + $20,000 = $80,000; 2025-Q3: $50,000 (the $70,000 of 2025-10-01 is Q4, not counted).
    const deals = [thisYear(usd(60_000)), thisYear(usd(20_000), '2026-09-30'), lastYear(usd(50_000), '2025-07-01'), lastYear(usd(70_000), '2025-10-01')];
    const line = lineOf(statementFor([growth], deals), 'growth-rebate');
    // ($80,000 − $50,000) × 5% = $30,000 × 5% = $1,500.
    expect(line.calculation).toBe('($80,000 − $50,000) × 5% = $1,500');
    expect(line.basis.amount).toBe(usd(30_000));
    expect(line.basis.description).toBe('Won resale revenue in 2026-Q3 (2 deals), $80,000, above the $50,000 won from Jul 1, 2025 to Sep 30, 2025 (1 deal)');
  });

  it('pays nothing, never a negative line, in a quarter below last year', () => {
    const line = lineOf(statementFor([growth], [thisYear(usd(40_000)), lastYear(usd(40_000.01))]), 'growth-rebate');
    // $40,000 against $40,000.01: a cent short of any growth.
    expect(line.amountCents).toBe(0);
    expect(line.calculation).toBe('$40,000 is not above $40,000.01: no growth = $0');
  });

  it('counts it all as growth for a partner with no sales a year earlier', () => {
    // ($12,345.67 − $0) × 5% = $617.2835 → $617.28.
    expect(lineOf(statementFor([growth], [thisYear(usd(12_345.67))]), 'growth-rebate').amountCents).toBe(61_728);
  });
});
