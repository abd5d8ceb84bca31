import type { IndexableType, Table } from 'dexie';
import type { EntityName, EntityOf } from '../../shared/domain/entities';
import type { PartnerDeskDb } from './database';
import type { OutboxEntry } from './outbox';
import type { RejectedChange } from './rejected-changes';
import { onTablesChanged, rerunOnChange, type Rerun, type RerunOptions } from './table-changes';
import { watchTable, type SnapshotOptions, type TableSnapshot } from './table-snapshot';

/**
 * Reads for the screens. Deleted records stay in the store as tombstones
 * until sync has told the server, so every read drops them unless it says
 * otherwise. Each function only reads, so it can run inside `liveQuery` and
 * re-run when the data changes.
 */

/** A field index, or a compound index such as `[territoryId+name]` (value then is an array). */
export type IndexName<N extends EntityName> = (keyof EntityOf<N> & string) | `[${string}]`;

const live = <T extends { deleted: boolean }>(row: T): boolean => !row.deleted;
const tableOf = <N extends EntityName>(db: PartnerDeskDb, table: N): Table<EntityOf<N>, string> => db.table<EntityOf<N>, string>(table);

export const getRecord = async <N extends EntityName>(db: PartnerDeskDb, table: N, id: string): Promise<EntityOf<N> | undefined> => {
  const row = await tableOf(db, table).get(id);
  return row && live(row) ? row : undefined;
};

export const listRecords = <N extends EntityName>(db: PartnerDeskDb, table: N): Promise<EntityOf<N>[]> => tableOf(db, table).filter(live).toArray();

/** Records whose index equals `value`, e.g. a partner's contacts: `listBy(db, 'contacts', 'partnerId', id)`. */
export const listBy = <N extends EntityName>(db: PartnerDeskDb, table: N, index: IndexName<N>, value: IndexableType): Promise<EntityOf<N>[]> =>
  tableOf(db, table).where(index).equals(value).filter(live).toArray();

/**
 * What screens and features may read and watch: the store's data, never its
 * handle (DESIGN §3, enforced by lint). Made once per workspace over its store.
 */
export interface Reads {
  get<N extends EntityName>(table: N, id: string): Promise<EntityOf<N> | undefined>;
  list<N extends EntityName>(table: N): Promise<EntityOf<N>[]>;
  listBy<N extends EntityName>(table: N, index: IndexName<N>, value: IndexableType): Promise<EntityOf<N>[]>;
  /**
   * The rows below are raw: tombstones included, in one request each, for
   * calculators that skip tombstones themselves over large tables (a filter
   * would turn each request into a cursor walked key by key).
   */
  /** Every stored row of the table. */
  rows<N extends EntityName>(table: N): Promise<EntityOf<N>[]>;
  /** Stored rows whose index equals `value`. */
  rowsBy<N extends EntityName>(table: N, index: IndexName<N>, value: IndexableType): Promise<EntityOf<N>[]>;
  /** Stored rows whose index lies between `lower` and `upper` (both included), in index order. */
  rowsBetween<N extends EntityName>(table: N, index: IndexName<N>, lower: IndexableType, upper: IndexableType): Promise<EntityOf<N>[]>;
  /** A stored row whatever its state, a tombstone included: undefined only when the store has none. */
  stored<N extends EntityName>(table: N, id: string): Promise<EntityOf<N> | undefined>;
  /** Rows by id, in the order asked, undefined where the store has none. */
  bulkGet<N extends EntityName>(table: N, ids: readonly string[]): Promise<(EntityOf<N> | undefined)[]>;
  /** Live rows where the index equals `value`, counted. */
  countBy<N extends EntityName>(table: N, index: IndexName<N>, value: IndexableType): Promise<number>;
  /** The changes not yet taken by the server, oldest first. */
  pendingChanges(): Promise<OutboxEntry[]>;
  /** Changes the server refused, newest first: kept for the user until they act on them. */
  refusedChanges(): Promise<RejectedChange[]>;
  /** Several reads as one consistent snapshot (one read-only transaction), which also makes thousands of lookups cheap. */
  snapshotOf<T>(tables: readonly EntityName[], work: () => Promise<T>): Promise<T>;
  /** Runs `work` now and again after writes to `tables` (one run at a time). */
  watch(tables: readonly string[], work: (stopped: () => boolean) => Promise<void>, options?: RerunOptions): Rerun;
  /** Calls `onChange` after every committed write to `tables`; returns the unsubscribe function. */
  onChanged(tables: readonly string[], onChange: () => void): () => void;
  /** One table's live rows kept in memory, re-read after each write to it. */
  snapshot<N extends EntityName>(table: N, options?: SnapshotOptions): TableSnapshot<EntityOf<N>>;
}

export const createReads = (db: PartnerDeskDb): Reads => ({
  get: (table, id) => getRecord(db, table, id),
  list: (table) => listRecords(db, table),
  listBy: (table, index, value) => listBy(db, table, index, value),
  rows: (table) => tableOf(db, table).toArray(),
  rowsBy: (table, index, value) => tableOf(db, table).where(index).equals(value).toArray(),
  rowsBetween: (table, index, lower, upper) => tableOf(db, table).where(index).between(lower, upper, true, true).toArray(),
  stored: (table, id) => tableOf(db, table).get(id),
  bulkGet: (table, ids) => tableOf(db, table).bulkGet([...ids]),
  countBy: (table, index, value) => tableOf(db, table).where(index).equals(value).filter(live).count(),
  pendingChanges: () => db.outbox.orderBy('mutationId').toArray(),
  refusedChanges: async () => (await db.rejectedChanges.orderBy('rejectedAt').toArray()).reverse(),
  snapshotOf: (tables, work) => db.transaction('r', tables.map((name) => db.table(name)), work),
  watch: (tables, work, options) => rerunOnChange(db, tables, work, options),
  onChanged: (tables, onChange) => onTablesChanged(db, tables, onChange),
  snapshot: (table, options) => watchTable(db, table, options),
});
