import { describe, expect, it } from 'vitest';
import type { IncentiveRule, OemUsageReport, Partner } from '../../../../shared/domain';
import { buildIncentiveStatement, quarterStatement, type IncentiveStatement } from '../../../../shared/incentives';
import { buildPartner, partnerAttributes } from '../../../support/records';
import { lineOf, linesOf, makeProgram, usd } from './factory';

/*
 * An OEM contract whose year starts on 1 April 2026: its contract years are
 * 2026-Q2 … 2027-Q1, then 2027-Q2 … 2028-Q1. The bands, as a finance
 * reviewer reads them: units 1–1,000 at $30, 1,001–3,000 at $25, 3,001+ at $20.
 */
const bands = [
  { from: 0, perUnitCents: usd(30) },
  { from: 1_000, perUnitCents: usd(25) },
  { from: 3_000, perUnitCents: usd(20) },
];
const marginal: IncentiveRule = { kind: 'volume-royalty', basis: 'units', bands };
const retroactive: IncentiveRule = { kind: 'volume-royalty', basis: 'units', mode: 'retroactive', bands };

interface Contract {
  reports: OemUsageReport[];
  measured?: 'quarter' | 'contract-year';
  annualMinimum?: number;
  quarterlyMinimum?: number;
}

const oem = ({ reports, measured = 'contract-year', annualMinimum, quarterlyMinimum = 0 }: Contract): Partner =>
  buildPartner('oem', {
    id: 'partner-oem',
    attributes: partnerAttributes('oem', {
      usageReports: reports,
      minimumCommitmentCents: quarterlyMinimum,
      contractYearStartsOn: '2026-04-01',
      royaltyBandsMeasured: measured,
      ...(annualMinimum === undefined ? {} : { annualMinimumCents: annualMinimum }),
    }),
  });

const statement = (contract: Contract, quarter: string, rules: IncentiveRule[] = [marginal]): IncentiveStatement =>
  buildIncentiveStatement({ partner: oem(contract), programs: [makeProgram('oem', rules)], opportunities: [], certifications: [], quarter });

const shipped = (quarter: string, units: number, returnedUnits?: number): OemUsageReport => ({
  quarter,
  units,
  activations: 0,
  ...(returnedUnits === undefined ? {} : { returnedUnits }),
});

