import { entityNames, type EntityName } from '../../shared/domain/entities';
import type { EvictedRow, PulledRow } from '../../shared/sync/protocol';
import type { PartnerDeskDb } from '../db/database';
import { reapplyPending } from './reapply-pending';
import {
  cursorRow,
  deleteCursor,
  deleteTerritories,
  observeRemoteTime,
  readCursors,
  readEpoch,
  readTerritories,
  writeEpoch,
  writeTerritories,
} from '../db/sync-meta';

type Row = Record<string, unknown>;

/** One `ok` pull response, as far as the store cares. */
export interface PullPage {
  epoch: string;
  territories: readonly string[];
  rows: readonly PulledRow[];
  evicted: readonly EvictedRow[];
  cursors: Readonly<Record<string, number>>;
  serverTime: number;
}

/** Every table a pull may write, for one transaction over all of them. */
const syncTables = (db: PartnerDeskDb) => [...entityNames.map((name) => db.table(name)), db.outbox, db.syncMeta];

const addTouched = (touched: Map<EntityName, Set<string>>, table: EntityName, id: string) => {
  const ids = touched.get(table) ?? new Set<string>();
  touched.set(table, ids.add(id));
};

/**
 * Stores one pull page (DESIGN §5) in ONE transaction: the rows (tombstones
 * stay as rows with deleted=true, so reads drop them and a later pull cannot
 * resurrect them), the evictions, the loss of whole territories, the new
 * cursors and epoch, and then this device's pending writes on top of the
 * rows it replaced. A failure anywhere stores none of it, so the cursor never
 * runs ahead of the rows.
 */
export const applyPullPage = (db: PartnerDeskDb, page: PullPage, nowMs: number): Promise<void> =>
  db.transaction('rw', syncTables(db), async () => {
    const touched = new Map<EntityName, Set<string>>();
    const byTable = new Map<EntityName, Row[]>();
    for (const { table, row } of page.rows) {
      const rows = byTable.get(table) ?? [];
      byTable.set(table, rows);
      rows.push(row);
      addTouched(touched, table, String(row.id));
    }
    // Blind puts: the pulled row replaces the stored one whole; pending writes go back on top below.
    for (const [table, rows] of byTable) await db.table<Row, string>(table).bulkPut(rows);

    if (page.evicted.length > 0) {
      const pulledAt = new Map(page.rows.map(({ table, version, row }) => [`${table}/${String(row.id)}`, version]));
      for (const evicted of page.evicted) {
        // A record that left a territory and came back: the old eviction and the newer row can share a page.
        if ((pulledAt.get(`${evicted.table}/${evicted.rowId}`) ?? -1) > evicted.version) continue;
        const target = db.table<Row, string>(evicted.table);
        const local = await target.get(evicted.rowId);
        // The row may have arrived in a territory this user still has (a move between two of theirs).
        if (local?.territoryId === evicted.territoryId) await target.delete(evicted.rowId);
      }
    }

    await dropLostTerritories(db, page.territories);
    await db.syncMeta.bulkPut(Object.entries(page.cursors).map(([territoryId, version]) => cursorRow(territoryId, version)));
    if ((await readEpoch(db)) !== page.epoch) await writeEpoch(db, page.epoch);
    await observeRemoteTime(db, page.serverTime, nowMs);
    await reapplyPending(db, touched);
  });

const sameMembers = (a: readonly string[], b: readonly string[]): boolean => {
  const set = new Set(a);
  return set.size === new Set(b).size && b.every((id) => set.has(id));
};

/**
 * A territory the user no longer has: its rows leave the device with its
 * cursor (DESIGN §5). Pending writes to them stay in the outbox; the server
 * refuses them and they become rejected changes the user can read.
 *
 * The page's territory list is compared with the last one stored, so a page
 * that loses nothing (nearly all of them) reads one syncMeta row and no
 * table. A lost territory's rows are found by the territoryId index; with no
 * list stored (first pull, after a reset, a store from before the list was
 * kept) every row outside the page's territories goes.
 */
const dropLostTerritories = async (db: PartnerDeskDb, territories: readonly string[]): Promise<void> => {
  const known = await readTerritories(db);
  if (known && sameMembers(known, territories)) return;
  const kept = new Set(territories);
  for (const name of entityNames) {
    const table = db.table(name);
    const keys = known
      ? await table.where('territoryId').anyOf(known.filter((id) => !kept.has(id))).primaryKeys()
      : await table.where('territoryId').noneOf([...territories]).primaryKeys();
    if (keys.length > 0) await table.bulkDelete(keys);
  }
  for (const territoryId of Object.keys(await readCursors(db))) {
    if (!kept.has(territoryId)) await deleteCursor(db, territoryId);
  }
  await writeTerritories(db, territories);
};

/**
 * The server cannot continue this device's cursors (restored backup, or
 * tombstones collected past them): drop every synced row and cursor in one
 * transaction, keep the outbox and rejected changes, take the new epoch, and
 * lay the pending writes back so creates stay visible. A pull from zero follows.
 */
export const applyReset = (db: PartnerDeskDb, epoch: string): Promise<void> =>
  db.transaction('rw', syncTables(db), async () => {
    for (const name of entityNames) await db.table(name).clear();
    for (const territoryId of Object.keys(await readCursors(db))) await deleteCursor(db, territoryId);
    // The next page looks for rows outside its territories afresh (only pending creates can be left).
    await deleteTerritories(db);
    await writeEpoch(db, epoch);
    await reapplyPending(db);
  });
