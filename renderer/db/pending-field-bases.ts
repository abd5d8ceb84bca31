import type { EntityName } from '../../shared/domain/entities';
import type { PartnerDeskDb } from './database';
import type { Patch } from './outbox';

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
export const pendingFieldBases = async (
  db: PartnerDeskDb,
  table: EntityName,
  rowId: string,
  patch: Patch,
  baseVersion: number,
): Promise<Record<string, number> | undefined> => {
  const pending = await db.outbox.where('[table+rowId]').equals([table, rowId]).sortBy('mutationId');
  if (pending.length === 0) return undefined;
  const bases: Record<string, number> = {};
  for (const field of Object.keys(patch)) {
    const earliest = pending.find((entry) => field in entry.patch);
    if (!earliest) continue;
    const base = earliest.fieldBaseVersions?.[field] ?? earliest.baseVersion;
    if (base < baseVersion) bases[field] = base;
  }
  return Object.keys(bases).length > 0 ? bases : undefined;
};
