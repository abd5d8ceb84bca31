import { beforeAll, describe, expect, it } from 'vitest';
import { conflictSchema, type Conflict } from '../../../shared/domain/conflict';
import { newId } from '../../../shared/domain/ids';
import { formatHlc } from '../../../shared/sync/hlc';
import { hlcAt, partnerRecord, pullAll, push, signIn, type Session, type World } from './support';

/**
 * Records that carry authority are made by the server alone (DESIGN §5):
 * a device cannot forge a conflict record or rewrite one, and acting on one
 * is checked as the acting user's own write (issue 10, defect 1).
 */
export const serverMadeSuite = (getWorld: () => World): void =>
  void describe('server-made records', () => {
    let world: World;
    beforeAll(() => {
      world = getWorld();
    });

    const side = (session: Session, value: unknown) => ({
      value,
      hlc: hlcAt(session.clientId),
      userId: 'someone',
      userName: 'Someone',
      at: new Date().toISOString(),
    });
    const forged = (over: Partial<Conflict>): Conflict => ({
      id: newId(),
      territoryId: world.t1,
      updatedAt: new Date().toISOString(),
      deleted: false,
      table: 'partners',
      rowId: newId(),
      field: 'territoryId',
      rowLabel: 'Partner',
      kept: side(world.m1, world.t2),
      lost: side(world.m1, world.t1),
      status: 'open',
      ...over,
    });

    /** A genuine conflict: two people set one field of a partner in `territoryId` without seeing each other. */
    const genuineConflict = async (territoryId: string): Promise<{ conflict: Conflict; partnerId: string }> => {
      const p = partnerRecord(territoryId, { vertical: 'Original' });
      await push(world, world.hq, [{ table: 'partners', rowId: p.id, op: 'put', patch: p }]);
      const hq = await signIn(world.server.url, world.hq.email);
      await pullAll(world, hq);
      const base = hq.cursors[territoryId]!;
      await push(world, world.hq, [{ table: 'partners', rowId: p.id, op: 'put', patch: { vertical: 'Later' }, baseVersion: base }]);
      const lose = await push(world, hq, [{ table: 'partners', rowId: p.id, op: 'put', patch: { vertical: 'Earlier' }, baseVersion: base, hlc: hlcAt(hq.clientId, Date.now() - 5_000) }]);
      const { rows } = await pullAll(world, hq);
      const conflict = conflictSchema.parse(rows.find((r) => r.row.id === lose.body.results[0].conflictIds[0])?.row);
      return { conflict, partnerId: p.id };
    };

    it("refuses a conflict record pushed by a device, about any record, and stores none of it", async () => {
      const south = partnerRecord(world.t2);
      await push(world, world.hq, [{ table: 'partners', rowId: south.id, op: 'put', patch: south }]);
      const aboutSouth = forged({ rowId: south.id, territoryId: world.t1 });
      const aboutRules = forged({ table: 'tierRuleSets', rowId: 'tier-rules-isv', field: 'requirements', territoryId: world.t1, lost: side(world.m1, []) });
      const byHq = forged({ rowId: south.id, territoryId: world.t2 });
      const m1 = await push(world, world.m1, [
        { table: 'conflicts', rowId: aboutSouth.id, op: 'put', patch: aboutSouth },
        { table: 'conflicts', rowId: aboutRules.id, op: 'put', patch: aboutRules },
      ]);
      expect(m1.body.results.map((r: { code: string }) => r.code)).toEqual(['forbidden', 'forbidden']);
      expect(m1.body.results[0].reason).toMatch(/server makes conflict records/);
      // Not even HQ's own device may make one: only the server's merge does.
      const hq = await push(world, world.hq, [{ table: 'conflicts', rowId: byHq.id, op: 'put', patch: byHq }]);
      expect(hq.body.results[0]).toMatchObject({ status: 'rejected', code: 'forbidden' });
      const { rows } = await pullAll(world, await signIn(world.server.url, world.hq.email));
      expect(rows.some((r) => [aboutSouth.id, aboutRules.id, byHq.id].includes(r.row.id))).toBe(false);
    });

    it("lets a device restore or dismiss a conflict the server made, and change nothing else of it", async () => {
      const { conflict, partnerId } = await genuineConflict(world.t1);
      const m1 = await signIn(world.server.url, world.m1.email);
      await pullAll(world, m1);
      const rewrite = await push(world, m1, [
        { table: 'conflicts', rowId: conflict.id, op: 'put', patch: { rowId: newId(), lost: side(m1, world.t2), status: 'restored' } },
        { table: 'conflicts', rowId: conflict.id, op: 'put', patch: { status: 'open' } },
        { table: 'conflicts', rowId: conflict.id, op: 'delete', patch: {} },
      ]);
      expect(rewrite.body.results.map((r: { code: string }) => r.code)).toEqual(['bad_request', 'bad_request', 'forbidden']);
      expect(rewrite.body.results[0].fields).toMatchObject({ body: expect.stringMatching(/unknown fields: rowId, lost/) });

      // Restoring: the field write is the manager's own edit, and the conflict is marked in the same push.
      const restore = await push(world, m1, [
        { table: 'partners', rowId: partnerId, op: 'put', patch: { vertical: conflict.lost.value }, baseVersion: m1.cursors[world.t1]! },
        { table: 'conflicts', rowId: conflict.id, op: 'put', patch: { status: 'restored', updatedAt: new Date().toISOString() }, baseVersion: m1.cursors[world.t1]! },
      ]);
      expect(restore.body.results.map((r: { status: string }) => r.status)).toEqual(['applied', 'applied']);
      const { rows } = await pullAll(world, m1);
      expect(rows.find((r) => r.row.id === conflict.id)?.row).toMatchObject({ status: 'restored', rowId: partnerId, field: 'vertical', lost: conflict.lost });
      expect(rows.find((r) => r.row.id === partnerId)?.row.vertical).toBe('Earlier');
    });

    it("checks acting on a conflict as the user's own write of the record it is about", async () => {
      const { conflict } = await genuineConflict(world.t2);
      const act = await push(world, world.m1, [{ table: 'conflicts', rowId: conflict.id, op: 'put', patch: { status: 'dismissed' } }]);
      // Another territory's conflict does not exist for this manager.
      expect(act.body.results[0]).toMatchObject({ status: 'rejected', code: 'not_found', current: null });
    });

    it('refuses to act on a conflict a device forged before the server checked, even for HQ', async () => {
      // What an earlier server let through: a conflict row written by a manager's device, not by the server.
      const south = partnerRecord(world.t2);
      await push(world, world.hq, [{ table: 'partners', rowId: south.id, op: 'put', patch: south }]);
      const legacy = forged({ rowId: south.id, territoryId: world.t2, lost: side(world.m1, world.t1) });
      const clock = { hlc: formatHlc({ wallMs: Date.now(), counter: 0, node: world.m1.clientId }), version: 1, clientId: world.m1.clientId, userId: 'manager' };
      await world.server.store.query(
        `insert into records (tbl, id, territory_id, data, fields, version, deleted) values ('conflicts', $1, $2, $3, $4, 1, false)`,
        [legacy.id, world.t2, JSON.stringify(legacy), JSON.stringify({ '*': clock })],
      );
      const restore = await push(world, world.hq, [{ table: 'conflicts', rowId: legacy.id, op: 'put', patch: { status: 'restored' } }]);
      expect(restore.body.results[0]).toMatchObject({ status: 'rejected', code: 'forbidden' });
    });
  });
