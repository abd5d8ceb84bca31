import { describe, expect, it } from 'vitest';
import type { IncentiveRule } from '../../../../shared/domain';
import { incentiveProgramSchema } from '../../../../shared/domain/incentive-program';
import { buildIncentiveStatement } from '../../../../shared/incentives';
import { QUARTER, linesOf, makeDeal, makePartner, makeProgram, usd } from './factory';

const reseller = makePartner('reseller');
const oem = (units: number) => makePartner('oem', [{ quarter: QUARTER, units, activations: 0 }]);
const statementFor = (partner: ReturnType<typeof makePartner>, rules: IncentiveRule[], deals: ReturnType<typeof makeDeal>[] = []) =>
  buildIncentiveStatement({ partner, programs: [makeProgram(partner.partnerType, rules)], opportunities: deals, certifications: [], quarter: QUARTER });
const renewals = (...cents: number[]) => cents.map((amountCents) => makeDeal(reseller, { amountCents, dealType: 'renewal' }));

describe('caps and floors on any rule', () => {
  it('caps a rule on a line of its own, showing the amount before the cap', () => {
    const statement = statementFor(reseller, [{ kind: 'renewal-commission', rateBps: 1_000, capCents: usd(5_000) }], renewals(usd(62_000)));
    const [commission, cap] = linesOf(statement, 'renewal-commission');
    // $62,000 × 10% = $6,200; capped at $5,000: −$1,200.
    expect(commission!.amountCents).toBe(usd(6_200));
    expect(cap).toMatchObject({ label: 'Cap on Renewal commission', rate: 'cap of $5,000', amountCents: -usd(1_200), calculation: '$5,000 cap − $6,200 = −$1,200' });
    expect(statement.totalCents).toBe(usd(5_000));
  });

  it('caps a cent either side of the cap exactly', () => {
    // $50,000.10 × 10% = $5,000.01: one cent over → capped to $5,000. $50,000.00 × 10% = $5,000: at the cap, no cap line.
    expect(statementFor(reseller, [{ kind: 'renewal-commission', rateBps: 1_000, capCents: usd(5_000) }], renewals(usd(50_000.1))).totalCents).toBe(usd(5_000));
    expect(linesOf(statementFor(reseller, [{ kind: 'renewal-commission', rateBps: 1_000, capCents: usd(5_000) }], renewals(usd(50_000))), 'renewal-commission')).toHaveLength(1);
  });

  it('floors a rule: a guaranteed minimum, topped up on its own line; zero revenue gets the floor', () => {
    const statement = statementFor(reseller, [{ kind: 'renewal-commission', rateBps: 500, floorCents: usd(1_000) }], renewals(usd(8_000)));
    const [, floor] = linesOf(statement, 'renewal-commission');
    // $8,000 × 5% = $400; floor $1,000: + $600.
    expect(floor).toMatchObject({ label: 'Floor on Renewal commission', amountCents: usd(600), calculation: '$1,000 floor − $400 = $600' });
    expect(statement.totalCents).toBe(usd(1_000));
    // No renewal at all: $0 × 5% = $0, floored to $1,000.
    expect(statementFor(reseller, [{ kind: 'renewal-commission', rateBps: 500, floorCents: usd(1_000) }]).totalCents).toBe(usd(1_000));
  });

  it('caps what an OEM owes across its royalty lines, true-up included', () => {
    const royalty: IncentiveRule = { kind: 'volume-royalty', basis: 'units', bands: [{ from: 0, perUnitCents: usd(30) }], capCents: usd(25_000) };
    // 1,000 units × $30 = $30,000 owed; capped at $25,000: −$5,000.
    const statement = statementFor(oem(1_000), [royalty]);
    expect(statement.totalCents).toBe(usd(25_000));
    expect(statement.lines.at(-1)!.calculation).toBe('$25,000 cap − $30,000 = −$5,000');
  });

  it('adds no second line to a rule that caps within its own line', () => {
    const bonus: IncentiveRule = { kind: 'co-sell-pipeline-bonus', rateBps: 1_000, capCents: usd(1_000) };
    const si = makePartner('isv');
    const deals = [makeDeal(si, { partnerRole: 'co-sell', stage: 'develop', createdOn: '2026-07-10', closeOn: '2026-12-01', amountCents: usd(50_000) })];
    const statement = statementFor(si, [bonus], deals);
    // $50,000 × 10% = $5,000, capped at $1,000 on the bonus's own line.
    expect(statement.lines).toHaveLength(1);
    expect(statement.totalCents).toBe(usd(1_000));
  });

  it('refuses a floor above the cap, naming the rule\'s field', () => {
    const program = makeProgram('reseller', [{ kind: 'renewal-commission', rateBps: 100, capCents: usd(1_000), floorCents: usd(1_000.01) }]);
    const parsed = incentiveProgramSchema.safeParse(program);
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues).toEqual([expect.objectContaining({ path: ['rules', 0, 'floorCents'], message: 'cannot be above the cap' })]);
  });
});