describe('royalty bands measured over the contract year (marginal)', () => {
  it("prices the year's first quarter from unit 1 and previews the year's volume", () => {
    const s = statement({ reports: [shipped('2026-Q2', 800)] }, '2026-Q2');
    const line = lineOf(s, 'volume-royalty');
    // units 1–800 of the year: 800 × $30 = $24,000
    expect(line.calculation).toBe('Units 1–800 of the contract year: 800 units × $30 = $24,000');
    expect(line.label).toBe('Volume royalty (units, contract year)');
    expect(line.basis.description).toBe('Units reported for 2026-Q2; the contract year from Apr 1, 2026 counted 0 units before it');
    // 1,000 − 800 = 200 units to the $25 band
    expect(s.bandPreviews[0]!.next?.message).toBe('200 more units this contract year (800 units so far) move you to the $25 per unit band');
  });

  it('stacks a quarter on the earlier quarters of the year: a band edge and a unit either side', () => {
    const q3 = (units: number) => statement({ reports: [shipped('2026-Q2', 800), shipped('2026-Q3', units)] }, '2026-Q3');
    // 800 counted before; 200 more reach unit 1,000 exactly, the last unit of the $30 band: 200 × $30 = $6,000
    const atEdge = q3(200);
    expect(lineOf(atEdge, 'volume-royalty').calculation).toBe('Units 801–1,000 of the contract year: 200 units × $30 = $6,000');
    // 3,000 − 1,000 = 2,000 units to the $20 band; the next unit (1,001) already pays $25
    expect(atEdge.bandPreviews[0]!.currentBand).toBe('$25 per unit for units 1,001–3,000');
    expect(atEdge.bandPreviews[0]!.next?.message).toBe('2,000 more units this contract year (1,000 units so far) move you to the $20 per unit band');
    // one unit above: unit 1,001 pays $25: 200 × $30 + 1 × $25 = $6,025
    expect(lineOf(q3(201), 'volume-royalty').calculation).toBe('Units 801–1,001 of the contract year: 200 units × $30 + 1 unit × $25 = $6,025');
    // one unit below: 199 × $30 = $5,970, and one more unit reaches the $25 band
    const below = q3(199);
    expect(lineOf(below, 'volume-royalty').amountCents).toBe(usd(5_970));
    expect(below.bandPreviews[0]!.next?.message).toBe('1 more unit this contract year (999 units so far) moves you to the $25 per unit band');
  });

  it('prices the same quarter on its own volume when bands are measured per quarter (the default)', () => {
    const s = statement({ reports: [shipped('2026-Q2', 800), shipped('2026-Q3', 201)], measured: 'quarter' }, '2026-Q3');
    // 201 × $30 = $6,030, as if the year had not shipped before
    expect(lineOf(s, 'volume-royalty')).toMatchObject({ label: 'Volume royalty (units)', calculation: '201 units × $30 = $6,030' });
  });

  it('counts only the quarters of the contract year: not those before the contract, and afresh from its anniversary', () => {
    const reports = [shipped('2026-Q1', 5_000), shipped('2026-Q2', 800), shipped('2026-Q3', 900), shipped('2026-Q4', 700), shipped('2027-Q1', 600), shipped('2027-Q2', 100)];
    // 2026-Q1 is before the contract: priced on its own quarter, 1,000 × $30 + 2,000 × $25 + 2,000 × $20 = $120,000
    expect(lineOf(statement({ reports }, '2026-Q1'), 'volume-royalty').calculation).toBe(
      '1,000 units × $30 + 2,000 units × $25 + 2,000 units × $20 = $120,000',
    );
    // 2027-Q1 ends the first year: 800 + 900 + 700 = 2,400 before; units 2,401–3,000 at $25 = 600 × $25 = $15,000
    const yearEnd = lineOf(statement({ reports }, '2027-Q1'), 'volume-royalty');
    expect(yearEnd.calculation).toBe('Units 2,401–3,000 of the contract year: 600 units × $25 = $15,000');
    expect(yearEnd.basis.description).toBe(
      'Units reported for 2027-Q1; the contract year from Apr 1, 2026 counted 2,400 units before it (2026-Q2 800, 2026-Q3 900, 2026-Q4 700)',
    );
    // 2027-Q2 starts the second year at unit 1: 100 × $30 = $3,000
    expect(lineOf(statement({ reports }, '2027-Q2'), 'volume-royalty').calculation).toBe('Units 1–100 of the contract year: 100 units × $30 = $3,000');
  });

  it('prices a quarter with no report at the band the year stands in, and previews from there', () => {
    const s = statement({ reports: [shipped('2026-Q2', 800)] }, '2026-Q3');
    // nothing shipped: 0 × $30 = $0; the year still needs 200 units to the $25 band
    expect(lineOf(s, 'volume-royalty')).toMatchObject({ amountCents: 0, calculation: '0 units × $30 = $0' });
    expect(s.bandPreviews[0]!.next?.message).toBe('200 more units this contract year (800 units so far) move you to the $25 per unit band');
  });
});

