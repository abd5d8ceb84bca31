import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateWorkspace } from '../../shared/demo';
import { seedWorkspace } from '../../server/admin/demo';
import { startServer, type RunningServer, type ServerOptions } from '../../server/app';
import { adminQuery, createTestDatabase, type TestDatabase } from '../support/postgres';

export const SIM_AS_OF = '2026-11-22';

export type SimStore = 'postgres' | 'pglite';

/**
 * Which store a seed's server runs on. Most seeds use the PostgreSQL at
 * 127.0.0.1:5432, where a seed's database is a template copy made in a
 * fifth of a second; every tenth uses embedded PGlite (the app's default),
 * whose WASM start costs about a second, so both stores see the same
 * scenarios. SIM_STORE forces one.
 */
export const storeForSeed = (seed: number): SimStore => {
  const forced = process.env.SIM_STORE;
  if (forced === 'postgres' || forced === 'pglite') return forced;
  if (forced) throw new Error(`SIM_STORE must be postgres or pglite, not "${forced}"`);
  return seed % 10 === 0 ? 'pglite' : 'postgres';
};

/**
 * The sim's workspace: the demo generator's program (hq@demo.test and
 * manager1/2@demo.test over two territories) with 8 partners a territory
 * instead of the demo's 30. The scenarios touch a handful of partners; the
 * smaller load makes each seed's initial sync and final comparison quick,
 * so a run can afford hundreds of seeds.
 */
const SIM_WORKSPACE = { seed: 7, asOf: SIM_AS_OF, territories: 2, partnersPerTerritory: 8 };

/**
 * The workspace seeded once per store kind and run; each seed starts from a
 * copy of it, which takes a fraction of a second where seeding (with its
 * password hashing) takes seconds.
 */
const templates: { pglite?: Promise<string>; postgres?: Promise<TestDatabase> } = {};

const seedDemoInto = async (options: ServerOptions) => {
  const server = await startServer(options);
  await seedWorkspace(server.store, generateWorkspace(SIM_WORKSPACE));
  await server.close();
};

const pgliteTemplate = (): Promise<string> =>
  (templates.pglite ??= (async () => {
    const dir = mkdtempSync(join(tmpdir(), 'partner-desk-sim-template-'));
    await seedDemoInto({ dataDir: dir });
    return dir;
  })());

const postgresTemplate = (): Promise<TestDatabase> =>
  (templates.postgres ??= (async () => {
    const database = await createTestDatabase({ prefix: 'pd_sim_template' });
    await seedDemoInto({ databaseUrl: database.url });
    return database;
  })());

/** A seed's own copy of the seeded store, and how to remove it. */
const copyTemplate = async (store: SimStore): Promise<{ options: ServerOptions; remove(): Promise<void> }> => {
  if (store === 'postgres') {
    const database = await createTestDatabase({ template: (await postgresTemplate()).name, prefix: 'pd_sim' });
    // The sim kills its server, never PostgreSQL: waiting for each commit to reach the disk buys it
    // nothing and is most of a seed's time on this machine's slow fsync.
    await adminQuery(`alter database ${database.name} set synchronous_commit = off`);
    return { options: { databaseUrl: database.url }, remove: () => database.drop() };
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'partner-desk-sim-'));
  cpSync(await pgliteTemplate(), dataDir, { recursive: true });
  return { options: { dataDir }, remove: async () => rmSync(dataDir, { recursive: true, force: true }) };
};

/** A real HQ server on its own copy of the demo data, kept outside the process so it can be restarted on the same data. */
export class SimServer {
  private running!: RunningServer;
  restarts = 0;

  private constructor(
    readonly storeKind: SimStore,
    private readonly options: ServerOptions,
    private readonly remove: () => Promise<void>,
  ) {}

  static async start(store: SimStore): Promise<SimServer> {
    const copy = await copyTemplate(store);
    const server = new SimServer(store, copy.options, copy.remove);
    server.running = await startServer(copy.options);
    return server;
  }

  get url(): string {
    return this.running.url;
  }

  get store(): RunningServer['store'] {
    return this.running.store;
  }

  /** Stops and starts again on the same data (a new port: the lossy network follows it). */
  async restart(): Promise<void> {
    await this.running.close();
    this.running = await startServer(this.options);
    this.restarts++;
  }

  async stop(): Promise<void> {
    await this.running.close();
    await this.remove();
  }
}

export const removeTemplates = async (): Promise<void> => {
  if (templates.pglite) rmSync(await templates.pglite, { recursive: true, force: true });
  if (templates.postgres) await (await templates.postgres).drop();
};
