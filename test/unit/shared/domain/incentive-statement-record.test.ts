import { describe, expect, it } from 'vitest';
import type { IncentiveRule, Opportunity } from '../../../../shared/domain';
import { changeRefusal } from '../../../../shared/domain/change-rules';
import {
  closedStatementsOf,
  incentiveStatementRecordSchema,
  incentiveStatementUserPatchSchema,
  snapshotOf,
  stampStatementAct,
  type IncentiveStatementRecord,
} from '../../../../shared/domain/incentive-statement-record';
import { validate } from '../../../../shared/domain/validation';
import { quarterStatement } from '../../../../shared/incentives';
import { makeDeal, makePartner, makeProgram, usd } from '../incentives/factory';

const reseller = makePartner('reseller');
// Marginal rebate: 2% to $100,000, 5% above.
const rebate: IncentiveRule = { kind: 'tiered-rebate', mode: 'marginal', bands: [{ from: 0, rateBps: 200 }, { from: usd(100_000), rateBps: 500 }] };
const program = makeProgram('reseller', [rebate]);
// $150,000 won in Q2: $100,000 × 2% + $50,000 × 5% = $2,000 + $2,500 = $4,500.
const deal = makeDeal(reseller, { id: 'deal-1', amountCents: usd(150_000), closeOn: '2026-05-20' });

const closedRecord = (opportunities: Opportunity[] = [deal], over: Partial<IncentiveStatementRecord> = {}): IncentiveStatementRecord => {
  const statement = quarterStatement({ partner: reseller, programs: [program], opportunities, certifications: [], quarter: '2026-Q2', closed: [] });
  return incentiveStatementRecordSchema.parse({
    id: 'statement-1',
    territoryId: reseller.territoryId,
    updatedAt: '2026-07-02T09:00:00.000Z',
    deleted: false,
    partnerId: reseller.id,
    quarter: '2026-Q2',
    status: 'closed',
    snapshot: snapshotOf(statement),
    programsAtClose: [program],
    closedAt: '2026-07-02T09:00:00.000Z',
    closedByUserId: 'hq-user',
    closedByName: 'Hana HQ',
    approvedAt: null,
    approvedByUserId: null,
    approvedByName: null,
    paidOn: null,
    paidByUserId: null,
    paidByName: null,
    paymentReference: null,
    ...over,
  });
};

describe('the incentive statement record', () => {
  it('keeps the figures of the statement as it was closed, adjustment lines of any sign included', () => {
    const record = closedRecord();
    expect(record.snapshot.totalCents).toBe(usd(4_500));
    expect(record.snapshot.lines.map((l) => l.amountCents)).toEqual([usd(4_500)]);
    const negative = { ...record, snapshot: { ...record.snapshot, lines: [{ ...record.snapshot.lines[0]!, ruleKind: 'clawback' as const, amountCents: -usd(900) }] } };
    expect(validate(incentiveStatementRecordSchema, negative).ok).toBe(true);
  });

  it('refuses a record whose snapshot is of another partner or quarter, or paid without a date and reference', () => {
    const record = closedRecord();
    const wrong = validate(incentiveStatementRecordSchema, { ...record, quarter: '2026-Q3' });
    expect(wrong.ok ? [] : wrong.errors.map((e) => e.field)).toEqual(['snapshot.quarter']);
    const unpaid = validate(incentiveStatementRecordSchema, { ...record, status: 'paid', paidOn: '2026-08-01' });
    expect(unpaid.ok ? [] : unpaid.errors.map((e) => e.field)).toEqual(['paymentReference']);
    const tooMany = validate(incentiveStatementRecordSchema, { ...record, snapshot: { ...record.snapshot, lines: Array(501).fill(record.snapshot.lines[0]) } });
    expect(tooMany.ok ? [] : tooMany.errors.map((e) => e.field)).toEqual(['snapshot.lines']);
  });

  it('lets a device send only an approval, or a payment with its day and reference', () => {
    expect(validate(incentiveStatementUserPatchSchema, { status: 'approved' }).ok).toBe(true);
    expect(validate(incentiveStatementUserPatchSchema, { status: 'paid', paidOn: '2026-08-01', paymentReference: 'REM-118' }).ok).toBe(true);
    for (const forged of [
      { status: 'paid', paidOn: '2026-08-01' },
      { status: 'approved', approvedByUserId: 'someone' },
      { status: 'closed' },
      { status: 'approved', snapshot: { totalCents: 1 } },
    ]) {
      expect(validate(incentiveStatementUserPatchSchema, forged).ok, JSON.stringify(forged)).toBe(false);
    }
  });
});

