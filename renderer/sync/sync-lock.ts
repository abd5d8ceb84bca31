/**
 * Exactly one syncer per profile (DESIGN §5): two windows pushing the same
 * outbox at once would each send the same mutations and both apply the
 * answers. Whoever holds the lock syncs; the others wait in line and take
 * over when that window closes.
 */
export interface SyncLock {
  /** Resolves once this holder has the lock, with the function that gives it back. Rejects when `signal` aborts first. */
  acquire(signal: AbortSignal): Promise<() => void>;
}

export const SYNC_LOCK_NAME = 'partner-desk-sync';

/** Web Locks: held across tabs and windows of one browser profile, released by the browser if a tab dies. */
export const createWebLock = (locks: LockManager = navigator.locks, name: string = SYNC_LOCK_NAME): SyncLock => ({
  acquire: (signal) =>
    new Promise((resolve, reject) => {
      locks
        .request(name, { signal }, () => new Promise<void>((release) => resolve(() => release())))
        .catch(reject);
    }),
});

const queues = new Map<string, Promise<void>>();

/** The same promise in one process (Node tests, the simulation): holders of one name take turns. */
export const createProcessLock = (name: string = SYNC_LOCK_NAME): SyncLock => ({
  acquire: (signal) =>
    new Promise((resolve, reject) => {
      const previous = queues.get(name) ?? Promise.resolve();
      let release!: () => void;
      const held = new Promise<void>((done) => (release = done));
      const mine = previous.then(() => held);
      queues.set(name, mine);
      const onAbort = () => {
        release();
        reject(signal.reason ?? new Error('aborted'));
      };
      signal.addEventListener('abort', onAbort, { once: true });
      void previous.then(() => {
        signal.removeEventListener('abort', onAbort);
        if (signal.aborted) return;
        resolve(() => {
          release();
          if (queues.get(name) === mine) queues.delete(name);
        });
      });
    }),
});
