import { describe, expect, it } from 'vitest';
import { backoffDelay, DEFAULT_BACKOFF_CAP_MS } from '../../../../renderer/sync/backoff';

describe('backoffDelay', () => {
  it('doubles from one second, within the upper half of each window', () => {
    const low = [0, 1, 2, 3, 4].map((attempt) => backoffDelay(attempt, { random: () => 0 }));
    const high = [0, 1, 2, 3, 4].map((attempt) => backoffDelay(attempt, { random: () => 0.999999 }));
    expect(low).toEqual([500, 1_000, 2_000, 4_000, 8_000]);
    expect(high).toEqual([1_000, 2_000, 4_000, 8_000, 16_000]);
  });

  it('never waits longer than five minutes, however many failures', () => {
    for (const attempt of [9, 10, 20, 1_000]) {
      expect(backoffDelay(attempt, { random: () => 0.999999 })).toBeLessThanOrEqual(DEFAULT_BACKOFF_CAP_MS);
      expect(backoffDelay(attempt, { random: () => 0 })).toBe(DEFAULT_BACKOFF_CAP_MS / 2);
    }
  });

  it('spreads retries of many clients', () => {
    let seed = 1;
    const random = () => ((seed = (seed * 16_807) % 2_147_483_647) / 2_147_483_647);
    const delays = new Set(Array.from({ length: 50 }, () => backoffDelay(5, { random })));
    expect(delays.size).toBeGreaterThan(40);
  });
});
