import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routes } from '../../../shared/sync/protocol';
import { startServer, type RunningServer } from '../../../server/app';
import { createTerritory } from '../../../server/admin/territories';
import { createUser } from '../../../server/admin/users';
import { signInFrom, statusCounts } from './from-address';
import { call, createTestDatabase, openEvents, partnerRecord, PASSWORD, pullAll, pushBody, signIn, START_TIMEOUT_MS, type TestDatabase } from './support';

/** Several server processes on one PostgreSQL (DESIGN §6: the server holds no state of its own). */
describe('several instances on one PostgreSQL', () => {
  let database: TestDatabase;
  let a: RunningServer;
  let b: RunningServer;
  let territory: string;
  const email = 'north@multi.example';

  beforeAll(async () => {
    database = await createTestDatabase();
    // Both start at once: the migration lock lets one migrate while the other waits.
    [a, b] = await Promise.all([startServer({ databaseUrl: database.url }), startServer({ databaseUrl: database.url })]);
    territory = (await createTerritory(a.store, { name: 'North', region: 'EMEA' })).id;
    await createUser(a.store, { email, role: 'manager', password: PASSWORD, territoryIds: [territory] });
  }, START_TIMEOUT_MS);
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await database?.drop();
  });

  it('agree on the epoch and on tokens', async () => {
    expect(a.epoch).toBe(b.epoch);
    const session = await signIn(a.url, email);
    expect((await call(b.url, routes.pull, { token: session.tokens.accessToken, body: { clientId: 'x', schemaVersion: 1, cursors: {} } })).status).toBe(200);
  });

  it('pokes an event stream on instance B for a push through instance A', async () => {
    const session = await signIn(a.url, email);
    const stream = await openEvents(b.url, session.tokens.accessToken);
    try {
      const p = partnerRecord(territory);
      const pushed = await call(a.url, routes.push, { token: session.tokens.accessToken, body: pushBody(session, [{ table: 'partners', rowId: p.id, op: 'put', patch: p }]) });
      expect(pushed.status).toBe(200);
      expect(await stream.until(() => stream.pokes.some((x) => x.territories.includes(territory)))).toBe(true);
    } finally {
      stream.close();
    }
  });

  it('keeps poking across instances after the LISTEN connection is cut', async () => {
    const session = await signIn(a.url, email);
    const admin = new pg.Client({ connectionString: database.url });
    await admin.connect();
    const cut = await admin.query("select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and query ilike 'listen%'");
    await admin.end();
    expect(cut.rowCount).toBe(2);
    const stream = await openEvents(b.url, session.tokens.accessToken);
    try {
      // The listener reconnects after a second; push until B hears it.
      let heard = false;
      for (let i = 0; i < 10 && !heard; i++) {
        const p = partnerRecord(territory);
        await call(a.url, routes.push, { token: session.tokens.accessToken, body: pushBody(session, [{ table: 'partners', rowId: p.id, op: 'put', patch: p }]) });
        heard = await stream.until(() => stream.pokes.length > 0, 500);
      }
      expect(heard).toBe(true);
    } finally {
      stream.close();
    }
  });
});

/** The sign-in limits are counted in the database, so an attacker gains nothing by spreading guesses over instances. */
describe('sign-in limits across instances on one PostgreSQL', () => {
  let database: TestDatabase;
  let a: RunningServer;
  let b: RunningServer;
  const limits = { signInLimit: { max: 4, timeWindowMs: 60_000 }, signInFailureLimit: { max: 10, timeWindowMs: 15 * 60_000 } };

  beforeAll(async () => {
    database = await createTestDatabase();
    [a, b] = await Promise.all([startServer({ databaseUrl: database.url, ...limits }), startServer({ databaseUrl: database.url, ...limits })]);
  }, START_TIMEOUT_MS);
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await database?.drop();
  });

  // Each test sends from an address of its own, so each has the whole per-address allowance.
  it('share the count of attempts per address and email', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 7; i++) codes.push((await signInFrom('127.0.0.4', (i % 2 ? b : a).url, 'target@multi.example', `guess${i}`)).status);
    expect(codes).toEqual([401, 401, 401, 401, 429, 429, 429]);
  });

  it('share the count of failed sign-ins per address', async () => {
    const answers = await Promise.all(Array.from({ length: 40 }, (_, i) => signInFrom('127.0.0.5', (i % 2 ? b : a).url, `spray${i}@multi.example`, 'Winter2026!')));
    expect(statusCounts(answers)).toEqual({ 401: 10, 429: 30 });
  });
});

