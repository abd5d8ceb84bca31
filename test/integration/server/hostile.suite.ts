import { beforeAll, describe, expect, it } from 'vitest';
import { MAX_PUSH_BYTES, routes } from '../../../shared/sync/protocol';
import { call, partnerRecord, pullAll, push, pushBody, signIn, type World } from './support';

/** Hostile or broken input: always a 4xx in the error shape, never a 5xx, never a partial write. */
export const hostileSuite = (getWorld: () => World): void =>
  void describe('hostile input', () => {
    let world: World;
    beforeAll(() => {
      world = getWorld();
    });

    const rowCount = async (): Promise<number> =>
      Number((await world.server.store.query<{ n: string | number }>('select count(*) as n from records'))[0]!.n);

    const expectError = (answer: { status: number; body: { error?: { code: string; message: string } } }, status: number, code: string) => {
      expect(answer.status, JSON.stringify(answer.body)).toBe(status);
      expect(answer.body.error?.code).toBe(code);
      expect(typeof answer.body.error?.message).toBe('string');
    };

    it('answers an oversized push with 413 and writes nothing', async () => {
      const before = await rowCount();
      const p = partnerRecord(world.t1, { notes: 'x'.repeat(9_000) });
      const changes = Array.from({ length: 130 }, () => {
        const q = { ...p, id: crypto.randomUUID() };
        return { table: 'partners' as const, rowId: q.id, op: 'put' as const, patch: q };
      });
      const body = pushBody(world.m1, changes);
      expect(JSON.stringify(body).length).toBeGreaterThan(MAX_PUSH_BYTES);
      expectError(await call(world.server.url, routes.push, { token: world.m1.tokens.accessToken, body }), 413, 'payload_too_large');
      expectError(await call(world.server.url, routes.signIn, { raw: JSON.stringify({ email: 'a@b.example', password: 'p'.repeat(40_000) }) }), 413, 'payload_too_large');
      expect(await rowCount()).toBe(before);
    });

    it('names the fields at fault in a malformed push, in plain words', async () => {
      const answer = await call(world.server.url, routes.push, {
        token: world.m1.tokens.accessToken,
        body: { clientId: '', schemaVersion: 1, mutations: [{ mutationId: -1, table: 'nonsense', rowId: 'x', op: 'put', patch: [], baseVersion: 0, hlc: 'x' }] },
      });
      expectError(answer, 400, 'bad_request');
      expect(answer.body.error.fields).toMatchObject({
        clientId: expect.stringMatching(/is required/),
        'mutations.0.mutationId': expect.any(String),
        'mutations.0.table': expect.stringMatching(/must be one of/),
        'mutations.0.patch': expect.any(String),
      });
    });

    it('turns every kind of broken body into a 400, with nothing written', async () => {
      const before = await rowCount();
      const token = world.m1.tokens.accessToken;
      const deep = '['.repeat(50_000) + ']'.repeat(50_000);
      const p = partnerRecord(world.t1);
      const cases: { raw?: string; body?: unknown; headers?: Record<string, string> }[] = [
        { raw: '{"clientId": "a", ' },
        { raw: 'null' },
        { raw: '[]' },
        { raw: '"text"' },
        { raw: '' , headers: { 'content-type': 'application/json' } },
        { raw: deep },
        { raw: `{"clientId":"a","schemaVersion":1,"mutations":${deep}}` },
        { raw: '{"__proto__": {"admin": true}, "clientId": "a"}' },
        { raw: '{"constructor": {"prototype": {"admin": true}}}' },
        { raw: 'clientId=a', headers: { 'content-type': 'application/x-www-form-urlencoded' } },
        { raw: '{"a":1}', headers: { 'content-type': 'text/plain' } },
        { body: { clientId: 'a', schemaVersion: 1, mutations: [] } },
        { body: { clientId: 'a', schemaVersion: '1', mutations: [] } },
        { body: { clientId: 'a'.repeat(100), schemaVersion: 1, mutations: [{}] } },
        { body: { ...pushBody(world.m1, [{ table: 'partners', rowId: p.id, op: 'put', patch: p }]), mutations: Array.from({ length: 501 }, () => pushBody(world.m1, [{ table: 'partners', rowId: p.id, op: 'put', patch: p }]).mutations[0]) } },
        { body: pushBody(world.m1, [{ table: 'partners', rowId: p.id, op: 'put', patch: p, hlc: 'not a clock' }]) },
        { body: pushBody(world.m1, [{ table: 'partners', rowId: p.id, op: 'put', patch: p, hlc: '2026-02-30T00:00:00.000Z-0000-x' }]) },
        { body: pushBody(world.m1, [{ table: 'partners', rowId: p.id, op: 'put', patch: p, mutationId: 1e300 } as never]) },
      ];
      for (const c of cases) {
        const answer = await call(world.server.url, routes.push, { token, ...c });
        expect(answer.status, `${JSON.stringify(c).slice(0, 120)} → ${JSON.stringify(answer.body)}`).toBeGreaterThanOrEqual(400);
        expect(answer.status).toBeLessThan(500);
        expect(answer.body.error.code).toBe('bad_request');
      }
      for (const c of cases.slice(0, 10)) {
        const answer = await call(world.server.url, routes.pull, { token, ...c });
        expect(answer.status).toBeGreaterThanOrEqual(400);
        expect(answer.status).toBeLessThan(500);
      }
      expect(await rowCount()).toBe(before);
    });

    it('rejects values Postgres cannot store, per mutation, and stores the rest of the batch', async () => {
      const session = await signIn(world.server.url, world.m1.email);
      const nul = partnerRecord(world.t1, { name: 'Null\u0000byte' });
      const surrogate = partnerRecord(world.t1, { notes: 'broken \ud800 half' });
      const key = { ...partnerRecord(world.t1), 'bad\u0000key': 1 };
      const fine = partnerRecord(world.t1, { name: 'Ünïcødé 👍 fine' });
      const deepValue = partnerRecord(world.t1, { attributes: JSON.parse('{"a":'.repeat(40) + '1' + '}'.repeat(40)) });
      const answer = await push(world, session, [
        { table: 'partners', rowId: nul.id, op: 'put', patch: nul },
        { table: 'partners', rowId: surrogate.id, op: 'put', patch: surrogate },
        { table: 'partners', rowId: key.id, op: 'put', patch: key },
        { table: 'partners', rowId: deepValue.id, op: 'put', patch: deepValue },
        { table: 'partners', rowId: fine.id, op: 'put', patch: fine },
      ]);
      expect(answer.status).toBe(200);
      expect(answer.body.results.map((r: { status: string }) => r.status)).toEqual(['rejected', 'rejected', 'rejected', 'rejected', 'applied']);
      // Each refusal names the field at fault, itself written storably (a NUL in a key shows as \0).
      const faulty = answer.body.results.slice(0, 4).map((r: { fields: Record<string, string> }) => Object.keys(r.fields)[0]);
      expect(faulty.slice(0, 3)).toEqual(['name', 'notes', 'bad\\0key']);
      expect(faulty[3]).toMatch(/^attributes(\.a){32}$/);
      const { rows } = await pullAll(world, session);
      expect(rows.find((r) => r.row.id === fine.id)?.row.name).toBe('Ünïcødé 👍 fine');
      expect(rows.some((r) => [nul.id, surrogate.id, key.id, deepValue.id].includes(r.row.id))).toBe(false);
    });

    it('answers unknown paths and methods with the error shape', async () => {
      expectError(await call(world.server.url, '/api/nothing'), 404, 'not_found');
      expectError(await call(world.server.url, routes.push, { method: 'GET' }), 404, 'not_found');
    });
  });
