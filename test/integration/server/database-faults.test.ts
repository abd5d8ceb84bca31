import { createServer, connect, type Server, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routes } from '../../../shared/sync/protocol';
import { startServer, type RunningServer } from '../../../server/app';
import { call, createTestDatabase, partnerRecord, push, signIn, START_TIMEOUT_MS, type Session, type TestDatabase } from './support';
import { createTerritory } from '../../../server/admin/territories';
import { createUser } from '../../../server/admin/users';

/**
 * The database failing under the server (DESIGN §6): an outage is a 503
 * with Retry-After while it lasts and nothing once it is back, and no
 * driver error ends the process (issue 10, defects 2 and 9). PostgreSQL only:
 * the embedded store has no connection to lose.
 */

/** A TCP relay to PostgreSQL that can drop every connection and refuse new ones, like a database host going away. */
class Relay {
  private server: Server | undefined;
  private readonly sockets = new Set<Socket>();
  constructor(readonly port: number) {}

  static async start(): Promise<Relay> {
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const port = (probe.address() as { port: number }).port;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    const relay = new Relay(port);
    await relay.up();
    return relay;
  }

  async up(): Promise<void> {
    if (this.server) return;
    this.server = createServer((client) => {
      const upstream = connect(5432, '127.0.0.1');
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.on('close', () => this.sockets.delete(s));
        s.on('error', () => undefined);
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => this.server!.listen(this.port, '127.0.0.1', resolve));
  }

  async down(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  }
}

describe('HQ server when the database fails (PostgreSQL)', () => {
  let database: TestDatabase;
  let relay: Relay;
  let server: RunningServer;
  let manager: Session;
  let territoryId: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    relay = await Relay.start();
    server = await startServer({ databaseUrl: database.url.replace(':5432/', `:${relay.port}/`) });
    territoryId = (await createTerritory(server.store, { name: 'North', region: 'EMEA' })).id;
    await createUser(server.store, { email: 'm@faults.example', displayName: 'M', role: 'manager', password: 'correct horse', territoryIds: [territoryId] });
    manager = await signIn(server.url, 'm@faults.example', 'correct horse');
  }, START_TIMEOUT_MS);
  afterAll(async () => {
    await relay?.up();
    await server?.close();
    await relay?.down();
    await database?.drop();
  }, START_TIMEOUT_MS);

  it('answers 503 with Retry-After while the database is away, and serves again once it is back', async () => {
    await relay.down();
    const p = partnerRecord(territoryId);
    const during = await push({ server }, manager, [{ table: 'partners', rowId: p.id, op: 'put', patch: p }]);
    expect(during.status).toBe(503);
    expect(during.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(during.body.error).toMatchObject({ code: 'unavailable', message: expect.stringMatching(/cannot be reached/) });
    const health = await call(server.url, routes.health);
    expect(health.status).toBe(503);
    expect(health.headers.get('retry-after')).toMatch(/^\d+$/);

    await relay.up();
    const after = await push({ server }, manager, [{ table: 'partners', rowId: p.id, op: 'put', patch: p }]);
    expect(after.status).toBe(200);
    expect(after.body.results[0].status).toBe('applied');
  });

  it('survives a value too large for the driver to hold: the query fails, the process and the pool go on', async () => {
    // Past V8's longest string (about 512 MB): pg-protocol throws inside its socket listener.
    await expect(server.store.query("select repeat('x', 540000000) as t")).rejects.toThrow(/string longer than/);
    expect((await call(server.url, routes.health)).status).toBe(200);
    const tx = await server.store.transaction(async (t) => t.query<{ one: number }>('select 1 as one'));
    expect(tx).toEqual([{ one: 1 }]);
  });
});
