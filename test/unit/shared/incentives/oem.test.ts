import { describe, expect, it } from 'vitest';
import type { IncentiveRule, OemUsageReport } from '../../../../shared/domain';
import { buildIncentiveStatement } from '../../../../shared/incentives';
import { QUARTER, lineOf, linesOf, makePartner, makeProgram, usd } from './factory';

// units 1–1,000 at $30, 1,001+ at $25; the OEM's contract says it owes at least $20,000 a quarter
const royalty = (basis: 'units' | 'activations' = 'units'): IncentiveRule => ({
  kind: 'volume-royalty',
  basis,
  bands: [
    { from: 0, perUnitCents: usd(30) },
    { from: 1_000, perUnitCents: usd(25) },
  ],
});

const statementFor = (reports: OemUsageReport[], programs = [makeProgram('oem', [royalty()])]) =>
  buildIncentiveStatement({ partner: makePartner('oem', reports, usd(20_000)), programs, opportunities: [], certifications: [], quarter: QUARTER });

const shipped = (units: number, activations = 0): OemUsageReport[] => [{ quarter: QUARTER, units, activations }];

describe('OEM royalty statement', () => {
  it('prices units band by band and says the partner pays', () => {
    const statement = statementFor(shipped(1_500));
    const line = lineOf(statement, 'volume-royalty');
    // 1,000 × $30 = $30,000; 500 × $25 = $12,500; $42,500 is above the $20,000 minimum: no true-up
    expect(line.calculation).toBe('1,000 units × $30 + 500 units × $25 = $42,500');
    expect(line.rate).toBe('$30 per unit for units 1–1,000; $25 per unit for units 1,001+');
    expect(line.basis).toEqual({ amount: 1_500, measure: 'units', description: 'Units reported for 2026-Q3' });
    expect(statement.lines).toHaveLength(1);
    expect(statement.totalCents).toBe(usd(42_500));
    expect(statement.payer).toBe('partner');
    expect(statement.bandPreviews[0]!.next).toBeNull();
  });

  it('tops a royalty below the minimum commitment up to the minimum on its own line', () => {
    const statement = statementFor(shipped(400));
    // 400 × $30 = $12,000; $20,000 − $12,000 = $8,000 true-up; total = the $20,000 minimum
    const [royaltyLine, trueUp] = linesOf(statement, 'volume-royalty');
    expect(royaltyLine!.amountCents).toBe(usd(12_000));
    expect(trueUp!.label).toBe('Minimum commitment true-up');
    expect(trueUp!.amountCents).toBe(usd(8_000));
    expect(trueUp!.calculation).toBe('$20,000 minimum − $12,000 royalty = $8,000');
    expect(statement.totalCents).toBe(usd(20_000));
    // 1,000 − 400 = 600 units to the $25 band
    expect(statement.bandPreviews[0]!.next?.message).toBe('600 more units move you to the $25 per unit band');
  });

  it('needs no true-up when the royalty is exactly the minimum', () => {
    // 20,000 / 30 is not whole, so use a one-band $20 rate: 1,000 × $20 = $20,000
    const flat: IncentiveRule = { kind: 'volume-royalty', basis: 'units', bands: [{ from: 0, perUnitCents: usd(20) }] };
    const statement = statementFor(shipped(1_000), [makeProgram('oem', [flat])]);
    expect(statement.lines).toHaveLength(1);
    expect(statement.totalCents).toBe(usd(20_000));
  });

  it('puts the unit at a band start in that band, and one unit below in the band before', () => {
    // 1,000 units: all at $30 = $30,000, and the next unit is priced in the $25 band (top, no preview)
    const atBoundary = statementFor(shipped(1_000));
    expect(lineOf(atBoundary, 'volume-royalty').calculation).toBe('1,000 units × $30 = $30,000');
    expect(atBoundary.bandPreviews[0]!.currentBand).toBe('$25 per unit for units 1,001+');
    expect(atBoundary.bandPreviews[0]!.next).toBeNull();
    // 999 units × $30 = $29,970; one more unit reaches the $25 band
    const below = statementFor(shipped(999));
    expect(lineOf(below, 'volume-royalty').amountCents).toBe(usd(29_970));
    expect(below.bandPreviews[0]!.next?.message).toBe('1 more unit moves you to the $25 per unit band');
  });

  it('counts activations when the rule says so', () => {
    const statement = statementFor(shipped(5_000, 1_200), [makeProgram('oem', [royalty('activations')])]);
    // 1,000 × $30 + 200 × $25 = $30,000 + $5,000 = $35,000
    expect(lineOf(statement, 'volume-royalty').calculation).toBe('1,000 activations × $30 + 200 activations × $25 = $35,000');
  });

  it('charges the minimum when no usage report was filed, and previews from zero', () => {
    const statement = statementFor([{ quarter: '2026-Q2', units: 9_000, activations: 0 }]);
    const line = statement.lines[0]!;
    // no Q3 report: 0 units × $30 = $0; true-up $20,000 − $0 = $20,000
    expect(line.basis.description).toBe('No usage report for 2026-Q3 yet');
    expect(line.calculation).toBe('0 units × $30 = $0');
    expect(statement.totalCents).toBe(usd(20_000));
    expect(statement.bandPreviews[0]!.next?.message).toBe('1,000 more units move you to the $25 per unit band');
  });

  it('counts a corrected report (the later one) instead of the first', () => {
    const statement = statementFor([...shipped(100), ...shipped(1_100)]);
    // 1,000 × $30 + 100 × $25 = $32,500
    expect(statement.totalCents).toBe(usd(32_500));
  });

  it('credits the quarter report to the program in force at quarter end, never twice', () => {
    const ended = makeProgram('oem', [royalty()], { name: 'OEM 2026 H1+', effectiveTo: '2026-08-15' });
    const current = makeProgram('oem', [royalty()], { name: 'OEM 2026 H2', effectiveFrom: '2026-08-16' });
    const statement = statementFor(shipped(1_500), [current, ended]);
    expect(statement.programs.map((p) => [p.name, p.from, p.to])).toEqual([
      ['OEM 2026 H1+', '2026-07-01', '2026-08-15'],
      ['OEM 2026 H2', '2026-08-16', '2026-09-30'],
    ]);
    const [endedLine, currentLine] = linesOf(statement, 'volume-royalty');
    expect(endedLine!.amountCents).toBe(0);
    expect(endedLine!.basis.description).toBe('The 2026-Q3 usage report counts under "OEM 2026 H2"');
    // 1,000 × $30 + 500 × $25 = $42,500, once
    expect(currentLine!.amountCents).toBe(usd(42_500));
    expect(statement.totalCents).toBe(usd(42_500));
  });

  it('leaves a rule that would pay the OEM out of what it owes, and says why', () => {
    const spiff: IncentiveRule = { kind: 'new-customer-bonus', amountPerDealCents: usd(500) };
    const statement = statementFor(shipped(1_500), [makeProgram('oem', [royalty(), spiff])]);
    expect(statement.lines).toHaveLength(1);
    expect(statement.skippedRules).toEqual([
      {
        programId: statement.programs[0]!.id,
        ruleKind: 'new-customer-bonus',
        reason: 'An OEM statement lists the royalties the partner owes; a new-customer-bonus rule pays the partner, so it is left out',
      },
    ]);
  });
});

