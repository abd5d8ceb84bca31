import { describe, expect, it } from 'vitest';
import { axisScale } from '../../../../shared/qbr';
import { expectRoundAxis } from './round-axis';

describe('axis ticks', () => {
  it('rounds the step the old PDF axis showed ($43,925) to one a reader can read', () => {
    // The case: a $175,700 maximum split in four gave $43,925 and $87,850.
    const axis = axisScale([17_570_000, 5_000_000], 'cents');
    expect(axis).toEqual({ step: 50_000, max: 200_000, ticks: [0, 50_000, 100_000, 150_000, 200_000] });
    expect(axisScale([8_000_000], 'cents').ticks).toEqual([0, 20_000, 40_000, 60_000, 80_000]);
  });

  it('keeps ratios in fractions and counts in whole steps', () => {
    expect(axisScale([1.264, 0.5], 'ratio')).toEqual({ step: 0.5, max: 1.5, ticks: [0, 0.5, 1, 1.5] });
    expect(axisScale([1], 'ratio').ticks).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(axisScale([3], 'count')).toEqual({ step: 1, max: 3, ticks: [0, 1, 2, 3] });
    expect(axisScale([null, 0], 'cents').max).toBeGreaterThan(0);
  });

  it('is round for any maximum', () => {
    for (const top of [1, 7, 99, 101, 4_392_500, 12_345_678_900, 0.37, 2.6]) expectRoundAxis(axisScale([top], 'count').ticks);
    for (const top of [0.01, 0.37, 1.26, 3]) expectRoundAxis(axisScale([top], 'ratio').ticks);
  });
});
