import type { EntityName, EntityOf } from '../../shared/domain/entities';
import type { PartnerDeskDb } from './database';

export type TableRows = { [N in EntityName]?: readonly EntityOf<N>[] };

/** Rows per transaction (DESIGN §4): big enough to amortise a commit, small enough not to stall the page. */
export const BULK_CHUNK_ROWS = 1_000;

/**
 * Stores rows that did not come from this user: the demo workspace, and
 * later the rows a sync pull brings. They are already valid (the generator is
 * tested against the schemas, the server validates every write) and are
 * nobody's pending change, so they skip validation and the outbox; that keeps
 * an initial sync close to raw bulkPut speed (DESIGN §9). Returns the rows stored.
 */
export const bulkLoad = async (
  db: PartnerDeskDb,
  tablesToRows: TableRows,
  chunkRows: number = BULK_CHUNK_ROWS,
): Promise<number> => {
  let stored = 0;
  for (const [table, rows] of Object.entries(tablesToRows) as [EntityName, readonly EntityOf<EntityName>[]][]) {
    const target = db.table(table);
    for (let start = 0; start < rows.length; start += chunkRows) {
      const chunk = rows.slice(start, start + chunkRows);
      await db.transaction('rw', target, () => target.bulkPut(chunk));
      stored += chunk.length;
    }
  }
  return stored;
};
