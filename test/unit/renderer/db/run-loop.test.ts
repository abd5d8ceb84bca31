import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRunLoop } from '../../../../renderer/db/run-loop';

/** A run that takes `ms` of (fake) time and records when it started. */
const slowWork = (ms: number, fail = () => false) => {
  const starts: number[] = [];
  let inFlight = 0;
  let most = 0;
  const work = async () => {
    starts.push(Date.now());
    inFlight++;
    most = Math.max(most, inFlight);
    await new Promise((resolve) => setTimeout(resolve, ms));
    inFlight--;
    if (fail()) throw new Error('failed');
  };
  return { starts, work, most: () => most };
};

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(0);
});
afterEach(() => vi.useRealTimers());

describe('run loop', () => {
  it('runs one at a time, and requests during a run make exactly one more', async () => {
    const w = slowWork(100);
    const loop = createRunLoop(w.work);
    loop.request();
    for (let i = 0; i < 10; i++) loop.request();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(w.starts).toEqual([0, 100]);
    expect(w.most()).toBe(1);
  });

  it('waits for a quiet moment: a later request re-arms the wait', async () => {
    const w = slowWork(10);
    const loop = createRunLoop(w.work);
    for (let i = 0; i < 5; i++) {
      loop.request(300);
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(loop.waiting).toBe(true);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(w.starts).toEqual([700]);
    expect(loop.waiting).toBe(false);
  });

  it('settles runNow with the outcome of the run it starts, and settled() once idle', async () => {
    let failing = true;
    const w = slowWork(50, () => failing);
    const done: unknown[] = [];
    const loop = createRunLoop(w.work, { onDone: (error) => done.push(error) });
    const first = loop.runNow();
    const rejected = expect(first).rejects.toThrow('failed');
    await vi.advanceTimersByTimeAsync(50);
    await rejected;
    failing = false;
    const second = loop.runNow();
    await vi.advanceTimersByTimeAsync(50);
    await expect(second).resolves.toBeUndefined();
    expect(done).toEqual([expect.any(Error), undefined]);
    const idle = loop.settled();
    await vi.advanceTimersByTimeAsync(0);
    await expect(idle).resolves.toBeUndefined();
  });

  it('starts nothing after stop, and tells a run under way it was stopped', async () => {
    const seen: boolean[] = [];
    const loop = createRunLoop(async (stopped) => {
      await new Promise((resolve) => setTimeout(resolve, 100));
      seen.push(stopped());
    });
    loop.request();
    loop.request();
    loop.stop();
    loop.request();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(seen).toEqual([true]);
  });
});
