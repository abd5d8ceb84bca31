import { createRunLoop } from '../db/run-loop';
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
 * backoff, which only a reconnect or a click cuts short. Never two runs at
 * once: the runs go through the renderer's one run loop (db/run-loop.ts).
 */
export const createSyncScheduler = (options: SchedulerOptions): SyncScheduler => {
  const intervalMs = options.intervalMs ?? DEFAULT_INTERVAL_MS;
  const debounceMs = options.debounceMs ?? DEFAULT_DEBOUNCE_MS;
  const shouldRetry = options.shouldRetry ?? (() => true);
  let failures = 0;

  const loop = createRunLoop(() => options.run(), {
    onDone: (error) => {
      if (error === undefined) {
        failures = 0;
        // The interval runs only after a success: a failure has its backoff, or waits for the user.
        if (!loop.waiting) loop.request(intervalMs);
      } else if (shouldRetry(error)) {
        loop.request(backoffDelay(failures++, options.backoff));
      }
    },
  });
  const inBackoff = () => failures > 0;

  return {
    trigger(reason) {
      switch (reason) {
        case 'local-change':
          // A failing server is not hammered by every keystroke; the backoff retry pushes the changes too.
          if (!inBackoff()) loop.request(debounceMs);
          return;
        case 'interval':
          if (!inBackoff()) loop.request(0);
          return;
        case 'online':
        case 'manual':
          failures = 0;
          loop.request(0);
          return;
        default:
          loop.request(0);
      }
    },
    syncNow() {
      failures = 0;
      return loop.runNow();
    },
    stop: () => loop.stop(),
  };
};
