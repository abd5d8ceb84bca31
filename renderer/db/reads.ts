import type { IndexableType } from 'dexie';
import type { EntityName, EntityOf } from '../../shared/domain/entities';
import type { PartnerDeskDb } from './database';

/**
 * Reads for the screens. Deleted records stay in the store as tombstones
 * until sync has told the server, so every read drops them. Each function
 * only reads, so it can run inside `liveQuery` and re-run when the data changes.
 */

/** A field index, or a compound index such as `[territoryId+name]` (value then is an array). */
export type IndexName<N extends EntityName> = (keyof EntityOf<N> & string) | `[${string}]`;

const live = <T extends { deleted: boolean }>(row: T): boolean => !row.deleted;

export const getRecord = async <N extends EntityName>(
  db: PartnerDeskDb,
  table: N,
  id: string,
): Promise<EntityOf<N> | undefined> => {
  const row = await db.table<EntityOf<N>, string>(table).get(id);
  return row && live(row) ? row : undefined;
};

export const listRecords = <N extends EntityName>(db: PartnerDeskDb, table: N): Promise<EntityOf<N>[]> =>
  db.table<EntityOf<N>, string>(table).filter(live).toArray();

/** Records whose index equals `value`, e.g. a partner's contacts: `listBy(db, 'contacts', 'partnerId', id)`. */
export const listBy = <N extends EntityName>(
  db: PartnerDeskDb,
  table: N,
  index: IndexName<N>,
  value: IndexableType,
): Promise<EntityOf<N>[]> => db.table<EntityOf<N>, string>(table).where(index).equals(value).filter(live).toArray();
