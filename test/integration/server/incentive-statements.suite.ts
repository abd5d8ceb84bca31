import { beforeAll, describe, expect, it } from 'vitest';
import { GLOBAL_TERRITORY } from '../../../shared/domain/common';
import { newId } from '../../../shared/domain/ids';
import type { IncentiveProgram } from '../../../shared/domain/incentive-program';
import { incentiveStatementRecordSchema, type IncentiveStatementRecord } from '../../../shared/domain/incentive-statement-record';
import { routes } from '../../../shared/sync/protocol';
import { buildDeal, buildPartner, usd } from '../../support/records';
import { call, pullAll, push, signIn, type Session, type World } from './support';

/**
 * The statement lifecycle (DESIGN §2): HQ closes a quarter through the
 * server, which computes and writes the frozen record (server-made, §5);
 * approving and paying are HQ's own synced changes, checked on the server,
 * which writes who and when; a manager's device sees the result by pull.
 */
export const incentiveStatementsSuite = (getWorld: () => World): void =>
  void describe('incentive statements', () => {
    let world: World;
    beforeAll(() => {
      world = getWorld();
    });

    const QUARTER = '2026-Q3';
    // Paid on the day it is closed: the earliest day a payment may be dated.
    const today = () => new Date().toISOString().slice(0, 10);
    /** A flat 10% rebate for resellers in Q3, beside the demo's reseller program: pushed once, as a program is. */
    let program: IncentiveProgram | undefined;
    const flatRebate = async (): Promise<IncentiveProgram> => {
      if (program) return program;
      program = {
        id: newId(),
        territoryId: GLOBAL_TERRITORY,
        updatedAt: new Date().toISOString(),
        deleted: false,
        name: 'Flat rebate',
        partnerType: 'reseller',
        effectiveFrom: '2026-07-01',
        effectiveTo: '2026-09-30',
        rules: [{ kind: 'tiered-rebate', mode: 'marginal', bands: [{ from: 0, rateBps: 1_000 }] }],
      };
      const made = await push(world, world.hq, [{ table: 'incentivePrograms', rowId: program.id, op: 'put', patch: program }]);
      expect(made.body.results[0].status).toBe('applied');
      return program;
    };
    /** A reseller in North with a $10,000 resale deal won in Q3. */
    const reseller = async () => {
      const now = new Date().toISOString();
      const partner = { ...buildPartner('reseller', { id: newId(), territoryId: world.t1, name: `Reseller ${newId().slice(-6)}` }), updatedAt: now };
      const deal = buildDeal({ id: newId(), territoryId: world.t1, updatedAt: now, partnerId: partner.id, partnerRole: 'sourced', channel: 'resale', amountCents: usd(10_000), closeOn: '2026-08-14' });
      const made = await push(world, world.hq, [
        { table: 'partners', rowId: partner.id, op: 'put', patch: partner },
        { table: 'opportunities', rowId: deal.id, op: 'put', patch: deal },
      ]);
      expect(made.body.results.map((r: { status: string }) => r.status)).toEqual(['applied', 'applied']);
      return { partner, deal, program: await flatRebate() };
    };

    const close = (session: Session, body: unknown) => call(world.server.url, routes.closeStatement, { token: session.tokens.accessToken, body });
    const pulledStatement = async (session: Session, id: string): Promise<IncentiveStatementRecord | undefined> => {
      const { rows } = await pullAll(world, session);
      const row = rows.find((r) => r.table === 'incentiveStatements' && r.row.id === id)?.row;
      return row && incentiveStatementRecordSchema.parse(row);
    };

    it('HQ closes an ended quarter: the server computes the snapshot, and closing again is a no-op', async () => {
      const { partner, deal, program } = await reseller();
      const closed = await close(world.hq, { partnerId: partner.id, quarter: QUARTER });
      expect(closed.status).toBe(200);
      expect(closed.body.closed).toEqual([{ id: expect.any(String), partnerId: partner.id, quarter: QUARTER }]);

      const m1 = await signIn(world.server.url, world.m1.email);
      const record = await pulledStatement(m1, closed.body.closed[0].id);
      expect(record).toMatchObject({ status: 'closed', partnerId: partner.id, quarter: QUARTER, closedByUserId: world.hq.tokens.user.id, closedByName: 'Hana HQ', approvedAt: null });
      // $10,000 × 10% = $1,000 from the program of its own, beside the demo's reseller program.
      expect(record!.snapshot.lines.find((l) => l.programId === program.id)).toMatchObject({ amountCents: usd(1_000), label: expect.any(String) });
      expect(record!.programsAtClose.map((p) => p.id)).toContain(program.id);

      const again = await close(world.hq, { partnerId: partner.id, quarter: QUARTER });
      expect(again.status).toBe(200);
      expect(again.body).toEqual({ closed: [], alreadyClosed: [{ id: record!.id, partnerId: partner.id, quarter: QUARTER }], refused: [] });

      // A deal edited after the close leaves the closed statement as it was.
      await push(world, world.hq, [{ table: 'opportunities', rowId: deal.id, op: 'put', patch: { amountCents: usd(90_000) } }]);
      expect((await pulledStatement(await signIn(world.server.url, world.m1.email), record!.id))!.snapshot).toEqual(record!.snapshot);
    });

    it('closes an SI’s quarter with the deal it is on beside a reseller: the server finds it by the other partners named on the deal', async () => {
      const now = new Date().toISOString();
      const siProgram: IncentiveProgram = {
        id: newId(),
        territoryId: GLOBAL_TERRITORY,
        updatedAt: now,
        deleted: false,
        name: 'SI attach',
        partnerType: 'si',
        effectiveFrom: '2026-07-01',
        effectiveTo: '2026-09-30',
        rules: [{ kind: 'implementation-attach', rateBps: 1_000 }],
      };
      const si = { ...buildPartner('si', { id: newId(), territoryId: world.t1, name: `SI ${newId().slice(-6)}` }), updatedAt: now };
      const { partner } = await reseller();
      // The reseller's deal, with the SI named beside it implementing $20,000 of services.
      const shared = buildDeal({
        id: newId(),
        territoryId: world.t1,
        updatedAt: now,
        partnerId: partner.id,
        partnerRole: 'sourced',
        channel: 'resale',
        amountCents: usd(50_000),
        servicesAttachedCents: usd(20_000),
        closeOn: '2026-09-02',
        coPartners: [{ partnerId: si.id, role: 'influenced' }],
      });
      const made = await push(world, world.hq, [
        { table: 'incentivePrograms', rowId: siProgram.id, op: 'put', patch: siProgram },
        { table: 'partners', rowId: si.id, op: 'put', patch: si },
        { table: 'opportunities', rowId: shared.id, op: 'put', patch: shared },
      ]);
      expect(made.body.results.map((r: { status: string }) => r.status)).toEqual(['applied', 'applied', 'applied']);
      const closed = await close(world.hq, { partnerId: si.id, quarter: QUARTER });
      expect(closed.status).toBe(200);
      const record = await pulledStatement(world.hq, closed.body.closed[0].id);
      // Full credit (HQ set no rule): $20,000 of services × 10% = $2,000.
      expect(record!.snapshot.lines.find((l) => l.programId === siProgram.id)).toMatchObject({ amountCents: usd(2_000) });
    });

    it('refuses a close by a manager, of a quarter not ended, of an unknown partner, and a hostile body, naming the field', async () => {
      const { partner } = await reseller();
      const byManager = await close(world.m1, { partnerId: partner.id, quarter: QUARTER });
      expect(byManager.status).toBe(403);
      expect(byManager.body.error).toMatchObject({ code: 'forbidden', message: 'Only HQ closes incentive statements.' });

      const current = await close(world.hq, { partnerId: partner.id, quarter: '2026-Q4' });
      expect(current.status).toBe(400);
      expect(current.body.error.fields).toEqual({ quarter: '2026-Q4 has not ended yet (it ends on Dec 31, 2026)' });

      const unknown = await close(world.hq, { partnerId: newId(), quarter: QUARTER });
      expect(unknown.status).toBe(404);
      expect(unknown.body.error.fields).toHaveProperty('partnerId');

      for (const body of [{ partnerId: partner.id, quarter: '2026-Q5' }, { partnerId: partner.id, quarter: QUARTER, snapshot: {} }, { quarter: QUARTER }]) {
        const answer = await close(world.hq, body);
        expect(answer.status, JSON.stringify(body)).toBe(400);
        expect(Object.keys(answer.body.error.fields ?? {}).length, JSON.stringify(body)).toBeGreaterThan(0);
      }
      const { rows } = await pullAll(world, await signIn(world.server.url, world.hq.email));
      expect(rows.some((r) => r.table === 'incentiveStatements' && r.row.partnerId === partner.id)).toBe(false);
    });

    it('closes every partner of a territory in one call, each once', async () => {
      const [a, b] = [await reseller(), await reseller()];
      const answer = await call(world.server.url, routes.closeStatements, { token: world.hq.tokens.accessToken, body: { quarter: QUARTER, territoryId: world.t1 } });
      expect(answer.status).toBe(200);
      const closedIds = answer.body.closed.map((c: { partnerId: string }) => c.partnerId);
      expect(closedIds).toEqual(expect.arrayContaining([a.partner.id, b.partner.id]));
      const again = await call(world.server.url, routes.closeStatements, { token: world.hq.tokens.accessToken, body: { quarter: QUARTER, territoryId: world.t1 } });
      expect(again.body.closed).toEqual([]);
      expect(again.body.alreadyClosed.map((c: { partnerId: string }) => c.partnerId)).toEqual(expect.arrayContaining(closedIds));
    });

    it("refuses a manager's approval naming the field; HQ approves and pays by push, the server says who and when, and the manager's device sees it paid", async () => {
      const { partner } = await reseller();
      const id = (await close(world.hq, { partnerId: partner.id, quarter: QUARTER })).body.closed[0].id as string;
      const m1 = await signIn(world.server.url, world.m1.email);
      const closed = await pulledStatement(m1, id);

      const byManager = await push(world, m1, [{ table: 'incentiveStatements', rowId: id, op: 'put', patch: { status: 'approved' } }]);
      expect(byManager.body.results[0]).toMatchObject({ status: 'rejected', code: 'forbidden', fields: { status: 'Only HQ can change incentive statement records.' } });
      expect(byManager.body.results[0].current).toMatchObject({ status: 'closed' });

      // HQ works offline: a device queues the approval and the payment, and pushes them together later.
      const hq = await signIn(world.server.url, world.hq.email);
      await pullAll(world, hq);
      const acted = await push(world, hq, [
        { table: 'incentiveStatements', rowId: id, op: 'put', patch: { status: 'approved', updatedAt: new Date().toISOString() }, baseVersion: hq.cursors[world.t1]! },
        { table: 'incentiveStatements', rowId: id, op: 'put', patch: { status: 'paid', paidOn: today(), paymentReference: 'REM-2026-118' }, baseVersion: hq.cursors[world.t1]! },
      ]);
      expect(acted.body.results.map((r: { status: string; reason?: string }) => r.reason ?? r.status)).toEqual(['applied', 'applied']);

      const paid = await pulledStatement(m1, id);
      expect(paid).toMatchObject({
        status: 'paid',
        approvedByUserId: world.hq.tokens.user.id,
        approvedByName: 'Hana HQ',
        approvedAt: expect.any(String),
        paidOn: today(),
        paymentReference: 'REM-2026-118',
        paidByUserId: world.hq.tokens.user.id,
        paidByName: 'Hana HQ',
      });
      expect(paid!.snapshot).toEqual(closed!.snapshot);
    });

    it('refuses a forged snapshot, a made-up approver, a skipped step and a record made by a device, storing none of it', async () => {
      const { partner } = await reseller();
      const id = (await close(world.hq, { partnerId: partner.id, quarter: QUARTER })).body.closed[0].id as string;
      const hq = await signIn(world.server.url, world.hq.email);
      const stored = (await pulledStatement(hq, id))!;
      const forged = { ...stored.snapshot, totalCents: usd(1_000_000) };
      const answer = await push(world, hq, [
        { table: 'incentiveStatements', rowId: id, op: 'put', patch: { snapshot: forged } },
        { table: 'incentiveStatements', rowId: id, op: 'put', patch: { status: 'approved', approvedByUserId: 'someone-else' } },
        { table: 'incentiveStatements', rowId: id, op: 'put', patch: { status: 'paid', paidOn: '2026-10-15', paymentReference: 'REM-1' } },
        { table: 'incentiveStatements', rowId: newId(), op: 'put', patch: { ...stored, id: newId(), snapshot: forged } },
      ]);
      expect(answer.body.results.map((r: { code: string }) => r.code)).toEqual(['bad_request', 'bad_request', 'forbidden', 'forbidden']);
      expect(answer.body.results[2].fields).toEqual({ status: 'A statement is approved before it is marked paid.' });
      expect(await pulledStatement(await signIn(world.server.url, world.hq.email), id)).toEqual(stored);
    });
  });
