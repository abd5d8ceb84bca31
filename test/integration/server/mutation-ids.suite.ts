import { beforeAll, describe, expect, it } from 'vitest';
import { SCHEMA_VERSION, routes } from '../../../shared/sync/protocol';
import { call, hlcAt, partnerRecord, pullAll, signIn, type Session, type World } from './support';

/**
 * Change numbers rise strictly per device (DESIGN §5). "duplicate" means
 * exactly this change was taken before; anything else at or below the last
 * number is refused so the device can act, never dropped as done (issue 10,
 * defect 4).
 */
export const mutationIdsSuite = (getWorld: () => World): void =>
  void describe('change numbers', () => {
    let world: World;
    beforeAll(() => {
      world = getWorld();
    });

    const put = (mutationId: number, session: Session, patch = partnerRecord(world.t1)) => ({
      mutationId,
      table: 'partners' as const,
      rowId: patch.id,
      op: 'put' as const,
      patch,
      baseVersion: 0,
      hlc: hlcAt(session.clientId),
    });
    const send = (session: Session, mutations: ReturnType<typeof put>[]) =>
      call(world.server.url, routes.push, {
        token: session.tokens.accessToken,
        body: { clientId: session.clientId, schemaVersion: SCHEMA_VERSION, mutations },
      });
    const storedIds = async (ids: string[]) => {
      const { rows } = await pullAll(world, await signIn(world.server.url, world.hq.email));
      return rows.filter((r) => ids.includes(r.row.id)).map((r) => r.row.id);
    };

    it('refuses a batch whose numbers do not rise, naming the change, and stores none of it', async () => {
      const session = await signIn(world.server.url, world.m1.email);
      const [ten, five] = [put(10, session), put(5, session)];
      const answer = await send(session, [ten, five]);
      expect(answer.status).toBe(400);
      expect(answer.body.error).toMatchObject({ code: 'bad_request', fields: { 'mutations.1.mutationId': expect.stringMatching(/above 10/) } });
      const repeated = await send(session, [put(7, session), put(7, session)]);
      expect(repeated.status).toBe(400);
      expect(await storedIds([ten.rowId, five.rowId])).toEqual([]);
    });

    it('answers a true re-send as duplicate, and a different change under a taken number as reused', async () => {
      const session = await signIn(world.server.url, world.m1.email);
      const first = [put(1, session), put(2, session)];
      expect((await send(session, first)).body.results.map((r: { status: string }) => r.status)).toEqual(['applied', 'applied']);
      // The answer was lost: the same changes again, with one more.
      const third = put(3, session);
      const again = await send(session, [...first, third]);
      expect(again.body.results.map((r: { status: string }) => r.status)).toEqual(['duplicate', 'duplicate', 'applied']);

      // Change 2 again, but a different change: refused as a whole, with the last number taken.
      const other = put(2, session);
      const fourth = put(4, session);
      const reused = await send(session, [other, fourth]);
      expect(reused.status).toBe(409);
      expect(reused.body.error).toMatchObject({ code: 'mutation_id_reused', lastMutationId: 3, fields: { 'mutations.0.mutationId': expect.any(String) } });
      expect(await storedIds([other.rowId, fourth.rowId])).toEqual([]);
      // Numbered on from the last taken, they go in.
      const renumbered = await send(session, [{ ...other, mutationId: 4 }, { ...fourth, mutationId: 5 }]);
      expect(renumbered.body.results.map((r: { status: string }) => r.status)).toEqual(['applied', 'applied']);
    });

    it('takes a re-send whose clocks were stamped again after a "check your clock" refusal as the same change', async () => {
      const session = await signIn(world.server.url, world.m1.email);
      const change = put(1, session);
      await send(session, [change]);
      const restamped = await send(session, [{ ...change, hlc: hlcAt(session.clientId, Date.now() + 1) }]);
      expect(restamped.body.results[0].status).toBe('duplicate');
    });

    it('forgets what a device will never send again: numbers below its lowest are refused, not duplicates', async () => {
      const session = await signIn(world.server.url, world.m1.email);
      await send(session, [put(1, session), put(2, session)]);
      await send(session, [put(3, session)]);
      const stale = await send(session, [put(1, session)]);
      expect(stale.status).toBe(409);
      const logged = await world.server.store.query<{ n: string | number }>(
        'select coalesce(sum(cardinality(ids)), 0) as n from client_batches where client_id = $1',
        [session.clientId],
      );
      expect(Number(logged[0]!.n)).toBe(1);
    });
  });