describe('status transitions (change rule, asked by device and server)', () => {
  const TODAY = '2026-08-15';
  const closed = closedRecord();
  const approved = { ...closed, status: 'approved' as const, approvedAt: '2026-07-10T09:00:00.000Z', approvedByUserId: 'hq-user', approvedByName: 'Hana HQ' };
  const paid = { ...approved, status: 'paid' as const, paidOn: '2026-08-01', paymentReference: 'REM-118', paidByUserId: 'hq-user', paidByName: 'Hana HQ' };

  it('moves forward one step at a time', () => {
    expect(changeRefusal('incentiveStatements', closed, approved, TODAY)).toBeUndefined();
    expect(changeRefusal('incentiveStatements', approved, paid, TODAY)).toBeUndefined();
    expect(changeRefusal('incentiveStatements', closed, { ...paid }, TODAY)).toEqual({ field: 'status', reason: 'A statement is approved before it is marked paid.' });
    expect(changeRefusal('incentiveStatements', paid, approved, TODAY)?.field).toBe('status');
    expect(changeRefusal('incentiveStatements', approved, closed, TODAY)?.reason).toBe('A statement that is approved cannot go back to closed.');
  });

  it('never changes what was closed, and keeps a payment once made', () => {
    const forged = { ...closed, snapshot: { ...closed.snapshot, totalCents: usd(99_000) } };
    expect(changeRefusal('incentiveStatements', closed, forged, TODAY)?.field).toBe('snapshot');
    expect(changeRefusal('incentiveStatements', paid, { ...paid, paymentReference: 'REM-119' }, TODAY)?.field).toBe('paymentReference');
    expect(changeRefusal('incentiveStatements', approved, { ...paid, paidOn: '2026-06-30' }, TODAY)).toEqual({ field: 'paidOn', reason: 'A statement is paid on or after the day it was closed.' });
  });

  it('is marked paid today or on a day gone by, never on a day still to come', () => {
    // Paid today, 15 August: fine. Paid tomorrow, 16 August: finance has not paid it yet.
    expect(changeRefusal('incentiveStatements', approved, { ...paid, paidOn: TODAY }, TODAY)).toBeUndefined();
    expect(changeRefusal('incentiveStatements', approved, { ...paid, paidOn: '2026-08-16' }, TODAY)).toEqual({
      field: 'paidOn',
      reason: 'A statement is marked paid on the day it was paid, not a day still to come (Aug 16, 2026).',
    });
  });

  it('has the server write who acted and when, from the caller, only when the status moves', () => {
    const actor = { userId: 'hq-2', userName: 'Ivo HQ', at: '2026-07-11T08:00:00.000Z' };
    expect(stampStatementAct(closed, approved, actor)).toEqual({ approvedAt: actor.at, approvedByUserId: 'hq-2', approvedByName: 'Ivo HQ' });
    expect(stampStatementAct(approved, paid, actor)).toEqual({ paidByUserId: 'hq-2', paidByName: 'Ivo HQ' });
    expect(stampStatementAct(approved, approved, actor)).toEqual({});
  });
});

describe('a closed statement read back through quarterStatement', () => {
  it('is unchanged by a late deal edit and by a program edit; the late edit is a correction next quarter', () => {
    const record = closedRecord();
    const closed = closedStatementsOf([record], reseller.id);
    // After the close the deal is found to be $50,000 larger, and HQ raises the top band to 9%.
    const edited = [{ ...deal, amountCents: usd(200_000) }];
    const raised = { ...program, rules: [{ ...rebate, bands: [{ from: 0, rateBps: 200 }, { from: usd(100_000), rateBps: 900 }] }] as IncentiveRule[] };
    const q2 = quarterStatement({ partner: reseller, programs: [raised], opportunities: edited, certifications: [], quarter: '2026-Q2', closed });
    expect(q2.totalCents).toBe(usd(4_500));
    expect(q2.lines.map((l) => l.amountCents)).toEqual([usd(4_500)]);
    // Q3, the next open quarter, settles the late deal edit at the programs in force when Q2 closed (5%, not 9%):
    // recomputed $100,000 × 2% + $100,000 × 5% = $7,000, closed $4,500: a $2,500 correction; nothing for the program edit.
    const q3 = quarterStatement({ partner: reseller, programs: [raised], opportunities: edited, certifications: [], quarter: '2026-Q3', closed });
    expect(q3.lines.filter((l) => l.ruleKind === 'correction').map((l) => [l.label, l.amountCents])).toEqual([['Correction to 2026-Q2', usd(2_500)]]);
    // Only the program edit: no correction at all.
    const onlyProgram = quarterStatement({ partner: reseller, programs: [raised], opportunities: [deal], certifications: [], quarter: '2026-Q3', closed });
    expect(onlyProgram.lines.filter((l) => l.ruleKind === 'correction')).toEqual([]);
  });

  it('ignores other partners’ records and tombstones', () => {
    const record = closedRecord();
    expect(closedStatementsOf([record, { ...record, id: 'other', partnerId: 'someone-else' }, { ...record, id: 'gone', deleted: true }], reseller.id)).toHaveLength(1);
  });
});
