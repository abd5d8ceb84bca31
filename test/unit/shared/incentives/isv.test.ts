import { describe, expect, it } from 'vitest';
import type { IncentiveRule, Opportunity } from '../../../../shared/domain';
import { buildIncentiveStatement } from '../../../../shared/incentives';
import { QUARTER, lineOf, linesOf, makeDeal, makePartner, makeProgram, usd } from './factory';

const isv = makePartner('isv');

const statementFor = (rules: IncentiveRule[], opportunities: Opportunity[]) =>
  buildIncentiveStatement({
    partner: isv,
    programs: [makeProgram('isv', rules)],
    opportunities,
    certifications: [],
    quarter: QUARTER,
  });

const marketplaceDeal = (amountCents: number, closeOn: string, more: Partial<Opportunity> = {}) =>
  makeDeal(isv, { channel: 'marketplace', partnerRole: 'co-sell', amountCents, closeOn, ...more });

describe('ISV incentive statement', () => {
  describe('marketplace revenue share', () => {
    // 15% from 2026-01-01, 20% from 2026-08-15
    const share: IncentiveRule = {
      kind: 'marketplace-revenue-share',
      rates: [
        { from: '2026-01-01', rateBps: 1_500 },
        { from: '2026-08-15', rateBps: 2_000 },
      ],
    };

    it('splits the basis at a mid-quarter rate change, each deal at the rate of its close date', () => {
      const m1 = marketplaceDeal(usd(10_000), '2026-07-20');
      const m2 = marketplaceDeal(usd(5_000), '2026-08-14');
      const m3 = marketplaceDeal(usd(8_000), '2026-08-15');
      const resale = makeDeal(isv, { amountCents: usd(50_000) });
      const lost = marketplaceDeal(usd(40_000), '2026-08-20', { stage: 'lost' });
      const [before, after] = linesOf(statementFor([share], [m1, m2, m3, resale, lost]), 'marketplace-revenue-share');
      // before the change: ($10,000 + $5,000) × 15% = $2,250
      expect(before!.basis.description).toBe('Won marketplace revenue from Jul 1, 2026 to Aug 14, 2026 (2 deals)');
      expect(before!.calculation).toBe('$15,000 × 15% = $2,250');
      expect(before!.rate).toBe('15% (rate from Jan 1, 2026)');
      expect(before!.sourceIds).toEqual([m1.id, m2.id]);
      // from the change day on: $8,000 × 20% = $1,600
      expect(after!.basis.description).toBe('Won marketplace revenue from Aug 15, 2026 to Sep 30, 2026 (1 deal)');
      expect(after!.calculation).toBe('$8,000 × 20% = $1,600');
      expect(after!.rate).toBe('20% (rate from Aug 15, 2026)');
    });

    it('shows one line for the quarter when the rate does not change in it', () => {
      const statement = statementFor([{ kind: 'marketplace-revenue-share', rates: [{ from: '2026-01-01', rateBps: 250 }] }], [
        marketplaceDeal(12_345, '2026-09-01'),
      ]);
      const line = lineOf(statement, 'marketplace-revenue-share');
      // 12,345¢ × 2.5% = 308.625¢ → 309¢ (half away from zero)
      expect(line.basis.description).toBe('Won marketplace revenue in 2026-Q3 (1 deal)');
      expect(line.amountCents).toBe(309);
      expect(line.calculation).toBe('$123.45 × 2.5% = $3.09');
    });

    it('says so when a deal closed before any rate was in force', () => {
      const early = marketplaceDeal(usd(10_000), '2026-07-15');
      const rates: IncentiveRule = { kind: 'marketplace-revenue-share', rates: [{ from: '2026-08-01', rateBps: 1_000 }] };
      const [unrated, rated] = linesOf(statementFor([rates], [early]), 'marketplace-revenue-share');
      // $10,000 × 0% = $0; the deal is listed, not dropped
      expect(unrated!.rate).toBe('0% (no rate in force before Aug 1, 2026)');
      expect(unrated!.calculation).toBe('$10,000 × 0% = $0');
      expect(unrated!.sourceIds).toEqual([early.id]);
      expect(rated!.calculation).toBe('$0 × 10% = $0');
    });
  });

  describe('co-sell pipeline bonus', () => {
    const c1 = makeDeal(isv, { partnerRole: 'co-sell', stage: 'develop', amountCents: usd(12_000), createdOn: '2026-07-05', closeOn: '2026-11-30' });
    const c2 = makeDeal(isv, { partnerRole: 'co-sell', stage: 'lost', amountCents: usd(10_000), createdOn: '2026-09-30', closeOn: '2026-09-30' });
    const oldPipeline = makeDeal(isv, { partnerRole: 'co-sell', amountCents: usd(90_000), createdOn: '2026-06-30' });
    const influenced = makeDeal(isv, { partnerRole: 'influenced', amountCents: usd(90_000), createdOn: '2026-07-10' });
    const deals = [c1, c2, oldPipeline, influenced];

    it('pays on co-sell pipeline created in the quarter, whatever its stage', () => {
      const line = lineOf(statementFor([{ kind: 'co-sell-pipeline-bonus', rateBps: 500 }], deals), 'co-sell-pipeline-bonus');
      // ($12,000 + $10,000) × 5% = $1,100
      expect(line.basis.description).toBe('Co-sell pipeline created in 2026-Q3 (2 deals)');
      expect(line.sourceIds).toEqual([c1.id, c2.id]);
      expect(line.calculation).toBe('$22,000 × 5% = $1,100');
    });

    it('caps the bonus', () => {
      const line = lineOf(statementFor([{ kind: 'co-sell-pipeline-bonus', rateBps: 500, capCents: usd(1_000) }], deals), 'co-sell-pipeline-bonus');
      // $22,000 × 5% = $1,100 > $1,000 cap
      expect(line.amountCents).toBe(usd(1_000));
      expect(line.calculation).toBe('$22,000 × 5% = $1,100, capped at $1,000');
      expect(line.rate).toBe('5%, capped at $1,000');
    });
  });

  it('pays a bonus per won deal that brought a new platform customer', () => {
    const n1 = marketplaceDeal(usd(5_000), '2026-07-02', { newCustomer: true });
    const n2 = makeDeal(isv, { newCustomer: true, channel: 'direct', partnerRole: 'influenced' });
    const open = makeDeal(isv, { newCustomer: true, stage: 'propose', closeOn: '2026-09-15' });
    const existing = makeDeal(isv, { newCustomer: false });
    const line = lineOf(
      statementFor([{ kind: 'new-platform-customer-bonus', amountPerCustomerCents: usd(1_000) }], [n1, n2, open, existing]),
      'new-platform-customer-bonus',
    );
    // 2 × $1,000 = $2,000
    expect(line.sourceIds).toEqual([n1.id, n2.id]);
    expect(line.calculation).toBe('2 deals × $1,000 = $2,000');
  });
});