describe('retroactive bands over the contract year', () => {
  const q3 = (units: number) => statement({ reports: [shipped('2026-Q2', 800), shipped('2026-Q3', units)] }, '2026-Q3', [retroactive]);

  it('re-prices the earlier quarters on an adjustment line when the year climbs a band', () => {
    const s = q3(400);
    const [royalty, adjustment] = linesOf(s, 'volume-royalty');
    // the year reaches 800 + 400 = 1,200 units: the $25 band prices every unit.
    // The quarter's own: 400 × $25 = $10,000
    expect(royalty).toMatchObject({ label: 'Volume royalty (units, retroactive, contract year)', calculation: '400 units × $25 = $10,000' });
    // 2026-Q2's 800 units were charged 800 × $30 = $24,000; at $25 they are $20,000: −$4,000
    expect(adjustment).toMatchObject({
      label: 'Retroactive band adjustment',
      amountCents: -usd(4_000),
      calculation: '800 units × $25 − 800 units × $30 already charged = $20,000 − $24,000 = −$4,000',
      rate: '$25 per unit for units 1,001–3,000 (charged at $30 per unit for units 1–1,000)',
    });
    // the year to date is 1,200 × $25 = $30,000 = $24,000 (2026-Q2) + $6,000 (this quarter)
    expect(s.totalCents).toBe(usd(6_000));
    // retroactively the $20 band takes a year of 3,001 units: 3,001 − 1,200 = 1,801 more
    expect(s.bandPreviews[0]!.next?.message).toBe('1,801 more units this contract year (1,200 units so far) move you to the $20 per unit band');
  });

  it('changes band exactly at the edge: a year of 1,000 stays at $30, 1,001 prices all at $25', () => {
    // 800 + 200 = 1,000: 200 × $30 = $6,000, no adjustment
    expect(q3(200).lines.map((l) => l.calculation)).toEqual(['200 units × $30 = $6,000']);
    // 800 + 201 = 1,001: 201 × $25 = $5,025; adjustment 800 × ($25 − $30) = −$4,000; $1,025 (year: 1,001 × $25 = $25,025 = $24,000 + $1,025)
    expect(q3(201).totalCents).toBe(usd(1_025));
    // 800 + 199 = 999: 199 × $30 = $5,970; one more unit makes 1,000, still $30, so two are needed
    expect(q3(199).bandPreviews[0]!.next?.message).toBe('2 more units this contract year (999 units so far) move you to the $25 per unit band');
  });

  it('adds no adjustment while the year stays in the band it had reached', () => {
    const s = statement({ reports: [shipped('2026-Q2', 800), shipped('2026-Q3', 400), shipped('2026-Q4', 100)] }, '2026-Q4', [retroactive]);
    // 1,200 → 1,300, both in the $25 band: 100 × $25 = $2,500 (year: 1,300 × $25 = $32,500 = $24,000 + $6,000 + $2,500)
    expect(s.lines.map((l) => l.calculation)).toEqual(['100 units × $25 = $2,500']);
  });

  it('bills the band back when returns take the year below it', () => {
    const s = statement({ reports: [shipped('2026-Q2', 800), shipped('2026-Q3', 400), shipped('2026-Q4', 100, 400)] }, '2026-Q4', [retroactive]);
    const [credit, adjustment] = linesOf(s, 'volume-royalty');
    // net 100 − 400 = −300: the year falls from 1,200 to 900, back in the $30 band: −(300 × $30) = −$9,000
    expect(credit).toMatchObject({ label: 'Credit for returned units', amountCents: -usd(9_000), calculation: '−(300 units × $30) = −$9,000' });
    // the earlier 1,200 were charged at $25 ($30,000); at $30 they are $36,000: +$6,000
    expect(adjustment!.calculation).toBe('1,200 units × $30 − 1,200 units × $25 already charged = $36,000 − $30,000 = $6,000');
    // −$9,000 + $6,000 = −$3,000 (year: 900 × $30 = $27,000 = $24,000 + $6,000 − $3,000)
    expect(s.totalCents).toBe(-usd(3_000));
  });
});

