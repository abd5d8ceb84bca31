import type { EntityName, EntityOf } from '../../shared/domain/entities';
import type { PartnerDeskDb } from './database';
import { onTablesChanged } from './table-changes';

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
  /** The next read is done (or the current one, if none is pending). */
  settled(): Promise<void>;
  /** Stops watching; the rows stay as they were. */
  stop(): void;
}

export interface SnapshotOptions {
  /** Called when a read fails; the previous rows stay. */
  onError?: (error: unknown) => void;
}

/**
 * Reads `table` now and after every write to it, from this window or
 * another one of the profile. One read at a time: writes during a read
 * schedule exactly one more, so a burst (a sync page, an import) costs two
 * reads, not one per write.
 */
export const watchTable = <N extends EntityName>(db: PartnerDeskDb, table: N, options: SnapshotOptions = {}): TableSnapshot<EntityOf<N>> => {
  type Row = EntityOf<N>;
  let rows: readonly Row[] | undefined;
  let stopped = false;
  let reading: Promise<void> | null = null;
  let changedDuringRead = false;
  const listeners = new Set<() => void>();

  const read = (): Promise<void> => {
    changedDuringRead = false;
    reading = (async () => {
      try {
        const all = await db.table<Row, string>(table).toArray();
        if (stopped) return;
        rows = all.filter((row) => !row.deleted);
        for (const listener of listeners) listener();
      } catch (error) {
        if (!stopped) options.onError?.(error);
      }
    })().then(() => {
      reading = null;
      if (changedDuringRead && !stopped) void read();
    });
    return reading;
  };

  const onChange = () => {
    if (reading) changedDuringRead = true;
    else void read();
  };

  const unsubscribe = onTablesChanged(db, [table], onChange);
  void read();
  return {
    current: () => rows,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    settled: async () => {
      while (reading) await reading;
    },
    stop: () => {
      stopped = true;
      unsubscribe();
      listeners.clear();
    },
  };
};
