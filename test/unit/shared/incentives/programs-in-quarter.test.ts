import { describe, expect, it } from 'vitest';
import type { IncentiveRule } from '../../../../shared/domain';
import { buildIncentiveStatement } from '../../../../shared/incentives';
import { QUARTER, linesOf, makeDeal, makePartner, makeProgram, usd } from './factory';

const reseller = makePartner('reseller');
const renewal = (rateBps: number): IncentiveRule => ({ kind: 'renewal-commission', rateBps });

describe('programs in the quarter', () => {
  it('uses the live programs of the partner type in force on any day of the quarter', () => {
    const programs = [
      makeProgram('reseller', [renewal(100)], { name: 'ended in Q2', effectiveTo: '2026-06-30' }),
      makeProgram('reseller', [renewal(100)], { name: 'starts in Q4', effectiveFrom: '2026-10-01' }),
      makeProgram('reseller', [renewal(100)], { name: 'deleted', deleted: true }),
      makeProgram('isv', [renewal(100)], { name: 'other type' }),
      makeProgram('reseller', [renewal(100)], { name: 'last day only', effectiveFrom: '2026-09-30' }),
      makeProgram('reseller', [renewal(100)], { name: 'first day only', effectiveTo: '2026-07-01' }),
    ];
    const statement = buildIncentiveStatement({ partner: reseller, programs, opportunities: [], certifications: [], quarter: QUARTER });
    // effective dates are inclusive, so a program ending on the quarter's first day still has that day
    expect(statement.programs.map((p) => [p.name, p.from, p.to])).toEqual([
      ['first day only', '2026-07-01', '2026-07-01'],
      ['last day only', '2026-09-30', '2026-09-30'],
    ]);
  });

  it('counts only deals closed while a program ending mid-quarter was in force', () => {
    const ending = makeProgram('reseller', [renewal(1_000)], { name: 'Resale 2026 H1+', effectiveTo: '2026-08-15' });
    const next = makeProgram('reseller', [renewal(500)], { name: 'Resale 2026 H2', effectiveFrom: '2026-08-16' });
    const onLastDay = makeDeal(reseller, { dealType: 'renewal', amountCents: usd(20_000), closeOn: '2026-08-15' });
    const dayAfter = makeDeal(reseller, { dealType: 'renewal', amountCents: usd(30_000), closeOn: '2026-08-16' });
    const statement = buildIncentiveStatement({
      partner: reseller,
      programs: [next, ending],
      opportunities: [onLastDay, dayAfter],
      certifications: [],
      quarter: QUARTER,
    });
    const [old, current] = linesOf(statement, 'renewal-commission');
    // old program: $20,000 × 10% = $2,000, its basis dated to the days it was in force
    expect(old!.programId).toBe(ending.id);
    expect(old!.basis.description).toBe('Won resale revenue on renewals from Jul 1, 2026 to Aug 15, 2026 (1 deal)');
    expect(old!.calculation).toBe('$20,000 × 10% = $2,000');
    // new program: $30,000 × 5% = $1,500
    expect(current!.programId).toBe(next.id);
    expect(current!.basis.description).toBe('Won resale revenue on renewals from Aug 16, 2026 to Sep 30, 2026 (1 deal)');
    expect(current!.calculation).toBe('$30,000 × 5% = $1,500');
    // $2,000 + $1,500
    expect(statement.totalCents).toBe(usd(3_500));
  });

  describe('a rebate when the program is replaced in mid-quarter: bands measured on the quarter\'s whole revenue', () => {
    const retro: IncentiveRule = { kind: 'tiered-rebate', mode: 'retroactive', bands: [{ from: 0, rateBps: 500 }, { from: usd(50_000), rateBps: 1_000 }] };

    it('rebates the program\'s own days at the band the quarter reaches', () => {
      const ending = makeProgram('reseller', [retro], { effectiveTo: '2026-08-15' });
      const deals = [
        makeDeal(reseller, { amountCents: usd(40_000), closeOn: '2026-07-10' }),
        makeDeal(reseller, { amountCents: usd(30_000), closeOn: '2026-08-20' }),
      ];
      const statement = buildIncentiveStatement({ partner: reseller, programs: [ending], opportunities: deals, certifications: [], quarter: QUARTER });
      // The quarter: $40,000 + $30,000 = $70,000, in the 10% band. The program's days (to 08-15): $40,000 × 10% = $4,000.
      expect(statement.lines[0]!.calculation).toBe('$40,000 × 10% = $4,000');
      expect(statement.lines[0]!.basis.description).toBe("Won resale revenue from Jul 1, 2026 to Aug 15, 2026 (1 deal); banded on the quarter's $70,000");
      // $70,000 is in the top band: nothing further to reach.
      expect(statement.bandPreviews[0]!.next).toBeNull();
    });

    it('decides the band by the quarter a cent either side of its edge', () => {
      const ending = makeProgram('reseller', [retro], { effectiveTo: '2026-08-15' });
      const next = makeProgram('reseller', [retro], { effectiveFrom: '2026-08-16' });
      const rebateOfOld = (afterCents: number) => {
        const deals = [makeDeal(reseller, { amountCents: usd(25_000), closeOn: '2026-07-10' }), makeDeal(reseller, { amountCents: afterCents, closeOn: '2026-09-01' })];
        const statement = buildIncentiveStatement({ partner: reseller, programs: [ending, next], opportunities: deals, certifications: [], quarter: QUARTER });
        return statement.lines.find((l) => l.programId === ending.id)!;
      };
      // $25,000 + $24,999.99 = $49,999.99: the 5% band; $25,000 × 5% = $1,250.
      expect(rebateOfOld(usd(24_999.99)).amountCents).toBe(usd(1_250));
      // One cent more, $50,000.00: the 10% band; $25,000 × 10% = $2,500.
      expect(rebateOfOld(usd(25_000)).amountCents).toBe(usd(2_500));
    });

    it('lays the quarter in close-date order for marginal bands: the new program starts where the old one left off', () => {
      const old = makeProgram('reseller', [{ kind: 'tiered-rebate', mode: 'marginal', bands: [{ from: 0, rateBps: 500 }, { from: usd(50_000), rateBps: 800 }] }], { effectiveTo: '2026-08-15' });
      const current = makeProgram('reseller', [{ kind: 'tiered-rebate', mode: 'marginal', bands: [{ from: 0, rateBps: 400 }, { from: usd(50_000), rateBps: 600 }, { from: usd(100_000), rateBps: 900 }] }], { effectiveFrom: '2026-08-16' });
      const deals = [
        makeDeal(reseller, { amountCents: usd(40_000), closeOn: '2026-07-10' }),
        makeDeal(reseller, { amountCents: usd(30_000), closeOn: '2026-08-20' }),
        makeDeal(reseller, { amountCents: usd(50_000), closeOn: '2026-09-10' }),
      ];
      const statement = buildIncentiveStatement({ partner: reseller, programs: [old, current], opportunities: deals, certifications: [], quarter: QUARTER });
      const [first, second] = linesOf(statement, 'tiered-rebate');
      // Old program: the quarter's first $40,000, all below $50,000: $40,000 × 5% = $2,000.
      expect(first!.calculation).toBe('$40,000 × 5% = $2,000');
      // New program: the quarter's $40,000 to $120,000 on its own bands: $10,000 × 4% + $50,000 × 6% + $20,000 × 9%
      // = $400 + $3,000 + $1,800 = $5,200.
      expect(second!.calculation).toBe('$10,000 × 4% + $50,000 × 6% + $20,000 × 9% = $5,200');
      expect(second!.basis.description).toBe("Won resale revenue from Aug 16, 2026 to Sep 30, 2026 (2 deals); banded on the quarter's $120,000, after $40,000 closed before Aug 16, 2026");
      // $2,000 + $5,200 = $7,200.
      expect(statement.totalCents).toBe(usd(7_200));
    });
  });

  it('ignores opportunities without a partner', () => {
    const direct = makeDeal(reseller, { partnerId: null, partnerRole: null, channel: 'direct', dealType: 'renewal', amountCents: usd(10_000) });
    const statement = buildIncentiveStatement({
      partner: reseller,
      programs: [makeProgram('reseller', [renewal(1_000)])],
      opportunities: [direct],
      certifications: [],
      quarter: QUARTER,
    });
    expect(statement.lines[0]!.sourceIds).toEqual([]);
    expect(statement.totalCents).toBe(0);
  });

  it('leaves a royalty rule out of a vendor-paid statement, and says why', () => {
    const royalty: IncentiveRule = { kind: 'volume-royalty', basis: 'units', bands: [{ from: 0, perUnitCents: 100 }] };
    const program = makeProgram('reseller', [renewal(100), royalty]);
    const statement = buildIncentiveStatement({ partner: reseller, programs: [program], opportunities: [], certifications: [], quarter: QUARTER });
    expect(statement.lines.map((l) => l.ruleKind)).toEqual(['renewal-commission']);
    expect(statement.skippedRules).toEqual([
      { programId: program.id, ruleKind: 'volume-royalty', reason: "A volume-royalty rule is a royalty an OEM owes; it does not apply to a reseller partner" },
    ]);
  });

  it('is an empty statement when no program is in force', () => {
    const statement = buildIncentiveStatement({ partner: reseller, programs: [], opportunities: [], certifications: [], quarter: QUARTER });
    expect(statement).toMatchObject({ quarter: '2026-Q3', programs: [], lines: [], totalCents: 0, bandPreviews: [] });
  });

  it('refuses a quarter label it cannot read', () => {
    expect(() => buildIncentiveStatement({ partner: reseller, programs: [], opportunities: [], certifications: [], quarter: 'Q3 2026' })).toThrow(
      /2026-Q3/,
    );
  });
});