describe('returns on a usage report', () => {
  it('charges the royalty on net units when returns are fewer than shipments', () => {
    const s = statement({ reports: [shipped('2026-Q3', 1_500, 200)], measured: 'quarter' }, '2026-Q3');
    const line = lineOf(s, 'volume-royalty');
    // 1,500 − 200 = 1,300 net: 1,000 × $30 + 300 × $25 = $37,500
    expect(line.calculation).toBe('1,000 units × $30 + 300 units × $25 = $37,500');
    expect(line.basis).toEqual({ amount: 1_300, measure: 'units', description: '1,500 units reported for 2026-Q3 − 200 returned' });
  });

  it('credits the OEM on its own line when returns exceed shipments', () => {
    const s = statement({ reports: [shipped('2026-Q3', 100, 350)], measured: 'quarter' }, '2026-Q3');
    // 100 − 350 = −250 net: the 250 are credited as 250 units shipped would be charged: −(250 × $30) = −$7,500
    expect(lineOf(s, 'volume-royalty')).toMatchObject({
      label: 'Credit for returned units',
      amountCents: -usd(7_500),
      calculation: '−(250 units × $30) = −$7,500',
      basis: { amount: -250, measure: 'units', description: '100 units reported for 2026-Q3 − 350 returned' },
    });
    expect(s.totalCents).toBe(-usd(7_500));
  });

  it('credits retroactive bands per quarter at the band the returned units reach', () => {
    const s = statement({ reports: [shipped('2026-Q3', 100, 1_600)], measured: 'quarter' }, '2026-Q3', [retroactive]);
    // 100 − 1,600 = −1,500 net: 1,500 units reach the $25 band, as 1,500 shipped would be charged: −(1,500 × $25) = −$37,500
    expect(lineOf(s, 'volume-royalty')).toMatchObject({ label: 'Credit for returned units', calculation: '−(1,500 units × $25) = −$37,500' });
  });

  it('shows an earlier quarter of the year that was a credit with its minus sign', () => {
    const s = statement({ reports: [shipped('2026-Q2', 300), shipped('2026-Q3', 100, 200), shipped('2026-Q4', 50)] }, '2026-Q4');
    // 300, then 100 − 200 = −100: the year counted 200 before 2026-Q4; units 201–250 at $30 = $1,500
    expect(lineOf(s, 'volume-royalty')).toMatchObject({
      calculation: 'Units 201–250 of the contract year: 50 units × $30 = $1,500',
      basis: { description: 'Units reported for 2026-Q4; the contract year from Apr 1, 2026 counted 200 units before it (2026-Q2 300, 2026-Q3 −100)' },
    });
  });

  it('owes nothing when returns equal shipments', () => {
    const s = statement({ reports: [shipped('2026-Q3', 400, 400)], measured: 'quarter' }, '2026-Q3');
    // 400 − 400 = 0 net: 0 × $30 = $0
    expect(lineOf(s, 'volume-royalty')).toMatchObject({ label: 'Volume royalty (units)', amountCents: 0, calculation: '0 units × $30 = $0' });
  });

  it('takes returns off the top of the contract year\'s count', () => {
    const s = statement({ reports: [shipped('2026-Q2', 1_200), shipped('2026-Q3', 100, 400)] }, '2026-Q3');
    // the year stood at 1,200; net −300 takes units 901–1,200 off: 100 × $30 (901–1,000) + 200 × $25 (1,001–1,200) = $8,000 credited
    expect(lineOf(s, 'volume-royalty')).toMatchObject({
      label: 'Credit for returned units',
      amountCents: -usd(8_000),
      calculation: 'Units 901–1,200 of the contract year: −(100 units × $30 + 200 units × $25) = −$8,000',
    });
    // the year is back at 900: 100 units to the $25 band
    expect(s.bandPreviews[0]!.next?.message).toBe('100 more units this contract year (900 units so far) move you to the $25 per unit band');
  });

  it("credits returns beyond the year's count as units from before it, and the next quarter starts the count from zero", () => {
    const reports = [shipped('2026-Q2', 300), shipped('2026-Q3', 0, 500), shipped('2026-Q4', 100)];
    // 300 counted; 500 returned: units 1–300 come off at $30, and 200 from before the year are credited at $30 too: −(500 × $30) = −$15,000
    expect(lineOf(statement({ reports }, '2026-Q3'), 'volume-royalty')).toMatchObject({
      amountCents: -usd(15_000),
      calculation: 'Units 1–300 of the contract year and 200 from before it: −(500 units × $30) = −$15,000',
    });
    // the count never goes below 0: 2026-Q4's 100 units are units 1–100, 100 × $30 = $3,000
    expect(lineOf(statement({ reports }, '2026-Q4'), 'volume-royalty').calculation).toBe('Units 1–100 of the contract year: 100 units × $30 = $3,000');
  });

  it('still trues a credit quarter up to the quarterly minimum', () => {
    const s = statement({ reports: [shipped('2026-Q3', 100, 350)], measured: 'quarter', quarterlyMinimum: usd(20_000) }, '2026-Q3');
    // −$7,500 credit; the minimum is a floor on the quarter: $20,000 − (−$7,500) = $27,500; total $20,000
    expect(linesOf(s, 'volume-royalty')[1]).toMatchObject({ label: 'Minimum commitment true-up', calculation: '$20,000 minimum − (−$7,500) royalty = $27,500' });
    expect(s.totalCents).toBe(usd(20_000));
  });
});

