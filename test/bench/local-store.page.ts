import { createRepository, openPartnerDeskDb, type PartnerDeskDb, type Repository, type TableRows } from '../../renderer/db';
import { countRecords, loadSet } from '../../shared/demo';
import type { EntityName, EntityOf, Partner } from '../../shared/domain';
import { metricOf, percentile, round, timed } from './measure';
import type { Metric } from './types';

/**
 * Runs in headless Chromium against its real IndexedDB: the figures DESIGN §9
 * holds the local store to. Each load goes into a database of its own, so no
 * step pays for rows another step left behind.
 */

export type LocalStoreBench = (asOf: string) => Promise<Metric[]>;

type ChildTable = { [N in EntityName]: 'partnerId' extends keyof EntityOf<N> ? N : never }[EntityName];

/** Partners whose children are read one partner at a time, spread over the whole set. */
const CHILD_READ_SAMPLE = 200;

const metric = metricOf('local-store');

let databases = 0;
const freshDb = async (): Promise<PartnerDeskDb> => {
  const db = openPartnerDeskDb(`bench-${++databases}`);
  await db.open();
  return db;
};

/** Milliseconds `load` takes on an empty database, which is deleted afterwards to free the disk. */
const loadIntoFreshDb = async (load: (db: PartnerDeskDb) => Promise<unknown>): Promise<number> => {
  const db = await freshDb();
  const [, ms] = await timed(() => load(db));
  await db.delete();
  return ms;
};

/** The same rows as one bulkPut per table: no chunks, no repository. The floor for any loader. */
const rawBulkPut = async (db: PartnerDeskDb, tables: TableRows): Promise<void> => {
  for (const [table, rows] of Object.entries(tables)) await db.table(table).bulkPut([...rows]);
};

/** Partners alone, raw and through bulkLoad: the repository's overhead on one table. */
const partnerLoads = async (partners: Partner[]): Promise<Metric[]> => {
  // A throwaway load first, so neither side pays for JIT and IndexedDB start-up; then best of two, alternating.
  await loadIntoFreshDb((db) => db.partners.bulkPut(partners.slice(0, 2_000)));
  const raw: number[] = [];
  const loaded: number[] = [];
  for (let attempt = 0; attempt < 2; attempt++) {
    raw.push(await loadIntoFreshDb((db) => db.partners.bulkPut(partners)));
    loaded.push(await loadIntoFreshDb((db) => createRepository(db).bulkLoad({ partners })));
  }
  const rows = { rows: partners.length };
  return [
    metric('raw-bulkput-partners', Math.min(...raw), 'ms', `raw Dexie bulkPut of ${partners.length} partners, best of 2`, rows),
    metric('bulk-load-partners', Math.min(...loaded), 'ms', `bulkLoad of ${partners.length} partners, best of 2`, rows),
  ];
};

/** The whole set, raw and through bulkLoad (DESIGN §9 holds initial sync to 1.5x raw). Keeps the loaded store for the reads. */
const fullLoads = async (records: TableRows, rows: number): Promise<{ db: PartnerDeskDb; metrics: Metric[] }> => {
  const rawMs = await loadIntoFreshDb((db) => rawBulkPut(db, records));
  const db = await freshDb();
  const [, loadMs] = await timed(() => createRepository(db).bulkLoad(records));
  return {
    db,
    metrics: [
      metric('raw-bulkput-all', rawMs, 'ms', 'raw Dexie bulkPut of the load set, one call per table', { rows }),
      metric('bulk-load', loadMs, 'ms', 'bulkLoad of the load set, 1,000-row transactions', { rows }),
      metric('bulk-load-throughput', rows / (loadMs / 1000), 'rows/s', 'bulkLoad throughput'),
      metric('bulk-load-vs-raw', loadMs / rawMs, 'ratio', 'bulkLoad time / raw bulkPut time'),
    ],
  };
};

/** The partner list, and a partner page's child lists, each by its index. */
const reads = async (db: PartnerDeskDb, repo: Repository, partners: Partner[]): Promise<Metric[]> => {
  const [readBack, readAllMs] = await timed(() => repo.list('partners'));
  if (readBack.length !== partners.length) throw new Error(`read ${readBack.length} partners, loaded ${partners.length}`);

  // Every table indexed by partnerId is a child list on the partner page.
  const childTables = db.tables.filter((t) => t.schema.idxByName['partnerId']).map((t) => t.name) as ChildTable[];
  const sample = Array.from({ length: CHILD_READ_SAMPLE }, (_, i) => partners[Math.floor((i * partners.length) / CHILD_READ_SAMPLE)]!);
  const times: number[] = [];
  let childRows = 0;
  for (const partner of sample) {
    const [lists, ms] = await timed(() => Promise.all(childTables.map((table) => repo.listBy(table, 'partnerId', partner.id))));
    times.push(ms);
    childRows += lists.reduce((sum, list) => sum + list.length, 0);
  }
  times.sort((a, b) => a - b);
  const detail = { partners: sample.length, tables: childTables.length, meanRows: round(childRows / sample.length) };
  const children = "read one partner's children from every child table by index";
  return [
    metric('read-all-partners', readAllMs, 'ms', `read all ${partners.length} partners back`, { rows: partners.length }),
    metric('read-children-p50', percentile(times, 0.5), 'ms', `${children}, median`, detail),
    metric('read-children-p95', percentile(times, 0.95), 'ms', `${children}, p95`, detail),
  ];
};

const run: LocalStoreBench = async (asOf) => {
  const [workspace, generateMs] = await timed(() => loadSet(asOf));
  const rows = countRecords(workspace);
  const partners = workspace.records.partners;
  const metrics = [metric('generate', generateMs, 'ms', `generate the load set (${rows} rows)`, { rows })];
  metrics.push(...(await partnerLoads(partners)));
  const full = await fullLoads(workspace.records, rows);
  metrics.push(...full.metrics);
  metrics.push(...(await reads(full.db, createRepository(full.db), partners)));
  await full.db.delete();
  return metrics;
};

(window as unknown as { localStoreBench: LocalStoreBench }).localStoreBench = run;
