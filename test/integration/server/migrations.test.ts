import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../../server/store/db';
import { migrate, migrations } from '../../../server/store/migrations';
import { openPglite } from '../../../server/store/pglite';
import { openPostgres } from '../../../server/store/postgres';
import { createTestDatabase, START_TIMEOUT_MS, storeKinds, type TestDatabase } from './support';

/**
 * An HQ server updated in place: a database made by the first two migrations,
 * with data in it, brought to the latest schema, on both stores. Nothing the
 * old schema held is lost: refusals, device numbers, spent refresh tokens and
 * field clocks all come across in their new shapes.
 */
describe.each(storeKinds)('migrating a database made before the change-number log, on %s', (kind) => {
  let store: Store;
  let database: TestDatabase | undefined;
  beforeAll(async () => {
    if (kind === 'postgres') database = await createTestDatabase();
    store = kind === 'postgres' ? await openPostgres(database!.url) : await openPglite('memory://');
    await store.exec('create table schema_migrations (id int primary key, name text not null, applied_at timestamptz not null default now())');
    for (const m of migrations.filter((m) => m.id <= 2)) {
      await store.exec(m.sql);
      await store.query('insert into schema_migrations (id, name) values ($1, $2)', [m.id, m.name]);
    }
    const clock = { h: '2026-11-20T10:00:00.000Z-0000-dev1', v: 7, c: 'dev1', u: 'user1' };
    await store.query(
      `insert into records (tbl, id, territory_id, data, fields, version, deleted) values ('partners', 'p1', 't1', '{"id":"p1"}', $1, 7, false)`,
      [JSON.stringify({ '*': clock, name: { ...clock, v: 8 } })],
    );
    await store.query(`insert into users (id, email, display_name, role, password_hash) values ('user1', 'u@x.example', 'U', 'manager', 'x')`);
    await store.query(`insert into clients (client_id, user_id, last_mutation_id) values ('dev1', 'user1', 42)`);
    await store.query(`insert into rejected_mutations (client_id, mutation_id, code, reason, fields) values ('dev1', 41, 'forbidden', 'Not yours.', null)`);
    await store.query(
      `insert into sessions (id, user_id, refresh_hash, previous_refresh_hash, expires_at) values ('s1', 'user1', 'current', 'spent', now() + interval '1 day')`,
    );
    await migrate(store);
  }, START_TIMEOUT_MS);
  afterAll(async () => {
    await store?.close();
    await database?.drop();
  });

  it('names field clocks in full', async () => {
    const [row] = await store.query<{ fields: Record<string, unknown> }>("select fields from records where id = 'p1'");
    expect(row!.fields).toEqual({
      '*': { hlc: '2026-11-20T10:00:00.000Z-0000-dev1', version: 7, clientId: 'dev1', userId: 'user1' },
      name: { hlc: '2026-11-20T10:00:00.000Z-0000-dev1', version: 8, clientId: 'dev1', userId: 'user1' },
    });
  });

  it('keeps a refusal a device may still ask about, and trusts re-sends of changes taken before the log', async () => {
    const [batch] = await store.query<{ ids: (string | number)[]; refusals: Record<string, unknown> }>("select ids, refusals from client_batches where client_id = 'dev1'");
    expect(batch!.ids.map(Number)).toEqual([41]);
    expect(batch!.refusals).toEqual({ '41': { code: 'forbidden', reason: 'Not yours.' } });
    const [client] = await store.query<{ logged_from: string | number }>("select logged_from from clients where client_id = 'dev1'");
    expect(Number(client!.logged_from)).toBe(42);
  });

  it("keeps the token a session spent, so its coming back still ends the session", async () => {
    expect(await store.query("select hash, session_id from spent_refresh_tokens")).toEqual([{ hash: 'spent', session_id: 's1' }]);
  });

  it('records every migration as applied', async () => {
    const applied = await store.query<{ id: number }>('select id from schema_migrations order by id');
    expect(applied.map((r) => r.id)).toEqual(migrations.map((m) => m.id));
  });
});
