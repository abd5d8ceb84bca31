import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { entityNames } from '../../../shared/domain/entities';
import { SCHEMA_VERSION, routes } from '../../../shared/sync/protocol';
import { call, hlcAt, partnerRecord, pullAll, push, signIn, type Session, type World } from './support';
import { fromSchema, hostileBodies, hostileValue, patchFor, requestSchemaOf } from './hostile-requests';

/**
 * The hostile-input suite, generated (DESIGN §6, §8): requests built from the
 * OpenAPI document and the shared schemas, one part of each made hostile.
 * Whatever comes in: only a 4xx for bad input and never a 5xx, nothing stored
 * after a refusal, and the server still serves honest work after it all.
 * Seeded, so a run replays; PD_FUZZ_SEED picks another seed, PD_FUZZ_RUNS more runs.
 */
const SEED = Number(process.env.PD_FUZZ_SEED ?? 20_261_202);
const RUNS = Number(process.env.PD_FUZZ_RUNS ?? 1);

export const generatedHostileSuite = (getWorld: () => World): void =>
  void describe('generated hostile requests', () => {
    let world: World;
    let session: Session;
    /** Ids of real records, in the caller's territory and outside it, so edits hit rows that exist. */
    let rowIds: string[];
    beforeAll(async () => {
      world = getWorld();
      session = await signIn(world.server.url, world.m1.email);
      const mine = partnerRecord(world.t1);
      const theirs = partnerRecord(world.t2);
      await push(world, world.hq, [
        { table: 'partners', rowId: mine.id, op: 'put', patch: mine },
        { table: 'partners', rowId: theirs.id, op: 'put', patch: theirs },
      ]);
      const { rows } = await pullAll(world, await signIn(world.server.url, world.hq.email));
      rowIds = [mine.id, theirs.id, ...rows.slice(0, 20).map((r) => String(r.row.id))];
    });

    // A property stops after its time (it has found nothing by then) well before the test's own limit, so
    // no run goes on in the background into the next test.
    const options = (runs: number) => ({ seed: SEED, numRuns: runs * RUNS, interruptAfterTimeLimit: 90_000 });
    const LIMIT_MS = 120_000;

    /** What a refusal must leave untouched: the change counter and every row. */
    const storeState = async () => {
      const [row] = await world.server.store.query<{ v: string; n: string }>('select (select value from version_counter) as v, (select count(*) from records) as n');
      return `${row!.v}/${row!.n}`;
    };

    const send = async (route: string, body: unknown, token?: string) => {
      const before = await storeState();
      const answer = await call(world.server.url, route, { raw: JSON.stringify(body), token, headers: { 'content-type': 'application/json' } });
      const shown = `${route} ${JSON.stringify(body).slice(0, 300)} → ${answer.status} ${JSON.stringify(answer.body).slice(0, 300)}`;
      expect(answer.status, shown).toBeLessThan(500);
      if (answer.status >= 400) {
        expect(answer.body?.error?.code, shown).toEqual(expect.any(String));
        expect(answer.body?.error?.message, shown).toEqual(expect.any(String));
        expect(await storeState(), `a refusal stored something: ${shown}`).toBe(before);
      }
      return { answer, before, shown };
    };

    it('pushes: every answer a 200 or a 4xx, and a push refused in every change stores nothing', async () => {
      const ids = fc.oneof(fc.constantFrom(...rowIds), fc.uuid());
      const territories = fc.constantFrom(world.t1, world.t2, 'global', 'no-such-territory');
      const mutation = fc
        .record({ base: fromSchema(requestSchemaOf(routes.push).properties!.mutations!.items!), table: fc.constantFrom(...entityNames), rowId: ids })
        .chain(({ base, table, rowId }) =>
          patchFor(table, fc.constant(rowId), territories).map((patch) => ({ ...(base as object), table, rowId, patch, hlc: hlcAt(session.clientId) })),
        );
      const body = fc
        .record({
          mutations: fc.array(mutation, { minLength: 1, maxLength: 4 }),
          clientId: fc.oneof({ weight: 4, arbitrary: fc.constant(session.clientId) }, { weight: 1, arbitrary: hostileValue }),
          rising: fc.boolean(),
        })
        .map(({ mutations, clientId, rising }) => ({
          clientId,
          schemaVersion: SCHEMA_VERSION,
          // Half the batches number their changes as a device does; the rest keep whatever came (out of order, repeated).
          mutations: rising ? mutations.map((m, i) => ({ ...m, mutationId: session.nextMutationId + i })) : mutations,
        }));
      await fc.assert(
        fc.asyncProperty(hostileBodies(body), async (request) => {
          const { answer, before, shown } = await send(routes.push, request, session.tokens.accessToken);
          if (answer.status !== 200) return;
          session.nextMutationId = Math.max(session.nextMutationId, answer.body.lastMutationId + 1);
          const results = answer.body.results as { status: string }[];
          if (results.every((r) => r.status === 'rejected' || r.status === 'duplicate')) {
            expect(await storeState(), `a push refused in every change stored something: ${shown}`).toBe(before);
          }
        }),
        options(150),
      );
    }, LIMIT_MS);

    it('pulls: every answer a 200 or a 4xx', async () => {
      const body = fromSchema(requestSchemaOf(routes.pull)).map((b) => ({ ...(b as object), schemaVersion: SCHEMA_VERSION }));
      await fc.assert(
        fc.asyncProperty(hostileBodies(body), async (request) => {
          await send(routes.pull, request, session.tokens.accessToken);
        }),
        options(60),
      );
    }, LIMIT_MS);

    it('refreshes: every answer a 200 or a 4xx', async () => {
      await fc.assert(
        fc.asyncProperty(hostileBodies(fromSchema(requestSchemaOf(routes.refresh))), async (request) => {
          await send(routes.refresh, request);
        }),
        options(40),
      );
    }, LIMIT_MS);

    it('still serves honest work after all of it', async () => {
      expect((await call(world.server.url, routes.health)).status).toBe(200);
      const honest = await signIn(world.server.url, world.m1.email);
      const p = partnerRecord(world.t1);
      const answer = await push(world, honest, [{ table: 'partners', rowId: p.id, op: 'put', patch: p }]);
      expect(answer.body.results[0].status).toBe('applied');
      expect((await pullAll(world, honest)).rows.some((r) => r.row.id === p.id)).toBe(true);
    });
  });