const root = fileURLToPath(new URL('../../..', import.meta.url));

/** `tsx server/main.ts` as its own process, the way `npm run server` runs it. */
const spawnServer = async (databaseUrl: string): Promise<{ child: ChildProcess; url: string }> => {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: '0', PARTNER_DESK_LOG: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/\S+?),/.exec(output);
      if (match) resolve(match[1]!);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`server exited with ${code}: ${output}`)));
  });
  return { child, url };
};

describe('a server killed in the middle of a push', () => {
  let database: TestDatabase;
  let territory: string;
  const email = 'crash@multi.example';

  beforeAll(async () => {
    database = await createTestDatabase();
    const setup = await startServer({ databaseUrl: database.url });
    territory = (await createTerritory(setup.store, { name: 'North', region: 'EMEA' })).id;
    await createUser(setup.store, { email, role: 'manager', password: PASSWORD, territoryIds: [territory] });
    await setup.close();
  }, START_TIMEOUT_MS);
  afterAll(() => database?.drop());

  /**
   * The test holds a lock the push needs (the version counter, taken first;
   * or the device's row, written last), so the push is provably in flight
   * when the server is killed with SIGKILL. After a restart the device sends
   * the same batch again: every change lands exactly once.
   */
  it.each([
    ['at its start', 'select value from version_counter for update'],
    ['after writing its rows', 'lock table clients in exclusive mode'],
  ])('is applied exactly once when the batch is sent again (killed %s)', async (_when, lockSql) => {
    const first = await spawnServer(database.url);
    const session = await signIn(first.url, email);
    const partners = Array.from({ length: 200 }, () => partnerRecord(territory));
    const body = pushBody(session, partners.map((p) => ({ table: 'partners' as const, rowId: p.id, op: 'put' as const, patch: p })));

    const blocker = new pg.Client({ connectionString: database.url });
    await blocker.connect();
    await blocker.query('begin');
    await blocker.query(lockSql);
    const inFlight = call(first.url, routes.push, { token: session.tokens.accessToken, body }).catch((error: unknown) => error);
    // Wait until the server's push is queued behind the test's lock.
    let queued = false;
    for (let i = 0; i < 200 && !queued; i++) {
      const waiting = await blocker.query("select 1 from pg_stat_activity where wait_event_type = 'Lock' and datname = current_database()");
      queued = Boolean(waiting.rowCount);
      if (!queued) await new Promise((resolve) => setTimeout(resolve, 25));
    }
    expect(queued).toBe(true);
    first.child.kill('SIGKILL');
    await once(first.child, 'exit');
    expect(await inFlight).toBeInstanceOf(Error);
    await blocker.query('rollback');
    await blocker.end();

    const second = await spawnServer(database.url);
    try {
      const again = await call(second.url, routes.push, { token: session.tokens.accessToken, body });
      expect(again.status).toBe(200);
      expect(again.body.results.every((r: { status: string }) => r.status === 'applied')).toBe(true);
      const thrice = await call(second.url, routes.push, { token: session.tokens.accessToken, body });
      expect(thrice.body.results.every((r: { status: string }) => r.status === 'duplicate')).toBe(true);
      const reader = await signIn(second.url, email);
      const { rows } = await pullAll({ server: { url: second.url, epoch: undefined } as unknown as RunningServer }, reader);
      const ids = rows.filter((r) => r.table === 'partners').map((r) => r.row.id);
      for (const p of partners) expect(ids.filter((id) => id === p.id)).toHaveLength(1);
    } finally {
      second.child.kill('SIGTERM');
      await once(second.child, 'exit');
    }
  }, 60_000);
});
