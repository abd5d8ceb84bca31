import { Dexie } from 'dexie';
import type { PartnerDeskDb } from '../db/database';

/**
 * Calls `onCount` with the outbox size now and after every change to it,
 * from this window or another one of the profile. Built on Dexie's
 * `storagemutated` event (what liveQuery listens to) rather than liveQuery
 * itself, because liveQuery never emits under Node, where the engine's tests
 * and the simulation run. Returns the unsubscribe function.
 */
export const watchOutboxCount = (db: PartnerDeskDb, onCount: (count: number) => void): (() => void) => {
  const prefix = `idb://${db.name}/outbox/`;
  let stopped = false;
  const recount = () => {
    void db.outbox.count().then(
      (count) => !stopped && onCount(count),
      () => {
        // The store is closing; the next change recounts.
      },
    );
  };
  const listener = (parts: Record<string, unknown>) => {
    if (Object.keys(parts).some((key) => key.startsWith(prefix))) recount();
  };
  Dexie.on('storagemutated', listener);
  recount();
  return () => {
    stopped = true;
    Dexie.on('storagemutated').unsubscribe(listener);
  };
};
