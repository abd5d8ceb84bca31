import { describe, expect, it } from 'vitest';
import { createRepository } from '../../../../renderer/db/repository';
import { closeBlocked, statementStatusText } from '../../../../renderer/features/incentives/statement-status';
import { ValidationError } from '../../../../shared/domain/validation';
import { statementRecord } from '../../../support/statement-records';
import { freshDb, NORTH } from '../db/factory';

const partner = { id: 'partner-1', name: 'Northwind', partnerType: 'reseller' as const, territoryId: NORTH };
const closed = statementRecord(partner, '2026-Q2', 450_000, null, { status: 'closed', approvedAt: null, approvedByUserId: null, approvedByName: null });

describe('where a statement stands, in words', () => {
  it('reads open, closed, approved and paid with who and when', () => {
    expect(statementStatusText(undefined)).toBe('Open — accruing');
    expect(statementStatusText(closed)).toBe('Closed on Jul 2, 2026 by Hana HQ');
    expect(statementStatusText(statementRecord(partner, '2026-Q2', 450_000, null))).toBe('Approved on Jul 5, 2026 by Hana HQ · Closed on Jul 2, 2026 by Hana HQ');
    expect(statementStatusText(statementRecord(partner, '2026-Q2', 450_000, '2026-08-10'))).toBe(
      'Paid on Aug 10, 2026 ref REM-1 by Hana HQ · Approved on Jul 5, 2026 by Hana HQ',
    );
    // Approved on this device, not yet synced: the server has not said who and when.
    expect(statementStatusText({ ...closed, status: 'approved' })).toBe('Approved here; the server records who and when once it syncs · Closed on Jul 2, 2026 by Hana HQ');
  });

  it('says why HQ cannot close a statement now', () => {
    const q4 = { end: '2026-12-31' };
    const q3 = { end: '2026-09-30' };
    expect(closeBlocked(q3, '2026-11-22', { demo: true, offline: false })).toMatch(/demo workspace has none/);
    expect(closeBlocked(q3, '2026-11-22', { demo: false, offline: true })).toMatch(/this device is offline/);
    expect(closeBlocked(q4, '2026-11-22', { demo: false, offline: false })).toBe('The quarter is not over: it ends on Dec 31, 2026.');
    expect(closeBlocked(q3, '2026-11-22', { demo: false, offline: false })).toBeNull();
  });
});

describe('acting on a statement on the device', () => {
  const setup = async () => {
    const { db } = freshDb();
    const repo = createRepository(db, { now: () => Date.UTC(2026, 7, 10, 9) });
    await repo.bulkLoad({ incentiveStatements: [closed] });
    return { db, repo };
  };

  it('queues an approval and a payment as the status alone (and the payment’s day and reference), for the server to stamp', async () => {
    const { db, repo } = await setup();
    const approved = await repo.update('incentiveStatements', closed.id, { ...closed, status: 'approved' }, { opened: closed });
    await repo.update('incentiveStatements', closed.id, { ...approved, status: 'paid', paidOn: '2026-08-10', paymentReference: 'REM-9' }, { opened: approved });
    expect((await db.outbox.toArray()).map((e) => e.patch)).toEqual([
      { status: 'approved', updatedAt: expect.any(String) },
      { status: 'paid', paidOn: '2026-08-10', paymentReference: 'REM-9', updatedAt: expect.any(String) },
    ]);
  });

  it('refuses, before anything is queued, a skipped step, a changed snapshot and a record of its own', async () => {
    const { db, repo } = await setup();
    await expect(repo.update('incentiveStatements', closed.id, { ...closed, status: 'paid', paidOn: '2026-08-10', paymentReference: 'REM-9' }, { opened: closed })).rejects.toThrow(
      'A statement is approved before it is marked paid.',
    );
    const forged = { ...closed, snapshot: { ...closed.snapshot, totalCents: 1 } };
    await expect(repo.update('incentiveStatements', closed.id, forged, { opened: closed })).rejects.toThrow(ValidationError);
    const { id: _id, updatedAt: _at, deleted: _deleted, ...fields } = closed;
    await expect(repo.create('incentiveStatements', { ...fields, id: 'mine' })).rejects.toThrow(/made by the server/);
    expect(await db.outbox.count()).toBe(0);
  });
});
