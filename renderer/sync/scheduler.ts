import { backoffDelay, type BackoffOptions } from './backoff';

/** Why a sync is wanted; decides how soon it runs. */
export type SyncTrigger = 'start' | 'online' | 'poke' | 'manual' | 'local-change' | 'interval';

export interface SchedulerOptions {
  /** One sync; throws when it failed. */
  run: () => Promise<void>;
  /** A failure worth retrying on its own (not one that needs the user, like signing in). */
  shouldRetry?: (error: unknown) => boolean;
  intervalMs?: number;
  debounceMs?: number;
  backoff?: BackoffOptions;
}

export interface SyncScheduler {
  /** Asks for a sync; the trigger decides when. */
  trigger(reason: SyncTrigger): void;
  /** Syncs as soon as the current run (if any) is done; resolves or rejects with that sync's outcome. */
  syncNow(): Promise<void>;
  stop(): void;
}

export const DEFAULT_INTERVAL_MS = 60_000;
export const DEFAULT_DEBOUNCE_MS = 500;

/**
 * When to sync (DESIGN §5): at once on start, reconnect, a poke or a click;
 * shortly after local changes (debounced, so typing a note is one push, not
 * twenty); every interval otherwise; and after a failure, with exponential
 * backoff, which only a reconnect or a click cuts short. Never two runs at once.
 */
export const createSyncScheduler = (options: SchedulerOptions): SyncScheduler => {
  const intervalMs = options.intervalMs ?? DEFAULT_INTERVAL_MS;
  const debounceMs = options.debounceMs ?? DEFAULT_DEBOUNCE_MS;
  const shouldRetry = options.shouldRetry ?? (() => true);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let failures = 0;
  let running: Promise<void> | undefined;
  /** Callers waiting for the run after the current one. */
  let waiting: { resolve: () => void; reject: (error: unknown) => void }[] = [];
  let again = false;
  let stopped = false;
  /** The last run succeeded: the interval timer runs only then (a failure has backoff, or waits for the user). */
  let lastOk = false;

  const arm = (delayMs: number) => {
    if (stopped) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      void start();
    }, delayMs);
  };

  const start = (): Promise<void> => {
    if (running) {
      again = true;
      return new Promise((resolve, reject) => waiting.push({ resolve, reject }));
    }
    clearTimeout(timer);
    timer = undefined;
    const waiters = waiting;
    waiting = [];
    running = options.run().then(
      () => {
        failures = 0;
        lastOk = true;
        for (const waiter of waiters) waiter.resolve();
      },
      (error: unknown) => {
        lastOk = false;
        for (const waiter of waiters) waiter.reject(error);
        if (shouldRetry(error)) arm(backoffDelay(failures++, options.backoff));
        throw error;
      },
    );
    const settled = running.finally(() => {
      running = undefined;
      if (stopped) return;
      if (again) {
        again = false;
        void start().catch(() => {});
      } else if (lastOk && timer === undefined) {
        arm(intervalMs);
      }
    });
    void settled.catch(() => {});
    return running;
  };

  const inBackoff = () => failures > 0;

  return {
    trigger(reason) {
      if (stopped) return;
      switch (reason) {
        case 'local-change':
          // A failing server is not hammered by every keystroke; the backoff retry pushes the changes too.
          if (!inBackoff()) arm(debounceMs);
          return;
        case 'interval':
          if (!inBackoff()) void start().catch(() => {});
          return;
        case 'online':
        case 'manual':
          failures = 0;
          void start().catch(() => {});
          return;
        default:
          void start().catch(() => {});
      }
    },
    syncNow() {
      failures = 0;
      return start();
    },
    stop() {
      stopped = true;
      clearTimeout(timer);
      timer = undefined;
    },
  };
};
