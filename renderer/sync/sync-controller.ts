import { actionFor, isSyncError } from './errors';
import { listenForPokes } from './event-stream';
import { createSyncScheduler, type SchedulerOptions } from './scheduler';
import { createSyncStatusStore, type SyncStatusStore } from './status-store';
import type { SyncEngine } from './sync-engine';
import type { SyncLock } from './sync-lock';
import type { Connectivity } from './connectivity';
import { watchOutboxCount } from './outbox-watch';
import type { PartnerDeskDb } from '../db/database';
import { claimStore } from '../db/store-owner';

export interface SyncControllerOptions {
  db: PartnerDeskDb;
  engine: SyncEngine;
  lock: SyncLock;
  connectivity: Connectivity;
  scheduler?: Omit<SchedulerOptions, 'run' | 'shouldRetry'>;
  /** Listen to the server's poke stream (off in tests that drive sync by hand). */
  listen?: boolean;
}

export interface SyncController {
  readonly store: SyncStatusStore;
  /** The repository's cue (RepositoryOptions.onLocalWrite): a user write committed, push soon. */
  localWrite(): void;
  /** Stops syncing and gives the lock back; the store keeps its last state. */
  stop(): void;
}

/** Failures that need the user (sign in, update the app, fix the clock) are not retried on a timer. */
const needsUser = (error: unknown) => actionFor(error) !== 'retry';

/**
 * Ties the engine to the app: the status store and its actions, the
 * scheduler and its triggers (start, reconnect, local changes, pokes,
 * interval), and the profile-wide lock, so only one window syncs.
 */
export const startSyncController = (options: SyncControllerOptions): SyncController => {
  const { db, engine, connectivity } = options;
  const abort = new AbortController();
  const cleanups: (() => void)[] = [];
  let scheduler: ReturnType<typeof createSyncScheduler> | undefined;

  const run = async () => {
    const { setState } = store;
    if (!connectivity.isOnline()) {
      setState({ state: { kind: 'offline' } });
      return;
    }
    setState({ state: { kind: 'syncing', done: 0, total: await db.outbox.count() } });
    try {
      await engine.sync((progress) => setState({ state: { kind: 'syncing', ...progress } }));
      const at = new Date(engine.clock.now()).toISOString();
      setState({ state: { kind: 'synced', at }, lastSyncedAt: at });
    } catch (error) {
      // "Offline" only when the host says so: with the network up, an unreachable server is an error to retry.
      const state = isSyncError(error, 'network') && !connectivity.isOnline()
        ? ({ kind: 'offline' } as const)
        : ({ kind: 'error', message: (error as Error).message, action: actionFor(error) } as const);
      setState({ state });
      if (isSyncError(error, 'unauthorized', 'refresh_invalid')) setState({ user: await engine.session.user() });
      throw error;
    }
  };

  /** Until this window holds the lock another window is the syncer, and "Sync now" has nothing to do here. */
  const syncNow = () => scheduler?.syncNow() ?? Promise.resolve();

  const store = createSyncStatusStore({
    syncNow,
    async signIn(email, password, claim) {
      const user = await engine.session.signIn(email, password);
      try {
        await claimStore(db, user, claim);
      } catch (error) {
        // Another user's unsynced or refused changes are on this device: stay signed out rather than mix the two.
        await engine.session.signOut();
        throw error;
      }
      store.setState({ user });
      scheduler?.trigger('manual');
    },
    async signOut() {
      await engine.session.signOut();
      store.setState({ user: null, state: { kind: 'error', message: 'Signed out.', action: 'sign-in' } });
    },
  });
  void engine.session.user().then((user) => store.setState({ user }));

  cleanups.push(
    // The count for the top bar; a count that grows without a write announced here is another window's write.
    watchOutboxCount(db, (count) => {
      const grew = count > store.getState().pendingCount;
      store.setState({ pendingCount: count });
      if (grew) scheduler?.trigger('local-change');
    }),
  );

  options.lock.acquire(abort.signal).then(
    (release) => {
      // stop() ran between the grant and this callback: its cleanups are done, so give the lock back now.
      if (abort.signal.aborted) {
        release();
        return;
      }
      cleanups.push(release);
      scheduler = createSyncScheduler({ ...options.scheduler, run, shouldRetry: (error) => !needsUser(error) });
      cleanups.push(() => scheduler?.stop());
      cleanups.push(connectivity.subscribe((online) => (online ? scheduler?.trigger('online') : store.setState({ state: { kind: 'offline' } }))));
      if (options.listen !== false) {
        void listenForPokes(
          { http: engine.http, session: engine.session, onPoke: () => scheduler?.trigger('poke'), onConnected: () => scheduler?.trigger('poke') },
          abort.signal,
        );
      }
      scheduler.trigger('start');
    },
    () => {
      // Stopped before the lock came: nothing was started.
    },
  );

  return {
    store,
    localWrite: () => scheduler?.trigger('local-change'),
    stop() {
      abort.abort();
      for (const cleanup of cleanups.reverse()) cleanup();
    },
  };
};