describe('retroactive royalty bands', () => {
  const retro: IncentiveRule = { kind: 'volume-royalty', basis: 'units', mode: 'retroactive', bands: [{ from: 0, perUnitCents: usd(30) }, { from: 1_000, perUnitCents: usd(25) }] };
  const owed = (units: number) => buildIncentiveStatement({ partner: makePartner('oem', shipped(units), 0), programs: [makeProgram('oem', [retro])], opportunities: [], certifications: [], quarter: QUARTER });

  it('prices every unit at the band the volume reaches', () => {
    // 1,500 units reach the $25 band (from unit 1,001): 1,500 × $25 = $37,500 (marginal would be $42,500).
    const line = lineOf(owed(1_500), 'volume-royalty');
    expect(line.calculation).toBe('1,500 units × $25 = $37,500');
    expect(line.label).toBe('Volume royalty (units, retroactive)');
  });

  it('changes band exactly at its edge: 1,000 units stay in the first band, 1,001 price all at the second', () => {
    // 1,000 × $30 = $30,000; 1,001 × $25 = $25,025.
    expect(owed(1_000).totalCents).toBe(usd(30_000));
    expect(owed(1_001).totalCents).toBe(usd(25_025));
  });
});

describe('royalty on the OEM\'s revenue', () => {
  const onRevenue: IncentiveRule = { kind: 'revenue-royalty', rateBps: 650 };
  const owed = (reports: OemUsageReport[], rules: IncentiveRule[] = [onRevenue]) =>
    buildIncentiveStatement({ partner: makePartner('oem', reports, 0), programs: [makeProgram('oem', rules)], opportunities: [], certifications: [], quarter: QUARTER });

  it('owes its rate on the revenue the usage report states', () => {
    const statement = owed([{ quarter: QUARTER, units: 0, activations: 0, revenueCents: usd(250_000.5) }]);
    // $250,000.50 × 6.5% = $16,250.0325 → $16,250.03.
    expect(lineOf(statement, 'revenue-royalty')).toMatchObject({ amountCents: 1_625_003, calculation: '$250,000.50 × 6.5% = $16,250.03', rate: "6.5% of the OEM's revenue" });
    expect(statement).toMatchObject({ payer: 'partner', totalCents: 1_625_003 });
  });

  it('says so, and owes nothing on revenue, when the report states none', () => {
    const line = lineOf(owed(shipped(500)), 'revenue-royalty');
    expect(line).toMatchObject({ amountCents: 0, basis: { description: 'The 2026-Q3 usage report states no revenue' } });
  });

  it('adds to a volume royalty in the same program, on its own line', () => {
    const perUnit: IncentiveRule = { kind: 'volume-royalty', basis: 'units', bands: [{ from: 0, perUnitCents: usd(10) }] };
    // 100 units × $10 = $1,000; $20,000 revenue × 6.5% = $1,300; owed $2,300.
    const statement = owed([{ quarter: QUARTER, units: 100, activations: 0, revenueCents: usd(20_000) }], [perUnit, onRevenue]);
    expect(statement.totalCents).toBe(usd(2_300));
  });
});
