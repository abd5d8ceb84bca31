/**
 * The one "run now, and again after changes" loop of the renderer: the sync
 * scheduler and every table watcher are built on it. One run at a time; a
 * request during a run asks for exactly one more after it, so a burst of
 * changes neither piles up runs nor starves a reader of a result.
 *
 *            request(0) / runNow()
 *   idle ───────────────────────────────▶ running ──done──▶ idle
 *    │                                      ▲  │
 *    │ request(d > 0)          timer fires  │  │ request(…) / runNow()
 *    ▼                                      │  ▼
 *   waiting ── request(d') re-arms ─────────┘  running + once more ──done──▶ running
 *
 *   stop(), from any state: no timer, no next run; a run under way ends on its own
 *   and can see `stopped()` to end early and drop its result.
 */
export interface RunLoop {
  /** Run after `delayMs` (0: now), re-arming any wait already set; during a run, once more after it. */
  request(delayMs?: number): void;
  /** Runs now (or right after the run under way) and settles with that run's outcome. */
  runNow(): Promise<void>;
  /** Whether a run is set to start on a timer. */
  readonly waiting: boolean;
  /** Resolves once no run is under way or waiting. */
  settled(): Promise<void>;
  stop(): void;
}

export interface RunLoopOptions {
  /** After every run, with its error if it failed (a failed run is not retried by the loop itself). */
  onDone?: (error: unknown) => void;
}

export const createRunLoop = (work: (stopped: () => boolean) => Promise<void>, options: RunLoopOptions = {}): RunLoop => {
  let stopped = false;
  let running = false;
  let again = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** Callers of runNow waiting for the next run to start and end. */
  let nextRun: { resolve: () => void; reject: (error: unknown) => void }[] = [];
  let idle: (() => void)[] = [];
  const isStopped = () => stopped;

  const becameIdle = () => {
    if (running || timer !== undefined) return;
    const waiters = idle;
    idle = [];
    for (const resolve of waiters) resolve();
  };

  const start = () => {
    clearTimeout(timer);
    timer = undefined;
    again = false;
    running = true;
    const waiters = nextRun;
    nextRun = [];
    const done = (error: unknown) => {
      running = false;
      // After `running` is cleared: a request made here (a retry, the next interval) sets a timer, not "once more".
      options.onDone?.(error);
      if (again && !stopped) start();
      else becameIdle();
    };
    void work(isStopped).then(
      () => {
        for (const w of waiters) w.resolve();
        done(undefined);
      },
      (error: unknown) => {
        for (const w of waiters) w.reject(error);
        done(error);
      },
    );
  };

  const request = (delayMs = 0) => {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    if (delayMs <= 0) return start();
    clearTimeout(timer);
    timer = setTimeout(start, delayMs);
  };

  return {
    request,
    runNow: () => {
      if (stopped) return Promise.resolve();
      const outcome = new Promise<void>((resolve, reject) => nextRun.push({ resolve, reject }));
      request(0);
      return outcome;
    },
    get waiting() {
      return timer !== undefined;
    },
    settled: () => (running || timer !== undefined ? new Promise<void>((resolve) => idle.push(resolve)) : Promise.resolve()),
    stop: () => {
      stopped = true;
      clearTimeout(timer);
      timer = undefined;
      for (const w of nextRun) w.resolve();
      nextRun = [];
      becameIdle();
    },
  };
};
