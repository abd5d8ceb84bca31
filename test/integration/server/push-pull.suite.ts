import { beforeAll, describe, expect, it } from 'vitest';
import { conflictSchema } from '../../../shared/domain/conflict';
import { MAX_CLOCK_AHEAD_MS, pullResponseSchema, pushResponseSchema, routes } from '../../../shared/sync/protocol';
import { call, hlcAt, partnerRecord, pullAll, push, pushBody, signIn, type Session, type World } from './support';

export const pushPullSuite = (getWorld: () => World): void =>
  void describe('push and pull', () => {
    let world: World;
    beforeAll(() => {
      world = getWorld();
    });

    /** A second device of the same user. */
    const device = async (of: Session): Promise<Session> => signIn(world.server.url, of.email);

    it('applies a batch once: the same batch sent again is all duplicates', async () => {
      const m1 = await device(world.m1);
      const a = partnerRecord(world.t1);
      const b = partnerRecord(world.t1);
      const body = pushBody(m1, [
        { table: 'partners', rowId: a.id, op: 'put', patch: a },
        { table: 'partners', rowId: b.id, op: 'put', patch: b },
      ]);
      const first = await call(world.server.url, routes.push, { token: m1.tokens.accessToken, body });
      expect(first.status).toBe(200);
      const parsed = pushResponseSchema.parse(first.body);
      expect(parsed.results.map((r) => r.status)).toEqual(['applied', 'applied']);
      expect(parsed.lastMutationId).toBe(body.mutations[1]!.mutationId);

      const again = await call(world.server.url, routes.push, { token: m1.tokens.accessToken, body });
      expect(again.body.results.map((r: { status: string }) => r.status)).toEqual(['duplicate', 'duplicate']);
      const pulled = await pullAll(world, await device(world.m1));
      expect(pulled.rows.filter((r) => r.row.id === a.id)).toHaveLength(1);
    });

    it('keeps both edits when two people change different fields of one record', async () => {
      const p = partnerRecord(world.t1);
      await push(world, world.hq, [{ table: 'partners', rowId: p.id, op: 'put', patch: p }]);
      const m1 = await device(world.m1);
      const hq = await device(world.hq);
      await pullAll(world, m1);
      await pullAll(world, hq);
      const base1 = m1.cursors[world.t1]!;
      const base2 = hq.cursors[world.t1]!;
      const r1 = await push(world, m1, [{ table: 'partners', rowId: p.id, op: 'put', patch: { vertical: 'Retail' }, baseVersion: base1 }]);
      const r2 = await push(world, hq, [{ table: 'partners', rowId: p.id, op: 'put', patch: { tier: 'gold' }, baseVersion: base2 }]);
      expect(r1.body.results[0].status).toBe('applied');
      expect(r2.body.results[0].status).toBe('applied');
      const { rows } = await pullAll(world, m1);
      expect(rows.find((r) => r.row.id === p.id)?.row).toMatchObject({ vertical: 'Retail', tier: 'gold' });
    });

    it('settles a same-field edit by the later clock and keeps the loser as a conflict', async () => {
      const p = partnerRecord(world.t1, { vertical: 'Original' });
      await push(world, world.hq, [{ table: 'partners', rowId: p.id, op: 'put', patch: p }]);
      const m1 = await device(world.m1);
      const hq = await device(world.hq);
      await pullAll(world, m1);
      await pullAll(world, hq);
      const base = m1.cursors[world.t1]!;
      const earlier = hlcAt(m1.clientId, Date.now() - 5_000);
      const later = hlcAt(hq.clientId, Date.now());
      // The later clock arrives first; the earlier one arrives second and loses.
      const win = await push(world, hq, [{ table: 'partners', rowId: p.id, op: 'put', patch: { vertical: 'Later' }, baseVersion: base, hlc: later }]);
      expect(win.body.results[0].status).toBe('applied');
      const lose = await push(world, m1, [{ table: 'partners', rowId: p.id, op: 'put', patch: { vertical: 'Earlier' }, baseVersion: base, hlc: earlier }]);
      const result = lose.body.results[0];
      expect(result.status).toBe('merged');
      expect(result.conflictIds).toHaveLength(1);

      const { rows } = await pullAll(world, m1);
      expect(rows.find((r) => r.row.id === p.id)?.row.vertical).toBe('Later');
      const conflict = conflictSchema.parse(rows.find((r) => r.table === 'conflicts' && r.row.id === result.conflictIds[0])?.row);
      expect(conflict).toMatchObject({ table: 'partners', rowId: p.id, field: 'vertical', territoryId: world.t1, status: 'open' });
      expect(conflict.kept).toMatchObject({ value: 'Later', userName: 'Hana HQ' });
      expect(conflict.lost).toMatchObject({ value: 'Earlier', userName: 'Mia North' });
      expect(conflict.rowLabel).toContain(p.name);

      // Settling it is an ordinary mutation.
      const dismissed = await push(world, m1, [{ table: 'conflicts', rowId: conflict.id, op: 'put', patch: { status: 'dismissed' }, baseVersion: m1.cursors[world.t1]! }]);
      expect(dismissed.body.results[0].status).toBe('applied');
    });

    it('makes no conflict when both wrote the same value, nor when the writer had seen the stored value', async () => {
      const p = partnerRecord(world.t1, { vertical: 'Same' });
      await push(world, world.hq, [{ table: 'partners', rowId: p.id, op: 'put', patch: p }]);
      const m1 = await device(world.m1);
      await pullAll(world, m1);
      const seen = m1.cursors[world.t1]!;
      const same = await push(world, world.hq, [{ table: 'partners', rowId: p.id, op: 'put', patch: { vertical: 'Same' }, baseVersion: 0 }]);
      expect(same.body.results[0].status).toBe('applied');
      await pullAll(world, m1);
      // m1 saw HQ's write (its base is past it) and overwrites knowingly, even with an older clock.
      const over = await push(world, m1, [
        { table: 'partners', rowId: p.id, op: 'put', patch: { vertical: 'Mine' }, baseVersion: m1.cursors[world.t1]!, hlc: hlcAt(m1.clientId, Date.now() - 30_000) },
      ]);
      expect(over.body.results[0].status).toBe('applied');
      expect(seen).toBeGreaterThan(0);
    });

    it('refuses a batch whose clock runs too far ahead, applying nothing, and says the server time', async () => {
      const m1 = await device(world.m1);
      const ok = partnerRecord(world.t1);
      const ahead = partnerRecord(world.t1);
      const answer = await push(world, m1, [
        { table: 'partners', rowId: ok.id, op: 'put', patch: ok },
        { table: 'partners', rowId: ahead.id, op: 'put', patch: ahead, hlc: hlcAt(m1.clientId, Date.now() + MAX_CLOCK_AHEAD_MS + 60_000) },
      ]);
      expect(answer.status).toBe(400);
      expect(answer.body.error.code).toBe('clock_ahead');
      expect(Math.abs(answer.body.error.serverTime - Date.now())).toBeLessThan(10_000);
      const { rows } = await pullAll(world, await device(world.m1));
      expect(rows.some((r) => r.row.id === ok.id)).toBe(false);
    });

    it('tells an old client to update, on push and pull', async () => {
      const m1 = await device(world.m1);
      const body = { ...pushBody(m1, [{ table: 'partners', rowId: 'x', op: 'put', patch: {} }]), schemaVersion: 0 };
      const pushed = await call(world.server.url, routes.push, { token: m1.tokens.accessToken, body });
      expect(pushed.status).toBe(426);
      expect(pushed.body.error.code).toBe('update_required');
      const pulled = await call(world.server.url, routes.pull, { token: m1.tokens.accessToken, body: { clientId: m1.clientId, schemaVersion: 0, cursors: {}, oldField: 1 } });
      expect(pulled.status).toBe(426);
      expect(pulled.body.error.code).toBe('update_required');
    });

    it('pages a pull by cursor and resumes where it stopped', async () => {
      const hq = await device(world.hq);
      await pullAll(world, hq);
      const made = Array.from({ length: 25 }, () => partnerRecord(world.t2));
      await push(world, world.hq, made.map((p) => ({ table: 'partners' as const, rowId: p.id, op: 'put' as const, patch: p })));
      const { rows, pages } = await pullAll(world, hq, 10);
      expect(pages).toBe(3);
      expect(rows.map((r) => r.row.id).sort()).toEqual(made.map((p) => p.id).sort());
      const versions = rows.map((r) => r.version);
      expect(versions).toEqual([...versions].sort((x, y) => x - y));
      // Nothing new: an empty page, cursors unchanged.
      const again = await pullAll(world, hq, 10);
      expect(again.rows).toHaveLength(0);
      // The answer parses with the protocol schema.
      const raw = await call(world.server.url, routes.pull, {
        token: hq.tokens.accessToken,
        body: { clientId: hq.clientId, schemaVersion: 1, cursors: {}, limit: 3 },
      });
      const page = pullResponseSchema.parse(raw.body);
      expect(page.status === 'ok' && page.rows.length === 3 && page.hasMore).toBe(true);
    });

    it('deletes as a tombstone that pulls like any change', async () => {
      const p = partnerRecord(world.t1);
      await push(world, world.m1, [{ table: 'partners', rowId: p.id, op: 'put', patch: p }]);
      const m1 = await device(world.m1);
      await pullAll(world, m1);
      const del = await push(world, world.m1, [{ table: 'partners', rowId: p.id, op: 'delete', patch: {} }]);
      expect(del.body.results[0].status).toBe('applied');
      const { rows } = await pullAll(world, m1);
      expect(rows.find((r) => r.row.id === p.id)?.row).toMatchObject({ deleted: true, name: p.name });
      const missing = await push(world, world.m1, [{ table: 'partners', rowId: 'never-existed', op: 'delete', patch: {} }]);
      expect(missing.body.results[0]).toMatchObject({ status: 'rejected', code: 'not_found', current: null });
    });

    it('rejects an invalid record with the fields at fault, keeps going, and counts it as taken', async () => {
      const m1 = await device(world.m1);
      const good = partnerRecord(world.t1);
      const bad = partnerRecord(world.t1, { tier: 'diamond' as never, name: '' });
      const body = pushBody(m1, [
        { table: 'partners', rowId: bad.id, op: 'put', patch: bad },
        { table: 'partners', rowId: good.id, op: 'put', patch: good },
      ]);
      const answer = await call(world.server.url, routes.push, { token: m1.tokens.accessToken, body });
      const [rejected, applied] = answer.body.results;
      expect(rejected).toMatchObject({ status: 'rejected', code: 'bad_request', current: null });
      expect(Object.keys(rejected.fields).sort()).toEqual(['name', 'tier']);
      expect(rejected.fields.tier).toMatch(/^Tier must be one of/);
      expect(applied.status).toBe('applied');
      expect(answer.body.lastMutationId).toBe(2);

      // The answer was lost and the batch comes again: the refusal is told again, the applied change is not redone.
      const again = pushResponseSchema.parse((await call(world.server.url, routes.push, { token: m1.tokens.accessToken, body })).body);
      expect(again.results[0]).toEqual({ mutationId: 1, status: 'duplicate', rejected: { code: 'bad_request', reason: rejected.reason, fields: rejected.fields, current: null } });
      expect(again.results[1]).toEqual({ mutationId: 2, status: 'duplicate' });
    });
  });
