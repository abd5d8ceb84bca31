import { expect } from 'vitest';

/** A round axis: it starts at 0, steps evenly by 1, 2 or 5 × 10ⁿ, and ends on a step. */
export const expectRoundAxis = (ticks: readonly number[]): void => {
  expect(ticks[0]).toBe(0);
  const step = ticks[1]! - ticks[0]!;
  const magnitude = 10 ** Math.floor(Math.log10(step));
  expect([1, 2, 5, 10]).toContain(Number((step / magnitude).toPrecision(6)));
  ticks.forEach((t, i) => expect(t).toBeCloseTo(i * step, 9));
};
