import { Dexie } from 'dexie';
import type { PartnerDeskDb } from './database';

/**
 * Calls `onChange` after every committed write to one of `tables` in this
 * store, from this window or another one of the profile (Dexie relays those).
 * Built on Dexie's `storagemutated` event, what liveQuery itself listens to,
 * for two kinds of reader liveQuery serves badly: code that must also run
 * under Node, where liveQuery never emits, and reads of thousands of keyed
 * lookups, where liveQuery's bookkeeping of every key read costs more than
 * the reads. Such a reader re-reads when told. Returns the unsubscribe function.
 */
export const onTablesChanged = (db: PartnerDeskDb, tables: readonly string[], onChange: () => void): (() => void) => {
  // Dexie names each changed part `idb://<store>/<table>/<index>`.
  const prefixes = tables.map((table) => `idb://${db.name}/${table}/`);
  const listener = (parts: Record<string, unknown>) => {
    if (Object.keys(parts).some((part) => prefixes.some((prefix) => part.startsWith(prefix)))) onChange();
  };
  Dexie.on('storagemutated', listener);
  return () => Dexie.on('storagemutated').unsubscribe(listener);
};

export interface RerunOptions {
  /** Wait this long after a write before running again, so a burst of writes (a sync page, an import) costs one run. */
  settleMs?: number;
  /** Called when a run fails; the next write runs again. */
  onError?: (error: unknown) => void;
}

export interface Rerun {
  /** Resolves once no run is under way or waiting. */
  settled(): Promise<void>;
  stop(): void;
}

/**
 * Runs `work` now and again after writes to `tables`, one run at a time:
 * writes during a run schedule exactly one more, so a long sync neither
 * piles up runs nor starves the reader of a result. `work` is told whether
 * it has been stopped, so a long run can end early and a late result is
 * dropped rather than delivered.
 */
export const rerunOnChange = (
  db: PartnerDeskDb,
  tables: readonly string[],
  work: (stopped: () => boolean) => Promise<void>,
  options: RerunOptions = {},
): Rerun => {
  const { settleMs = 0, onError } = options;
  let stopped = false;
  let running: Promise<void> | null = null;
  let again = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const isStopped = () => stopped;

  const run = () => {
    timer = undefined;
    again = false;
    running = work(isStopped)
      .catch((error: unknown) => {
        if (!stopped) onError?.(error);
      })
      .finally(() => {
        running = null;
        if (again) schedule();
      });
  };

  const schedule = () => {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    clearTimeout(timer);
    timer = setTimeout(run, settleMs);
  };

  const unsubscribe = onTablesChanged(db, tables, schedule);
  run();
  return {
    settled: async () => {
      while (running || timer !== undefined) await (running ?? new Promise((resolve) => setTimeout(resolve, settleMs)));
    },
    stop: () => {
      stopped = true;
      clearTimeout(timer);
      timer = undefined;
      unsubscribe();
    },
  };
};
