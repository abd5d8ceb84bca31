import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { countRecords, demoWorkspace, loadSet } from '../../shared/demo';
import { newId } from '../../shared/domain/ids';
import { formatHlc } from '../../shared/sync/hlc';
import { MAX_PULL_LIMIT, SCHEMA_VERSION, routes, type Mutation, type PullResponse, type PushResponse, type Tokens } from '../../shared/sync/protocol';
import { DEMO_PASSWORD, seedWorkspace } from '../../server/admin/demo';
import { startServer, type RunningServer, type ServerOptions } from '../../server/app';
import type { Bench, Metric } from './types';

/**
 * The HQ server alone, over loopback HTTP (DESIGN §9: ≥ 5,000 mutations/s
 * push ingest and ≥ 30,000 rows/s pull on PostgreSQL, 2 cores), on both
 * stores: PGlite in memory and a throwaway database on the local PostgreSQL
 * (PARTNER_DESK_BENCH_POSTGRES, default postgres://postgres@127.0.0.1:5432/postgres).
 * PARTNER_DESK_BENCH_STORE=pglite or =postgres runs one store only.
 *
 * Push: 20 batches of 500 partner creates, one after another, as one device.
 * Pull: HQ pulls the load set (10,000 partners and their child records) from
 * zero in pages of the largest size, parsing every page as a client would.
 */
const AS_OF = '2026-11-22';
const BATCHES = 20;
const BATCH_SIZE = 500;
const ADMIN_URL = process.env.PARTNER_DESK_BENCH_POSTGRES ?? 'postgres://postgres@127.0.0.1:5432/postgres';

const post = async <T>(server: RunningServer, path: string, body: unknown, token?: string): Promise<T> => {
  const response = await fetch(server.url + path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
};

const signIn = (server: RunningServer, email: string) => post<Tokens>(server, routes.signIn, { email, password: DEMO_PASSWORD });

/** A store for one run and how to throw it away. */
const stores: { name: 'pglite' | 'postgres'; open(): Promise<{ options: ServerOptions; drop(): Promise<void> }> }[] = [
  { name: 'pglite', open: async () => ({ options: { dataDir: 'memory://' }, drop: async () => undefined }) },
  {
    name: 'postgres',
    open: async () => {
      const name = `pd_bench_${randomBytes(4).toString('hex')}`;
      const admin = new pg.Client({ connectionString: ADMIN_URL });
      await admin.connect();
      await admin.query(`create database ${name}`);
      await admin.end();
      return {
        options: { databaseUrl: ADMIN_URL.replace(/\/[^/]*$/, `/${name}`) },
        drop: async () => {
          const c = new pg.Client({ connectionString: ADMIN_URL });
          await c.connect();
          await c.query(`drop database if exists ${name} with (force)`);
          await c.end();
        },
      };
    },
  },
];

const pushIngest = async (store: (typeof stores)[number]): Promise<Metric> => {
  const { options, drop } = await store.open();
  const server = await startServer({ ...options, demo: { asOf: AS_OF } });
  try {
    const tokens = await signIn(server, 'manager1@demo.test');
    const territoryId = tokens.user.territoryIds[0]!;
    const template = demoWorkspace(AS_OF).records.partners.find((p) => p.territoryId === territoryId)!;
    const clientId = newId();
    let mutationId = 0;
    const batches = Array.from({ length: BATCHES }, () => ({
      clientId,
      schemaVersion: SCHEMA_VERSION,
      mutations: Array.from({ length: BATCH_SIZE }, (): Mutation => {
        const id = newId();
        return {
          mutationId: ++mutationId,
          table: 'partners',
          rowId: id,
          op: 'put',
          patch: { ...template, id, name: `Bench partner ${mutationId}` },
          baseVersion: 0,
          hlc: formatHlc({ wallMs: Date.now(), counter: mutationId % 0xffff, node: clientId }),
        };
      }),
    }));
    const start = performance.now();
    const cpuBefore = process.cpuUsage();
    for (const batch of batches) {
      const answer = await post<PushResponse>(server, routes.push, batch, tokens.accessToken);
      if (answer.results.some((r) => r.status !== 'applied')) throw new Error(`push: ${JSON.stringify(answer.results.find((r) => r.status !== 'applied'))}`);
    }
    const seconds = (performance.now() - start) / 1000;
    const cpu = process.cpuUsage(cpuBefore);
    const total = BATCHES * BATCH_SIZE;
    return {
      metric: `server-sync.${store.name}.push`,
      value: Math.round(total / seconds),
      unit: 'mutations/s',
      label: `server push ingest on ${store.name} (${BATCHES} × ${BATCH_SIZE} creates)`,
      mutations: total,
      ms: Math.round(seconds * 1000),
      // CPU of this process (server and bench client together): on a busy machine, wall time is not all ours.
      processCpuMs: Math.round((cpu.user + cpu.system) / 1000),
    };
  } finally {
    await server.close();
    await drop();
  }
};

const pullRate = async (store: (typeof stores)[number]): Promise<Metric[]> => {
  const { options, drop } = await store.open();
  const server = await startServer(options);
  try {
    const workspace = loadSet(AS_OF);
    const seedStart = performance.now();
    await seedWorkspace(server.store, workspace);
    const seedMs = performance.now() - seedStart;
    const tokens = await signIn(server, 'hq@demo.test');
    let cursors: Record<string, number> = {};
    let rows = 0;
    let pages = 0;
    const start = performance.now();
    for (;;) {
      const page = await post<PullResponse>(
        server,
        routes.pull,
        { clientId: 'bench', schemaVersion: SCHEMA_VERSION, cursors, limit: MAX_PULL_LIMIT },
        tokens.accessToken,
      );
      if (page.status !== 'ok') throw new Error('pull reset');
      rows += page.rows.length;
      pages++;
      cursors = page.cursors;
      if (!page.hasMore) break;
    }
    const seconds = (performance.now() - start) / 1000;
    if (rows !== countRecords(workspace)) throw new Error(`pulled ${rows} rows, expected ${countRecords(workspace)}`);
    return [
      {
        metric: `server-sync.${store.name}.pull`,
        value: Math.round(rows / seconds),
        unit: 'rows/s',
        label: `server pull on ${store.name} (load set, ${rows.toLocaleString('en-US')} rows)`,
        rows,
        pages,
        ms: Math.round(seconds * 1000),
      },
      {
        metric: `server-sync.${store.name}.seed`,
        value: Math.round(seedMs),
        unit: 'ms',
        label: `server: store the load set on ${store.name}`,
        rows,
      },
    ];
  } finally {
    await server.close();
    await drop();
  }
};

export const serverSync: Bench = {
  name: 'server-sync',
  run: async () => {
    const metrics: Metric[] = [];
    const only = process.env.PARTNER_DESK_BENCH_STORE;
    for (const store of stores.filter((s) => !only || s.name === only)) {
      metrics.push(await pushIngest(store));
      metrics.push(...(await pullRate(store)));
    }
    return metrics;
  },
};
