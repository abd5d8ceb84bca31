import type { EntityName } from '../../shared/domain/entities';
import type { PartnerDeskDb } from '../db/database';
import type { OutboxEntry } from '../db/outbox';

type Row = Record<string, unknown>;

/**
 * One pending write on top of a record. A create carries the whole record,
 * so it can stand alone; an update of a record the device no longer holds has
 * nothing to land on and waits for the server's answer instead.
 */
export const applyEntry = (row: Row | undefined, entry: OutboxEntry): Row | undefined => {
  if (row) return entry.op === 'delete' ? { ...row, ...entry.patch, deleted: true } : { ...row, ...entry.patch };
  const isCreate = entry.op === 'put' && 'id' in entry.patch && 'territoryId' in entry.patch;
  return isCreate ? { ...entry.patch } : undefined;
};

const rowKey = (table: string, rowId: string) => `${table}\u0000${rowId}`;

/**
 * Lays this device's unsynced writes back over records that sync just
 * replaced with the server's copy, so the user keeps seeing their own edits
 * until the server has them (DESIGN §5). Call inside the read-write
 * transaction that replaced the records (it must include the outbox and the
 * tables named). `rows` maps a table to the ids it touched; `undefined`
 * means every record with a pending write.
 */
export const reapplyPending = async (db: PartnerDeskDb, rows?: ReadonlyMap<EntityName, ReadonlySet<string>>): Promise<void> => {
  const entries = rows ? await pendingFor(db, rows) : await db.outbox.orderBy('mutationId').toArray();
  const pending = new Map<string, OutboxEntry[]>();
  for (const entry of entries) {
    const key = rowKey(entry.table, entry.rowId);
    const list = pending.get(key);
    if (list) list.push(entry);
    else pending.set(key, [entry]);
  }
  for (const list of pending.values()) {
    const { table, rowId } = list[0]!;
    const target = db.table<Row, string>(table);
    let row = await target.get(rowId);
    for (const entry of list) row = applyEntry(row, entry);
    if (row) await target.put(row);
  }
};

/**
 * The pending writes to the records named, oldest first. The outbox's
 * [table+rowId] index names every record with a pending write without
 * reading an entry, so a page no pending write touches (nearly every page)
 * costs one key read of a small index, and only the entries that matter are read.
 */
const pendingFor = async (db: PartnerDeskDb, rows: ReadonlyMap<EntityName, ReadonlySet<string>>): Promise<OutboxEntry[]> => {
  if (rows.size === 0) return [];
  const withPending = (await db.outbox.orderBy('[table+rowId]').uniqueKeys()) as unknown as [EntityName, string][];
  const hit = withPending.filter(([table, rowId]) => rows.get(table)?.has(rowId));
  if (hit.length === 0) return [];
  const entries = await db.outbox.where('[table+rowId]').anyOf(hit).toArray();
  return entries.sort((a, b) => a.mutationId - b.mutationId);
};