describe('annual minimum, trued up in the quarter that ends the contract year', () => {
  const onRevenue: IncentiveRule = { kind: 'revenue-royalty', rateBps: 500 };
  // 2026-Q2: units 1–800, 800 × $30 = $24,000
  // 2026-Q3: units 801–2,000, 200 × $30 + 1,000 × $25 = $31,000
  // 2026-Q4: units 2,001–2,500, 500 × $25 = $12,500
  const firstThree = [shipped('2026-Q2', 800), shipped('2026-Q3', 1_200), shipped('2026-Q4', 500)];

  it('bills the shortfall on a "Year-end true-up" line that lists every quarter', () => {
    const s = statement({ reports: [...firstThree, shipped('2027-Q1', 400)], annualMinimum: usd(100_000) }, '2027-Q1');
    // 2027-Q1: units 2,501–2,900, 400 × $25 = $10,000; the year: $24,000 + $31,000 + $12,500 + $10,000 = $77,500
    const trueUp = s.lines.find((l) => l.label === 'Year-end true-up')!;
    expect(trueUp).toMatchObject({
      amountCents: usd(22_500),
      calculation: '$100,000 minimum − ($24,000 2026-Q2 + $31,000 2026-Q3 + $12,500 2026-Q4 + $10,000 2027-Q1) = $100,000 − $77,500 = $22,500',
      basis: { amount: usd(100_000), measure: 'cents', description: 'Annual minimum for the contract year Apr 1, 2026 to Mar 31, 2027' },
      programId: s.programs[0]!.id,
      ruleKind: 'volume-royalty',
    });
    // $10,000 + $22,500
    expect(s.totalCents).toBe(usd(32_500));
  });

  it('bills exactly the annual minimum over the year when a closed quarter is corrected late', () => {
    const program = makeProgram('oem', [marginal]);
    const asStated = [...firstThree, shipped('2027-Q1', 400)];
    // 2026-Q3 closed at 1,200 units ($31,000); its report is then corrected to 1,000 units.
    const closedQ3 = {
      quarter: '2026-Q3',
      closedAt: '2026-10-05T09:00:00.000Z',
      snapshot: buildIncentiveStatement({ partner: oem({ reports: asStated, annualMinimum: usd(100_000) }), programs: [program], opportunities: [], certifications: [], quarter: '2026-Q3' }),
    };
    const corrected = asStated.map((r) => (r.quarter === '2026-Q3' ? shipped('2026-Q3', 1_000) : r));
    const partner = oem({ reports: corrected, annualMinimum: usd(100_000) });
    const statementOf = (quarter: string) => quarterStatement({ partner, programs: [program], opportunities: [], certifications: [], quarter, closed: [closedQ3] });
    // 2026-Q4, the first open statement after the close: units 1,801–2,300, 500 × $25 = $12,500,
    // and the correction: 2026-Q3 recomputed 200 × $30 + 800 × $25 = $26,000 − $31,000 closed = −$5,000.
    const q4 = statementOf('2026-Q4');
    expect(q4.lines.map((l) => [l.label, l.amountCents])).toEqual([
      ['Volume royalty (units, contract year)', usd(12_500)],
      ['Correction to 2026-Q3', -usd(5_000)],
    ]);
    // 2027-Q1: units 2,301–2,700, 400 × $25 = $10,000. The year counts 2026-Q3 as it now stands ($31,000 closed − $5,000
    // corrected = $26,000): $24,000 + $26,000 + $12,500 + $10,000 = $72,500, so the true-up is $27,500.
    const q1 = statementOf('2027-Q1');
    expect(q1.lines.find((l) => l.label === 'Year-end true-up')!.amountCents).toBe(usd(27_500));
    // Billed over the year: $24,000 + $31,000 + ($12,500 − $5,000) + ($10,000 + $27,500) = $100,000, the minimum exactly.
    expect(usd(24_000) + closedQ3.snapshot.totalCents + q4.totalCents + q1.totalCents).toBe(usd(100_000));
  });

  it('adds nothing when the year reaches the minimum exactly', () => {
    // 2027-Q1: units 2,501–4,000, 500 × $25 + 1,000 × $20 = $32,500; the year: $24,000 + $31,000 + $12,500 + $32,500 = $100,000
    const s = statement({ reports: [...firstThree, shipped('2027-Q1', 1_500)], annualMinimum: usd(100_000) }, '2027-Q1');
    expect(s.lines.map((l) => l.label)).toEqual(['Volume royalty (units, contract year)']);
    // one unit fewer: 500 × $25 + 999 × $20 = $32,480; the year $99,980; true-up $20
    const short = statement({ reports: [...firstThree, shipped('2027-Q1', 1_499)], annualMinimum: usd(100_000) }, '2027-Q1');
    expect(short.lines.find((l) => l.label === 'Year-end true-up')!.amountCents).toBe(usd(20));
  });

  it('waits for the last quarter of the year', () => {
    // 2026-Q4 is the year's third quarter: $12,500 and no true-up, though the year is far short of $100,000
    const s = statement({ reports: firstThree, annualMinimum: usd(100_000) }, '2026-Q4');
    expect(s.lines.map((l) => l.label)).toEqual(['Volume royalty (units, contract year)']);
  });

  it('counts the quarterly true-ups toward the annual figure, so no shortfall is billed twice', () => {
    const s = statement({ reports: [...firstThree, shipped('2027-Q1', 400)], annualMinimum: usd(100_000), quarterlyMinimum: usd(20_000) }, '2027-Q1');
    // 2026-Q2 $24,000 and 2026-Q3 $31,000 meet the $20,000 quarterly minimum;
    // 2026-Q4 $12,500 + $7,500 true-up = $20,000; 2027-Q1 $10,000 + $10,000 true-up = $20,000.
    // The year: $24,000 + $31,000 + $20,000 + $20,000 = $95,000; year-end true-up $5,000
    expect(s.lines.map((l) => [l.label, l.amountCents])).toEqual([
      ['Volume royalty (units, contract year)', usd(10_000)],
      ['Minimum commitment true-up', usd(10_000)],
      ['Year-end true-up', usd(5_000)],
    ]);
  });

  it('counts revenue royalties and credits for refunds in the year', () => {
    const withRevenue = (quarter: string, units: number, revenue: number, refunded = 0): OemUsageReport => ({
      ...shipped(quarter, units),
      revenueCents: revenue,
      ...(refunded > 0 ? { refundedRevenueCents: refunded } : {}),
    });
    const reports = [
      withRevenue('2026-Q2', 800, usd(100_000)), // $24,000 + $100,000 × 5% = $29,000
      withRevenue('2026-Q3', 1_200, usd(100_000)), // $31,000 + $5,000 = $36,000
      withRevenue('2026-Q4', 500, 0, usd(40_000)), // $12,500 − $40,000 × 5% = $12,500 − $2,000 = $10,500
      withRevenue('2027-Q1', 400, usd(20_000)), // $10,000 + $1,000 = $11,000
    ];
    const s = statement({ reports, annualMinimum: usd(100_000) }, '2027-Q1', [marginal, onRevenue]);
    // the year: $29,000 + $36,000 + $10,500 + $11,000 = $86,500; true-up $13,500
    expect(s.lines.find((l) => l.label === 'Year-end true-up')!.calculation).toBe(
      '$100,000 minimum − ($29,000 2026-Q2 + $36,000 2026-Q3 + $10,500 2026-Q4 + $11,000 2027-Q1) = $100,000 − $86,500 = $13,500',
    );
  });

  it('applies to a contract year measured per quarter too', () => {
    // per quarter: 2026-Q2 800 × $30 = $24,000; 2026-Q3 1,000 × $30 + 200 × $25 = $35,000; 2026-Q4 500 × $30 = $15,000;
    // 2027-Q1 400 × $30 = $12,000. The year: $86,000; true-up $14,000
    const s = statement({ reports: [...firstThree, shipped('2027-Q1', 400)], measured: 'quarter', annualMinimum: usd(100_000) }, '2027-Q1');
    expect(s.lines.find((l) => l.label === 'Year-end true-up')!.amountCents).toBe(usd(14_000));
  });
});

