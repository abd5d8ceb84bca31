import { beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../../shared/domain/ids';
import { routes } from '../../../shared/sync/protocol';
import { GLOBAL_TERRITORY, call, openEvents, partnerRecord, pullAll, push, signIn, type World } from './support';

export const scopeSuite = (getWorld: () => World): void =>
  void describe('territory scope', () => {
    let world: World;
    let southPartner: ReturnType<typeof partnerRecord>;
    beforeAll(async () => {
      world = getWorld();
      southPartner = partnerRecord(world.t2);
      await push(world, world.m2, [{ table: 'partners', rowId: southPartner.id, op: 'put', patch: southPartner }]);
    });

    it('pulls a manager its own territory and global, never another territory, whatever cursors it sends', async () => {
      const m1 = await signIn(world.server.url, world.m1.email);
      m1.cursors = { [world.t2]: 0, 'made-up': 0 };
      const { rows, territories } = await pullAll(world, m1);
      expect(territories.sort()).toEqual([world.t1, GLOBAL_TERRITORY].sort());
      expect(rows.every((r) => r.row.territoryId === world.t1 || r.row.territoryId === GLOBAL_TERRITORY)).toBe(true);
      expect(rows.some((r) => r.row.id === southPartner.id)).toBe(false);
      expect(Object.keys(m1.cursors).sort()).toEqual([world.t1, GLOBAL_TERRITORY].sort());
    });

    it('rejects a manager writing into another territory, or moving a record there, and shows nothing of it', async () => {
      const intruder = partnerRecord(world.t2);
      const mine = partnerRecord(world.t1);
      const answer = await push(world, world.m1, [
        { table: 'partners', rowId: intruder.id, op: 'put', patch: intruder },
        { table: 'partners', rowId: southPartner.id, op: 'put', patch: { name: 'Taken over' } },
        { table: 'partners', rowId: southPartner.id, op: 'delete', patch: {} },
        { table: 'partners', rowId: mine.id, op: 'put', patch: mine },
        { table: 'partners', rowId: mine.id, op: 'put', patch: { territoryId: world.t2 } },
        // A create with the id of the other territory's record is an edit of it: refused too.
        { table: 'partners', rowId: southPartner.id, op: 'put', patch: { ...southPartner, territoryId: world.t1 } },
      ]);
      const results = answer.body.results;
      expect(results.map((r: { status: string }) => r.status)).toEqual(['rejected', 'rejected', 'rejected', 'applied', 'rejected', 'rejected']);
      expect(results[0]).toMatchObject({ code: 'forbidden', current: null });
      // Another territory's record is answered as one that does not exist: the answer must not confirm it does.
      const missing = await push(world, world.m1, [{ table: 'partners', rowId: newId(), op: 'put', patch: { name: 'Taken over' } }]);
      for (const i of [1, 2, 5]) {
        expect(results[i]).toMatchObject({ code: 'not_found', current: null });
        expect(results[i].reason).toBe(missing.body.results[0].reason);
      }
      expect(results[4]).toMatchObject({ code: 'forbidden' });
      expect(results[4].current).toMatchObject({ id: mine.id, territoryId: world.t1 });
      const { rows } = await pullAll(world, await signIn(world.server.url, world.hq.email));
      expect(rows.find((r) => r.row.id === southPartner.id)?.row.name).toBe(southPartner.name);
      expect(rows.some((r) => r.row.id === intruder.id)).toBe(false);
    });

    it('lets only HQ write global and the program tables', async () => {
      const territory = { id: newId(), territoryId: '', updatedAt: new Date().toISOString(), deleted: false, name: 'Rogue', region: 'X' };
      territory.territoryId = territory.id;
      const programWide = partnerRecord(GLOBAL_TERRITORY);
      const byManager = await push(world, world.m1, [
        { table: 'territories', rowId: territory.id, op: 'put', patch: territory },
        { table: 'partners', rowId: programWide.id, op: 'put', patch: programWide },
      ]);
      expect(byManager.body.results.map((r: { code: string }) => r.code)).toEqual(['forbidden', 'forbidden']);
      const byHq = await push(world, world.hq, [{ table: 'territories', rowId: territory.id, op: 'put', patch: territory }]);
      expect(byHq.body.results[0].status).toBe('applied');
    });

    it('refuses a device id that belongs to another user', async () => {
      const m2 = await signIn(world.server.url, world.m2.email);
      m2.clientId = world.m1.clientId;
      m2.nextMutationId = 10_000;
      const p = partnerRecord(world.t2);
      const answer = await push(world, m2, [{ table: 'partners', rowId: p.id, op: 'put', patch: p }]);
      expect(answer.status).toBe(403);
      expect(answer.body.error.code).toBe('forbidden');
    });

    it('pokes a manager for its territories only, through the header or the query token', async () => {
      const north = await openEvents(world.server.url, world.m1.tokens.accessToken);
      const south = await openEvents(world.server.url, world.m2.tokens.accessToken, true);
      const hq = await openEvents(world.server.url, world.hq.tokens.accessToken);
      try {
        expect([north.status, south.status, hq.status]).toEqual([200, 200, 200]);
        const p = partnerRecord(world.t2);
        await push(world, world.m2, [{ table: 'partners', rowId: p.id, op: 'put', patch: p }]);
        expect(await south.until(() => south.pokes.some((x) => x.territories.includes(world.t2)))).toBe(true);
        expect(await hq.until(() => hq.pokes.some((x) => x.territories.includes(world.t2)))).toBe(true);
        const q = partnerRecord(world.t1);
        await push(world, world.m1, [{ table: 'partners', rowId: q.id, op: 'put', patch: q }]);
        expect(await north.until(() => north.pokes.length > 0)).toBe(true);
        expect(north.pokes.flatMap((x) => x.territories)).toEqual([world.t1]);
        expect(south.pokes.flatMap((x) => x.territories).includes(world.t1)).toBe(false);
      } finally {
        north.close();
        south.close();
        hq.close();
      }
      const refused = await openEvents(world.server.url, 'forged.token');
      expect(refused.status).toBe(401);
    });

    it('ends the event stream when its session is closed', async () => {
      const session = await signIn(world.server.url, world.m1.email);
      const stream = await openEvents(world.server.url, session.tokens.accessToken);
      const other = await openEvents(world.server.url, world.m1.tokens.accessToken);
      await call(world.server.url, routes.signOut, { method: 'POST', token: session.tokens.accessToken });
      expect(await stream.until(() => stream.ended)).toBe(true);
      expect(other.ended).toBe(false);
      other.close();
    });
  });
