import { describe, expect, it } from 'vitest';
import { bandIndexAt, nextBandAfter, sliceBands } from '../../../../shared/incentives';

// 5% from $0, 8% from $50,000, 10% from $100,000 (in cents)
const bands = [
  { from: 0, rateBps: 500 },
  { from: 5_000_000, rateBps: 800 },
  { from: 10_000_000, rateBps: 1_000 },
];

describe('band engine', () => {
  it('puts a basis exactly at a band start in that band, and one cent below in the band before', () => {
    expect(bandIndexAt(bands, 10_000_000)).toBe(2);
    expect(bandIndexAt(bands, 9_999_999)).toBe(1);
    expect(bandIndexAt(bands, 0)).toBe(0);
  });

  it('slices a marginal basis band by band, leaving out bands with nothing inside', () => {
    // $80,000 = $50,000 in the first band + $30,000 in the second
    expect(sliceBands(bands, 8_000_000, 'marginal').map((s) => [s.index, s.quantity])).toEqual([
      [0, 5_000_000],
      [1, 3_000_000],
    ]);
    // exactly $100,000 reaches the third band but puts nothing in it
    expect(sliceBands(bands, 10_000_000, 'marginal').map((s) => s.index)).toEqual([0, 1]);
  });

  it('gives a retroactive basis whole to the band reached', () => {
    expect(sliceBands(bands, 10_000_000, 'retroactive')).toEqual([{ band: bands[2], index: 2, quantity: 10_000_000 }]);
  });

  it('keeps the first band for a zero basis so the line still reads "$0 × 5%"', () => {
    expect(sliceBands(bands, 0, 'marginal')).toEqual([{ band: bands[0], index: 0, quantity: 0 }]);
  });

  it('measures the way to the next band, and has none at the top', () => {
    expect(nextBandAfter(bands, 0)).toEqual({ band: bands[1], index: 1, shortfall: 5_000_000 });
    expect(nextBandAfter(bands, 9_999_999)?.shortfall).toBe(1);
    expect(nextBandAfter(bands, 10_000_000)).toBeNull();
  });
});
