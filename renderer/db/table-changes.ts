import { Dexie } from 'dexie';
import type { PartnerDeskDb } from './database';
import { createRunLoop } from './run-loop';

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
 * Runs `work` now and again after writes to `tables`, through the one run
 * loop (run-loop.ts): one run at a time, writes during a run schedule exactly
 * one more. `work` is told whether it has been stopped, so a long run can
 * end early and a late result is dropped rather than delivered.
 */
export const rerunOnChange = (
  db: PartnerDeskDb,
  tables: readonly string[],
  work: (stopped: () => boolean) => Promise<void>,
  options: RerunOptions = {},
): Rerun => {
  const { settleMs = 0, onError } = options;
  let stopped = false;
  const loop = createRunLoop(work, { onDone: (error) => error !== undefined && !stopped && onError?.(error) });
  const unsubscribe = onTablesChanged(db, tables, () => loop.request(settleMs));
  loop.request(0);
  return {
    settled: () => loop.settled(),
    stop: () => {
      stopped = true;
      loop.stop();
      unsubscribe();
    },
  };
};
