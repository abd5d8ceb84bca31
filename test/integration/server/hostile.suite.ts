import { beforeAll, describe, expect, it } from 'vitest';
import { MAX_PULL_PAGE_BYTES, MAX_PUSH_BYTES, routes } from '../../../shared/sync/protocol';
import { createTerritory } from '../../../server/admin/territories';
import { writeServerRecords } from '../../../server/sync/server-writes';
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

    it('refuses fields a record does not have, by name, and stores no clock for them', async () => {
      const session = await signIn(world.server.url, world.m1.email);
      const p = partnerRecord(world.t1);
      await push(world, session, [{ table: 'partners', rowId: p.id, op: 'put', patch: p }]);
      const many = Object.fromEntries(Array.from({ length: 2_000 }, (_, i) => [`field${i}`, i]));
      const answer = await push(world, session, [
        { table: 'partners', rowId: p.id, op: 'put', patch: { name: 'Renamed', ...many } },
        { table: 'partners', rowId: p.id, op: 'put', patch: { '*': { h: 'x', v: 1e9, c: 'me', u: 'me' } } },
        { table: 'partners', rowId: p.id, op: 'put', patch: { attributes: { ...p.attributes, secretLevel: 9 } } },
      ]);
      expect(answer.body.results.map((r: { code: string }) => r.code)).toEqual(['bad_request', 'bad_request', 'bad_request']);
      expect(answer.body.results[0].reason).toMatch(/2000 fields it does not have \(field0, field1/);
      expect(Object.keys(answer.body.results[0].fields)).toHaveLength(20);
      expect(answer.body.results[1].fields).toEqual({ '*': expect.stringMatching(/not a field/) });
      expect(answer.body.results[2].fields).toEqual({ 'attributes.secretLevel': expect.stringMatching(/not a field/) });
      const [stored] = await world.server.store.query<{ fields: Record<string, unknown>; data: Record<string, unknown> }>(
        "select fields, data from records where tbl = 'partners' and id = $1",
        [p.id],
      );
      expect(Object.keys(stored!.fields)).toEqual(['*']);
      expect(stored!.data.name).toBe(p.name);
    });

    it('answers ids and clocks Postgres cannot store with a 400 naming the field, not a 500', async () => {
      const before = await rowCount();
      const p = partnerRecord(world.t1);
      const cases: [Record<string, unknown>, string][] = [
        [{ clientId: 'device\u0000x' }, 'clientId'],
        [{ mutations: [{ ...pushBody(world.m1, [{ table: 'partners', rowId: p.id, op: 'put', patch: p }]).mutations[0], rowId: 'row\ud800' }] }, 'mutations.0.rowId'],
        [{ mutations: [{ ...pushBody(world.m1, [{ table: 'partners', rowId: p.id, op: 'put', patch: p }]).mutations[0], hlc: '2026-01-01T00:00:00.000Z-0000-node\u0000' }] }, 'mutations.0.hlc'],
        [{ mutations: [{ ...pushBody(world.m1, [{ table: 'partners', rowId: p.id, op: 'put', patch: p }]).mutations[0], fieldBaseVersions: { '\udc00': 1 } }] }, 'mutations.0.fieldBaseVersions'],
      ];
      for (const [change, field] of cases) {
        const body = { ...pushBody(world.m1, [{ table: 'partners', rowId: p.id, op: 'put', patch: p }]), ...change };
        const answer = await call(world.server.url, routes.push, { token: world.m1.tokens.accessToken, body });
        expect(answer.status, JSON.stringify(answer.body)).toBe(400);
        expect(Object.keys(answer.body.error.fields).some((f: string) => f.startsWith(field))).toBe(true);
      }
      const pull = await call(world.server.url, routes.pull, {
        token: world.m1.tokens.accessToken,
        body: { clientId: world.m1.clientId, schemaVersion: 1, cursors: { 'territory\u0000': 0 }, epoch: 'e\ud800' },
      });
      expect(pull.status).toBe(400);
      expect(await rowCount()).toBe(before);
    });

    it('accepts http and https partner websites only, and clears an optional field sent as null', async () => {
      const session = await signIn(world.server.url, world.m1.email);
      const p = partnerRecord(world.t1, { website: 'https://partner.example' });
      const bad = ['javascript:alert(document.cookie)', 'data:text/html,<script>x</script>', 'file:///etc/passwd'].map((website) => {
        const q = partnerRecord(world.t1, { website });
        return { table: 'partners' as const, rowId: q.id, op: 'put' as const, patch: q };
      });
      const answer = await push(world, session, [...bad, { table: 'partners', rowId: p.id, op: 'put', patch: p }]);
      expect(answer.body.results.map((r: { status: string }) => r.status)).toEqual(['rejected', 'rejected', 'rejected', 'applied']);
      for (const r of answer.body.results.slice(0, 3)) expect(r.fields).toEqual({ website: expect.stringMatching(/web address/) });
      await pullAll(world, session);
      const cleared = await push(world, session, [{ table: 'partners', rowId: p.id, op: 'put', patch: { website: null }, baseVersion: session.cursors[world.t1]! }]);
      expect(cleared.body.results[0].status).toBe('applied');
      const { rows } = await pullAll(world, session);
      expect(rows.find((r) => r.row.id === p.id)?.row).not.toHaveProperty('website');
    });

    it('refuses a stand-in for a change too large to send, with the server copy, and takes the changes after it', async () => {
      const session = await signIn(world.server.url, world.m1.email);
      const p = partnerRecord(world.t1);
      await push(world, session, [{ table: 'partners', rowId: p.id, op: 'put', patch: p }]);
      const next = partnerRecord(world.t1);
      const answer = await push(world, session, [
        { table: 'partners', rowId: p.id, op: 'put', patch: {}, tooLarge: { bytes: 1_100_000, field: 'attributes' } },
        { table: 'partners', rowId: next.id, op: 'put', patch: next },
      ]);
      expect(answer.body.results[0]).toMatchObject({
        status: 'rejected',
        code: 'payload_too_large',
        reason: expect.stringMatching(/too large to sync: 1\.1 MB.*Shorten Partner details/),
        fields: { attributes: expect.any(String) },
        current: { id: p.id, name: p.name },
      });
      expect(answer.body.results[1].status).toBe('applied');
    });

    it('bounds a pull page in bytes as well as rows, whatever the rows hold', async () => {
      // Rows as large as an earlier server let in (no text limits then), written straight to the store.
      const territory = await createTerritory(world.server.store, { name: 'Heavy', region: 'EMEA' });
      const heavy = Array.from({ length: 12 }, () => partnerRecord(territory.id, { notes: 'n'.repeat(900_000) }));
      await writeServerRecords(world.server.store, heavy.map((data) => ({ table: 'partners' as const, data })), 'test', Date.now());
      try {
        const hq = await signIn(world.server.url, world.hq.email);
        const sizes: number[] = [];
        let got = 0;
        for (let pages = 0; pages < 50; pages++) {
          const answer = await call(world.server.url, routes.pull, {
            token: hq.tokens.accessToken,
            body: { clientId: hq.clientId, schemaVersion: 1, cursors: hq.cursors, epoch: world.server.epoch },
          });
          sizes.push(JSON.stringify(answer.body).length);
          got += answer.body.rows.filter((r: { table: string; row: { territoryId: string } }) => r.table === 'partners' && r.row.territoryId === territory.id).length;
          hq.cursors = answer.body.cursors;
          if (!answer.body.hasMore) break;
        }
        expect(got).toBe(heavy.length);
        // A page stops before the row that would pass the budget, so at most one row's worth over it.
        for (const size of sizes) expect(size).toBeLessThanOrEqual(MAX_PULL_PAGE_BYTES + 1_000_000);
        expect(sizes.length).toBeGreaterThanOrEqual(3);
      } finally {
        await world.server.store.query('delete from records where territory_id = $1', [territory.id]);
      }
    });

    it('answers unknown paths and methods with the error shape', async () => {
      expectError(await call(world.server.url, '/api/nothing'), 404, 'not_found');
      expectError(await call(world.server.url, routes.push, { method: 'GET' }), 404, 'not_found');
    });
  });
