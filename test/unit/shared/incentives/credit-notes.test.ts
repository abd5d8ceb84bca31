import { describe, expect, it } from 'vitest';
import { opportunitySchema, type IncentiveRule, type Opportunity } from '../../../../shared/domain';
import { buildIncentiveStatement, type IncentiveStatement } from '../../../../shared/incentives';
import { quarterStatement, type ClosedStatement } from '../../../../shared/incentives/quarter-statement';
import { makeDeal, makePartner, makeProgram, usd } from './factory';

const reseller = makePartner('reseller');

// Retroactive rebate: 2% from $0, 5% from $100,000 (the band reached pays on every dollar).
const rebate: IncentiveRule = { kind: 'tiered-rebate', mode: 'retroactive', bands: [{ from: 0, rateBps: 200 }, { from: usd(100_000), rateBps: 500 }] };
const program = makeProgram('reseller', [rebate]);
const bonus: IncentiveRule = { kind: 'new-customer-bonus', amountPerDealCents: usd(500) };

// Two resale deals won in 2026-Q2: $80,000 + $40,000 = $120,000, in the 5% band: $6,000 rebate.
const dealA = makeDeal(reseller, { id: 'deal-a', customerName: 'Aster', amountCents: usd(80_000), closeOn: '2026-05-10' });
const dealB = makeDeal(reseller, { id: 'deal-b', customerName: 'Birch', amountCents: usd(40_000), closeOn: '2026-06-01' });
const credit = (deal: Opportunity, ...notes: [issuedOn: string, dollars: number][]): Opportunity => ({
  ...deal,
  creditNotes: notes.map(([issuedOn, dollars]) => ({ issuedOn, amountCents: usd(dollars), reason: 'Licences returned' })),
});

const statement = (quarter: string, opportunities: Opportunity[], closed: ClosedStatement[] = [], programs = [program]): IncentiveStatement =>
  quarterStatement({ partner: reseller, programs, opportunities, certifications: [], quarter, closed });
/** HQ closes the quarter on `on`: the statement as it then stood, frozen. */
const close = (quarter: string, on: string, opportunities: Opportunity[], closed: ClosedStatement[] = []): ClosedStatement => ({
  quarter,
  closedAt: `${on}T10:00:00.000Z`,
  snapshot: statement(quarter, opportunities, closed),
  programsAtClose: [program],
});
const adjustments = (s: IncentiveStatement) => s.lines.filter((l) => l.ruleKind === 'correction' || l.ruleKind === 'clawback');

describe('a credit note within the quarter', () => {
  it('counts the deal at what the customer kept, and says sold − credited', () => {
    // $120,000 sold − $30,000 credited on Birch = $90,000, under $100,000: 2% band, $90,000 × 2% = $1,800.
    const s = statement('2026-Q2', [dealA, credit(dealB, ['2026-06-20', 30_000])]);
    expect(s.totalCents).toBe(usd(1_800));
    expect(s.lines[0]!.basis.amount).toBe(usd(90_000));
    expect(s.creditedDeals).toEqual([
      { opportunityId: 'deal-b', customerName: 'Birch', soldCents: usd(40_000), creditedCents: usd(30_000), creditNotes: [{ issuedOn: '2026-06-20', amountCents: usd(30_000), reason: 'Licences returned' }] },
    ]);
  });

  it('drops a deal credited in full: no rebate and no per-deal bonus on a sale that was returned', () => {
    const newCustomer = { ...dealB, newCustomer: true };
    const bonusProgram = makeProgram('reseller', [bonus]);
    // Before the return: one new customer, $500.
    expect(statement('2026-Q2', [newCustomer], [], [bonusProgram]).totalCents).toBe(usd(500));
    // $40,000 − $40,000 = $0 kept: no deal to pay a bonus on.
    expect(statement('2026-Q2', [credit(newCustomer, ['2026-06-20', 40_000])], [], [bonusProgram]).totalCents).toBe(0);
  });

  it('a $0.01 credit moves a deal just over a band edge back under it', () => {
    // $100,000.00 exactly reaches 5%: $5,000. A cent credited leaves $99,999.99 at 2%: $1,999.9998 → $2,000.00.
    const edge = makeDeal(reseller, { amountCents: usd(100_000), closeOn: '2026-05-10' });
    expect(statement('2026-Q2', [edge]).totalCents).toBe(usd(5_000));
    expect(statement('2026-Q2', [{ ...edge, creditNotes: [{ issuedOn: '2026-05-11', amountCents: 1, reason: 'Rounding refund' }] }]).totalCents).toBe(usd(2_000));
  });
});

