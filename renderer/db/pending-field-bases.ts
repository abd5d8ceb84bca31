import type { EntityName } from '../../shared/domain/entities';
import type { PartnerDeskDb } from './database';
import type { OutboxEntry, Patch } from './outbox';

/** A record's unsynced writes, oldest first. */
export type PendingWrites = readonly OutboxEntry[];

/**
 * The unsynced writes of several records of one table, by row id, in one
 * read of the outbox (a batch of writes asks once, not once per record).
 */
export const readPendingWrites = async (db: PartnerDeskDb, table: EntityName, rowIds: readonly string[]): Promise<Map<string, PendingWrites>> => {
  const byRow = new Map<string, OutboxEntry[]>();
  if (rowIds.length === 0) return byRow;
  const entries = await db.outbox
    .where('[table+rowId]')
    .anyOf(rowIds.map((id) => [table, id]))
    .toArray();
  for (const entry of entries.sort((a, b) => a.mutationId - b.mutationId)) {
    const list = byRow.get(entry.rowId);
    if (list) list.push(entry);
    else byRow.set(entry.rowId, [entry]);
  }
  return byRow;
};

/**
 * The base versions a new write's fields keep from earlier unsynced writes
 * of the same record (protocol `fieldBaseVersions`).
 *
 * While a field has a pending edit, pulls lay that edit back over whatever
 * the server sent, so the user goes on seeing their own value. Editing it
 * again does not mean they saw (and chose to overwrite) another device's
 * newer value: the field keeps the oldest pending edit's base, and the server
 * still treats that other value as concurrent, recording a conflict when one
 * side loses. Returns undefined when no field needs a lower base.
 */
export const pendingFieldBases = (pending: PendingWrites | undefined, patch: Patch, baseVersion: number): Record<string, number> | undefined => {
  if (!pending || pending.length === 0) return undefined;
  const bases: Record<string, number> = {};
  for (const field of Object.keys(patch)) {
    const earliest = pending.find((entry) => field in entry.patch);
    if (!earliest) continue;
    const base = earliest.fieldBaseVersions?.[field] ?? earliest.baseVersion;
    if (base < baseVersion) bases[field] = base;
  }
  return Object.keys(bases).length > 0 ? bases : undefined;
};
