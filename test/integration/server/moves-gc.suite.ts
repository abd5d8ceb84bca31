import { beforeAll, describe, expect, it } from 'vitest';
import { routes } from '../../../shared/sync/protocol';
import { collectGarbage } from '../../../server/sync/gc';
import { call, contactRecord, partnerRecord, pullAll, push, signIn, type World } from './support';

export const movesAndGcSuite = (getWorld: () => World): void =>
  void describe('territory moves, epochs and garbage collection', () => {
    let world: World;
    beforeAll(() => {
      world = getWorld();
    });

    it('moves a partner with its children and conflicts, evicting them from the old territory', async () => {
      const partner = partnerRecord(world.t1, { vertical: 'Start' });
      const contact = contactRecord(partner);
      await push(world, world.m1, [
        { table: 'partners', rowId: partner.id, op: 'put', patch: partner },
        { table: 'contacts', rowId: contact.id, op: 'put', patch: contact },
      ]);
      // A conflict about the partner, so there is one to move.
      const conflicted = await push(world, world.hq, [{ table: 'partners', rowId: partner.id, op: 'put', patch: { vertical: 'HQ view' }, baseVersion: 0 }]);
      const conflictId = conflicted.body.results[0].conflictIds[0] as string;
      expect(conflictId).toBeDefined();

      const north = await signIn(world.server.url, world.m1.email);
      const south = await signIn(world.server.url, world.m2.email);
      await pullAll(world, north);
      await pullAll(world, south);

      const moved = await push(world, world.hq, [{ table: 'partners', rowId: partner.id, op: 'put', patch: { territoryId: world.t2 }, baseVersion: 10_000 }]);
      expect(moved.body.results[0].status).toBe('applied');

      const northPull = await pullAll(world, north);
      expect(northPull.evicted.map((e) => e.rowId).sort()).toEqual([partner.id, contact.id, conflictId].sort());
      expect(northPull.evicted.every((e) => e.territoryId === world.t1)).toBe(true);
      expect(northPull.rows.some((r) => [partner.id, contact.id, conflictId].includes(r.row.id))).toBe(false);

      const southPull = await pullAll(world, south);
      const southIds = southPull.rows.map((r) => r.row.id);
      expect(southIds).toEqual(expect.arrayContaining([partner.id, contact.id, conflictId]));
      expect(southPull.rows.filter((r) => [partner.id, contact.id, conflictId].includes(r.row.id)).every((r) => r.row.territoryId === world.t2)).toBe(true);

      // The old manager can no longer write it (to them it is gone); a child made offline for it lands in the
      // partner's new territory, which is not theirs either.
      const late = contactRecord({ ...partner, territoryId: world.t1 });
      const attempt = await push(world, world.m1, [
        { table: 'partners', rowId: partner.id, op: 'put', patch: { vertical: 'Too late' } },
        { table: 'contacts', rowId: late.id, op: 'put', patch: late },
      ]);
      expect(attempt.body.results.map((r: { code: string }) => r.code)).toEqual(['not_found', 'forbidden']);
      const lateBySouth = contactRecord({ ...partner, territoryId: world.t1 });
      const placed = await push(world, world.m2, [{ table: 'contacts', rowId: lateBySouth.id, op: 'put', patch: lateBySouth }]);
      expect(placed.body.results[0].status).toBe('applied');
      const again = await pullAll(world, south);
      expect(again.rows.find((r) => r.row.id === lateBySouth.id)?.row.territoryId).toBe(world.t2);
    });

    it('answers a pull from another epoch with a reset', async () => {
      const m1 = await signIn(world.server.url, world.m1.email);
      const answer = await call(world.server.url, routes.pull, {
        token: m1.tokens.accessToken,
        body: { clientId: m1.clientId, schemaVersion: 1, cursors: {}, epoch: 'restored-from-backup' },
      });
      expect(answer.status).toBe(200);
      expect(answer.body).toMatchObject({ status: 'reset', reason: 'epoch', epoch: world.server.epoch });
    });

    it('collects old tombstones and resets a client whose cursor is behind the horizon', async () => {
      const partner = partnerRecord(world.t1);
      await push(world, world.m1, [{ table: 'partners', rowId: partner.id, op: 'put', patch: partner }]);
      const behind = await signIn(world.server.url, world.m1.email);
      await pullAll(world, behind);
      await push(world, world.m1, [{ table: 'partners', rowId: partner.id, op: 'delete', patch: {} }]);
      const current = await signIn(world.server.url, world.m1.email);
      await pullAll(world, current);

      const top = Number((await world.server.store.query<{ value: string }>('select value from version_counter'))[0]!.value);
      const result = await collectGarbage(world.server.store, top);
      expect(result.tombstones).toBeGreaterThan(0);
      expect(result.horizon).toBe(top);

      // Its pass began before the delete: the epoch it echoes says so, and the server starts it over.
      expect(behind.epoch).toMatch(new RegExp(`^${world.server.epoch}\\.\\d+$`));
      const stale = await call(world.server.url, routes.pull, {
        token: behind.tokens.accessToken,
        body: { clientId: behind.clientId, schemaVersion: 1, cursors: behind.cursors, epoch: behind.epoch },
      });
      expect(stale.body).toMatchObject({ status: 'reset', reason: 'horizon', epoch: world.server.epoch });
      // So does an older client that echoes only the server's epoch: it cannot say when its pass began.
      const bare = await call(world.server.url, routes.pull, {
        token: behind.tokens.accessToken,
        body: { clientId: behind.clientId, schemaVersion: 1, cursors: behind.cursors, epoch: world.server.epoch },
      });
      expect(bare.body).toMatchObject({ status: 'reset', reason: 'horizon' });
      // A client that has seen everything carries on; a first sync starts from zero without the tombstone.
      expect((await pullAll(world, current)).rows).toHaveLength(0);
      const fresh = await pullAll(world, await signIn(world.server.url, world.m1.email));
      expect(fresh.rows.some((r) => r.row.id === partner.id)).toBe(false);
    });

    it('lets a first pull that takes many pages finish after a collection, though its cursors sit below the horizon', async () => {
      // Enough records that a first pull of one row a page stops part-way through the territory, below the horizon.
      const partners = Array.from({ length: 4 }, () => partnerRecord(world.t1));
      await push(world, world.m1, partners.map((p) => ({ table: 'partners', rowId: p.id, op: 'put' as const, patch: p })));
      const top = Number((await world.server.store.query<{ value: string }>('select value from version_counter'))[0]!.value);
      const { horizon } = await collectGarbage(world.server.store, top);
      expect(horizon).toBe(top);

      const newDevice = await signIn(world.server.url, world.m1.email);
      const first = await pullAll(world, newDevice, 1);
      expect(first.pages).toBeGreaterThan(4);
      for (const p of partners) expect(first.rows.some((r) => r.row.id === p.id), p.name).toBe(true);
    });
  });
