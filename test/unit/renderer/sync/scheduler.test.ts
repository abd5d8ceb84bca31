import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSyncScheduler } from '../../../../renderer/sync/scheduler';

/** A run that records when it started and fails while `failing` is set. */
const recorder = () => {
  const starts: number[] = [];
  let failing = false;
  return {
    starts,
    fail: (on: boolean) => void (failing = on),
    run: async () => {
      starts.push(Date.now());
      if (failing) throw new Error('server down');
    },
  };
};

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(0);
});
afterEach(() => vi.useRealTimers());

describe('sync scheduler', () => {
  it('syncs at start, then every interval', async () => {
    const r = recorder();
    const scheduler = createSyncScheduler({ run: r.run, intervalMs: 60_000 });
    scheduler.trigger('start');
    await vi.advanceTimersByTimeAsync(180_000);
    expect(r.starts).toEqual([0, 60_000, 120_000, 180_000]);
    scheduler.stop();
  });

  it('debounces local changes into one sync', async () => {
    const r = recorder();
    const scheduler = createSyncScheduler({ run: r.run, debounceMs: 500, intervalMs: 60_000 });
    for (let i = 0; i < 5; i++) {
      scheduler.trigger('local-change');
      await vi.advanceTimersByTimeAsync(200);
    }
    await vi.advanceTimersByTimeAsync(1_000);
    expect(r.starts).toEqual([1_300]);
    scheduler.stop();
  });

  it('backs off exponentially after failures, and a reconnect retries at once', async () => {
    const r = recorder();
    r.fail(true);
    const scheduler = createSyncScheduler({ run: r.run, backoff: { random: () => 0.999999 } });
    scheduler.trigger('start');
    await vi.advanceTimersByTimeAsync(1_000 + 2_000 + 4_000);
    expect(r.starts).toEqual([0, 1_000, 3_000, 7_000]);
    // Local changes during backoff do not cut it short.
    scheduler.trigger('local-change');
    await vi.advanceTimersByTimeAsync(1_000);
    expect(r.starts).toHaveLength(4);
    r.fail(false);
    scheduler.trigger('online');
    await vi.advanceTimersByTimeAsync(0);
    expect(r.starts.at(-1)).toBe(8_000);
    scheduler.stop();
  });

  it('never runs two syncs at once; a request during a run gets one more run after it', async () => {
    let active = 0;
    let most = 0;
    let runs = 0;
    const scheduler = createSyncScheduler({
      run: async () => {
        runs++;
        most = Math.max(most, ++active);
        await new Promise((resolve) => setTimeout(resolve, 100));
        active--;
      },
    });
    const first = scheduler.syncNow();
    const second = scheduler.syncNow();
    const third = scheduler.syncNow();
    await vi.advanceTimersByTimeAsync(250);
    await Promise.all([first, second, third]);
    expect(runs).toBe(2);
    expect(most).toBe(1);
    scheduler.stop();
  });

  it('reports the outcome of a sync asked for by hand', async () => {
    const r = recorder();
    r.fail(true);
    const scheduler = createSyncScheduler({ run: r.run });
    await expect(scheduler.syncNow()).rejects.toThrow('server down');
    scheduler.stop();
  });

  it('does not retry on its own a failure only the user can fix', async () => {
    const r = recorder();
    r.fail(true);
    const scheduler = createSyncScheduler({ run: r.run, shouldRetry: () => false, intervalMs: 60_000 });
    scheduler.trigger('start');
    await vi.advanceTimersByTimeAsync(600_000);
    expect(r.starts).toEqual([0]);
    scheduler.stop();
  });
});
