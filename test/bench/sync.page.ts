import { createRepository, openPartnerDeskDb, type PartnerDeskDb } from '../../renderer/db';
import { createMemoryPlatform } from '../support/memory-platform';
import { createSyncEngine } from '../../renderer/sync/sync-engine';
import { entityNames } from '../../shared/domain/entities';
import { metricOf, percentile, timed } from './measure';
import type { Metric } from './types';

/**
 * Runs in headless Chromium against real IndexedDB and a real HQ server on
 * loopback: the initial sync of the load set next to a raw bulkPut of the
 * same rows in the same run, then incremental round trips (DESIGN §9).
 */
export interface SyncBenchInput {
  serverUrl: string;
  email: string;
  password: string;
  edits: number;
}
export type SyncBench = (input: SyncBenchInput) => Promise<Metric[]>;

const metric = metricOf('sync');

const rowCount = async (db: PartnerDeskDb): Promise<number> =>
  (await Promise.all(entityNames.map((table) => db.table(table).count()))).reduce((a, b) => a + b, 0);

/** The rows the sync stored, bulkPut raw into an empty database: the floor the sync is held against. */
const rawBulkPutOfSameRows = async (synced: PartnerDeskDb): Promise<number> => {
  const tables = await Promise.all(entityNames.map(async (table) => [table, await synced.table(table).toArray()] as const));
  const raw = openPartnerDeskDb('sync-bench-raw');
  await raw.open();
  const [, ms] = await timed(async () => {
    for (const [table, rows] of tables) await raw.table(table).bulkPut(rows);
  });
  await raw.delete();
  return ms;
};

const run: SyncBench = async ({ serverUrl, email, password, edits }) => {
  const db = openPartnerDeskDb('sync-bench');
  await db.open();
  const engine = createSyncEngine({ db, platform: createMemoryPlatform(), baseUrl: serverUrl });
  await engine.session.signIn(email, password);

  const [, syncMs] = await timed(() => engine.sync());
  const rows = await rowCount(db);
  const rawMs = await rawBulkPutOfSameRows(db);

  // Edit-then-sync, one edit at a time, as a manager saving a form online would.
  const repo = createRepository(db, { now: engine.clock.now });
  const partners = (await db.partners.limit(edits).toArray()).filter((p) => !p.deleted);
  const roundTrips: number[] = [];
  for (const [i, partner] of partners.entries()) {
    await repo.update('partners', partner.id, { notes: `Bench edit ${i}` });
    const [, ms] = await timed(() => engine.sync());
    roundTrips.push(ms);
  }
  if ((await db.outbox.count()) !== 0) throw new Error('edits left in the outbox after syncing');
  roundTrips.sort((a, b) => a - b);

  await db.delete();
  const detail = { rows };
  return [
    metric('initial-sync', syncMs, 'ms', `initial sync of the load set into IndexedDB (${rows} rows)`, detail),
    metric('initial-sync-raw-bulkput', rawMs, 'ms', 'raw Dexie bulkPut of the same rows, same run', detail),
    metric('initial-sync-vs-raw', syncMs / rawMs, 'ratio', 'initial sync time / raw bulkPut time (target ≤ 1.5)'),
    metric('initial-sync-throughput', rows / (syncMs / 1000), 'rows/s', 'initial sync throughput'),
    metric('edit-round-trip-p50', percentile(roundTrips, 0.5), 'ms', `edit + push + pull round trip, median of ${roundTrips.length}`),
    metric('edit-round-trip-p95', percentile(roundTrips, 0.95), 'ms', `edit + push + pull round trip, p95 of ${roundTrips.length} (target ≤ 300)`),
  ];
};

(window as unknown as { syncBench: SyncBench }).syncBench = run;