describe('a quarter closed, then edited', () => {
  const q2 = close('2026-Q2', '2026-07-03', [dealA, dealB]);

  it('keeps the closed statement as it was closed, whatever is edited later', () => {
    expect(q2.snapshot.totalCents).toBe(usd(6_000)); // $120,000 × 5%
    const edited = [{ ...dealA, amountCents: usd(10_000) }, credit(dealB, ['2026-08-01', 30_000])];
    expect(statement('2026-Q2', edited, [q2])).toBe(q2.snapshot);
    // Nor does a program edited later: the closed quarter is the snapshot, and no correction follows from it.
    const raised = { ...program, rules: [{ ...rebate, bands: [{ from: 0, rateBps: 900 }] }] as IncentiveRule[] };
    expect(statement('2026-Q2', [dealA, dealB], [q2], [raised])).toBe(q2.snapshot);
    expect(adjustments(statement('2026-Q3', [dealA, dealB], [q2], [raised]))).toEqual([]);
  });

  it('claws back, next quarter, what a credit note issued after the close takes off', () => {
    // Birch credited $30,000 on Aug 1: Q2 recomputed = $80,000 + $10,000 = $90,000 at 2% = $1,800.
    // Clawback = $1,800 − $6,000 = −$4,200, on the first open statement after Q2 (Q3).
    const q3 = statement('2026-Q3', [dealA, credit(dealB, ['2026-08-01', 30_000])], [q2]);
    const [clawback] = adjustments(q3);
    expect(clawback).toMatchObject({ ruleKind: 'clawback', programId: '2026-Q2', amountCents: -usd(4_200), sourceIds: ['deal-b'] });
    expect(clawback!.basis).toMatchObject({ amount: usd(30_000), measure: 'cents' });
    expect(clawback!.calculation).toBe('$1,800 with the credit notes − $6,000 without = −$4,200');
    expect(q3.totalCents).toBe(-usd(4_200)); // no Q3 deals: the clawback is all of it
  });

  it('books a late edit as a correction, apart from the clawback', () => {
    // Aster corrected to $85,000 after the close: $85,000 + $40,000 = $125,000 at 5% = $6,250: correction +$250.
    // With Birch credited $30,000 too: $85,000 + $10,000 = $95,000 at 2% = $1,900: clawback $1,900 − $6,250 = −$4,350.
    // Together −$4,100 = $1,900 − $6,000: Q2 ends up paid on what it should have been.
    const q3 = statement('2026-Q3', [{ ...dealA, amountCents: usd(85_000) }, credit(dealB, ['2026-08-01', 30_000])], [q2]);
    expect(adjustments(q3).map((l) => [l.ruleKind, l.amountCents])).toEqual([
      ['correction', usd(250)],
      ['clawback', -usd(4_350)],
    ]);
    expect(adjustments(q3)[0]!.calculation).toBe('$6,250 recomputed − $6,000 closed = $250');
  });

  it('settles each change once: a later statement books only what changed since', () => {
    const q3Deals = [{ ...dealA, amountCents: usd(85_000) }, credit(dealB, ['2026-08-01', 30_000])];
    const q3 = close('2026-Q3', '2026-10-02', q3Deals, [q2]);
    // Nothing new in Q4: Q2 is settled by Q3's lines.
    expect(adjustments(statement('2026-Q4', q3Deals, [q2, q3]))).toEqual([]);
    // Birch's last $10,000 returned in Q4 (now credited in full, so dropped): Q2 = $85,000 at 2% = $1,700.
    // Clawback = $1,700 − $6,250 without the new notes − (−$4,350) clawed back in Q3 = −$200.
    const q4 = statement('2026-Q4', [q3Deals[0]!, credit(dealB, ['2026-08-01', 30_000], ['2026-11-05', 10_000])], [q2, q3]);
    expect(adjustments(q4).map((l) => [l.ruleKind, l.amountCents])).toEqual([['clawback', -usd(200)]]);
    expect(adjustments(q4)[0]!.calculation).toBe('$1,700 with the credit notes − $6,250 without − −$4,350 clawed back before = −$200');
  });

  it('books into the first open quarter only, not into every later one', () => {
    const late = [dealA, credit(dealB, ['2026-08-01', 30_000])];
    expect(adjustments(statement('2026-Q3', late, [q2]))).toHaveLength(1);
    expect(adjustments(statement('2026-Q4', late, [q2]))).toEqual([]);
  });

  it('matches the plain statement when nothing was closed', () => {
    const deals = [dealA, credit(dealB, ['2026-08-01', 30_000])];
    expect(statement('2026-Q2', deals)).toEqual(buildIncentiveStatement({ partner: reseller, programs: [program], opportunities: deals, certifications: [], quarter: '2026-Q2' }));
  });
});

describe('credit note validation', () => {
  const won = { ...dealB, territoryId: 'territory-1' };
  const issues = (deal: Opportunity) => (opportunitySchema.safeParse(deal).error?.issues ?? []).map((i) => [i.path.join('.'), i.message]);

  it('refuses a credit note on a deal that was not won, naming the field', () => {
    expect(issues({ ...credit(won, ['2026-06-20', 1_000]), stage: 'lost' })).toEqual([['creditNotes', 'can only be issued against a won deal']]);
  });
  it('refuses crediting more than was sold, naming the note that goes over', () => {
    // $40,000 sold: $30,000 then $10,000 is all of it; a cent more is over.
    expect(issues(credit(won, ['2026-06-20', 30_000], ['2026-06-21', 10_000]))).toEqual([]);
    expect(issues({ ...won, creditNotes: [{ issuedOn: '2026-06-20', amountCents: usd(40_000) + 1, reason: 'x' }] })).toEqual([['creditNotes.0.amountCents', 'would credit more than the deal amount']]);
  });
  it('refuses a credit note dated before the sale, and one of $0', () => {
    expect(issues(credit(won, ['2026-05-31', 1_000]))).toEqual([['creditNotes.0.issuedOn', 'cannot be before the deal closed']]);
    expect(issues({ ...won, creditNotes: [{ issuedOn: '2026-06-20', amountCents: 0, reason: 'x' }] })).toEqual([['creditNotes.0.amountCents', 'must be more than $0']]);
  });
});
