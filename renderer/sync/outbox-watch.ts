import type { PartnerDeskDb } from '../db/database';
import { onTablesChanged } from '../db/table-changes';

/**
 * Calls `onCount` with the outbox size now and after every change to it,
 * from this window or another one of the profile. Not liveQuery, which never
 * emits under Node, where the engine's tests and the simulation run.
 * Returns the unsubscribe function.
 */
export const watchOutboxCount = (db: PartnerDeskDb, onCount: (count: number) => void): (() => void) => {
  let stopped = false;
  const recount = () => {
    void db.outbox.count().then(
      (count) => !stopped && onCount(count),
      () => {
        // The store is closing; the next change recounts.
      },
    );
  };
  const unsubscribe = onTablesChanged(db, ['outbox'], recount);
  recount();
  return () => {
    stopped = true;
    unsubscribe();
  };
};