describe('revenue royalty with refunds', () => {
  const onRevenue: IncentiveRule = { kind: 'revenue-royalty', rateBps: 650 };
  const owed = (report: Partial<OemUsageReport>) =>
    statement({ reports: [{ ...shipped('2026-Q3', 0), ...report }], measured: 'quarter' }, '2026-Q3', [onRevenue]);

  it('takes refunds off the revenue before the rate', () => {
    // ($20,000 − $5,000) × 6.5% = $15,000 × 6.5% = $975
    expect(lineOf(owed({ revenueCents: usd(20_000), refundedRevenueCents: usd(5_000) }), 'revenue-royalty')).toMatchObject({
      label: 'Revenue royalty',
      amountCents: usd(975),
      calculation: '($20,000 − $5,000 refunded) × 6.5% = $15,000 × 6.5% = $975',
      basis: { amount: usd(15_000), measure: 'cents' },
    });
  });

  it('credits the OEM when refunds exceed the revenue', () => {
    // ($2,000 − $6,000) × 6.5% = −$4,000 × 6.5% = −$260
    expect(lineOf(owed({ revenueCents: usd(2_000), refundedRevenueCents: usd(6_000) }), 'revenue-royalty')).toMatchObject({
      label: 'Credit for refunded revenue',
      amountCents: -usd(260),
      calculation: '($2,000 − $6,000 refunded) × 6.5% = −$4,000 × 6.5% = −$260',
    });
  });

  it('owes nothing when refunds equal the revenue, and counts refunds on a report without revenue', () => {
    // ($3,000 − $3,000) × 6.5% = $0
    expect(lineOf(owed({ revenueCents: usd(3_000), refundedRevenueCents: usd(3_000) }), 'revenue-royalty').amountCents).toBe(0);
    // no revenue stated, $1,000 refunded: ($0 − $1,000) × 6.5% = −$65
    expect(lineOf(owed({ refundedRevenueCents: usd(1_000) }), 'revenue-royalty').amountCents).toBe(-usd(65));
  });
});
