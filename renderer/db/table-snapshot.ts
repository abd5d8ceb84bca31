import type { EntityName, EntityOf } from '../../shared/domain/entities';
import type { PartnerDeskDb } from './database';
import { rerunOnChange } from './table-changes';

/**
 * One table's live rows held in memory, re-read after every write to it.
 * Built for the partner directory: the list, the command palette and the QBR
 * picker all want every partner, and at 10,000 partners one read is a few
 * hundred milliseconds of the cold start. Starting it when the workspace
 * opens lets that read run while the rest of the app boots and draws, and
 * sharing it means no screen repeats it.
 */
export interface TableSnapshot<T> {
  /** The live rows (no tombstones) as last read; undefined until the first read is done. */
  current(): readonly T[] | undefined;
  /** Calls `listener` after each new read; returns the unsubscribe function. Fits React's useSyncExternalStore. */
  subscribe(listener: () => void): () => void;
  /** Resolves once no read is under way or waiting. */
  settled(): Promise<void>;
  /** Stops watching; the rows stay as they were. */
  stop(): void;
}

export interface SnapshotOptions {
  /** Called when a read fails; the previous rows stay. */
  onError?: (error: unknown) => void;
}

/** Reads `table` now and after every write to it, from this window or another one of the profile. */
export const watchTable = <N extends EntityName>(db: PartnerDeskDb, table: N, options: SnapshotOptions = {}): TableSnapshot<EntityOf<N>> => {
  type Row = EntityOf<N>;
  let rows: readonly Row[] | undefined;
  const listeners = new Set<() => void>();
  const rerun = rerunOnChange(
    db,
    [table],
    async (stopped) => {
      const all = await db.table<Row, string>(table).toArray();
      if (stopped()) return;
      rows = all.filter((row) => !row.deleted);
      for (const listener of listeners) listener();
    },
    options,
  );
  return {
    current: () => rows,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    settled: rerun.settled,
    stop: () => {
      rerun.stop();
      listeners.clear();
    },
  };
};
