/**
 * The band engine behind rebates and royalties. A band covers the basis from
 * its `from` (inclusive) up to the next band's `from` (exclusive); the first
 * band starts at 0 (the schemas guarantee it). Pure numbers, no wording.
 */
export interface Banded {
  from: number;
}

export interface BandSlice<T extends Banded> {
  band: T;
  index: number;
  /** The part of the basis that falls inside this band. */
  quantity: number;
}

/** The band a basis sits in; a basis exactly at a band's `from` is in that band. */
export const bandIndexAt = <T extends Banded>(bands: readonly T[], position: number): number =>
  bands.findLastIndex((b) => b.from <= position);

/**
 * Where a basis sits among everything measured for the bands: `before` is
 * measured ahead of it, `measured` is the whole (itself included). A program
 * in force for part of a quarter has its own days' revenue as its basis, but
 * its bands are measured on the quarter's whole revenue (see tiered-rebate.ts).
 */
export interface BandStack {
  before: number;
  measured: number;
}

/**
 * Marginal: each band gets the part of the basis inside it, the basis laid
 * from `stack.before` on. Retroactive: the band the whole measure reaches gets
 * all of it. Bands with nothing inside are left out, except that a zero basis
 * still yields one band so the line reads "$0 × 5%".
 */
export const sliceBands = <T extends Banded>(
  bands: readonly T[],
  total: number,
  mode: 'marginal' | 'retroactive',
  stack: BandStack = { before: 0, measured: total },
): BandSlice<T>[] => {
  if (mode === 'retroactive' || total === 0) {
    const reached = bandIndexAt(bands, mode === 'retroactive' ? stack.measured : stack.before);
    return [{ band: bands[reached]!, index: reached, quantity: total }];
  }
  return sliceRange(bands, stack.before, stack.before + total);
};

/** The marginal slices of the basis from `start` up to `end` (start ≤ end, both ≥ 0); empty when they are equal. */
export const sliceRange = <T extends Banded>(bands: readonly T[], start: number, end: number): BandSlice<T>[] =>
  bands
    .map((band, index) => {
      const upTo = Math.min(end, bands[index + 1]?.from ?? Infinity);
      return { band, index, quantity: Math.max(0, upTo - Math.max(start, band.from)) };
    })
    .filter((slice) => slice.quantity > 0);

/**
 * Slices of one band added together, lowest band first, so a line names each
 * band once ("500 units × $30", not "300 units × $30 + 200 units × $30").
 * Empty slices are dropped; all empty gives `fallback`, so a line still
 * reads "0 units × $30".
 */
export const mergeSlices = <T extends Banded>(slices: readonly BandSlice<T>[], fallback: BandSlice<T>): BandSlice<T>[] => {
  const byIndex = new Map<number, BandSlice<T>>();
  for (const slice of slices) {
    if (slice.quantity === 0) continue;
    const seen = byIndex.get(slice.index);
    byIndex.set(slice.index, seen ? { ...seen, quantity: seen.quantity + slice.quantity } : slice);
  }
  const merged = [...byIndex.values()].sort((a, b) => a.index - b.index);
  return merged.length > 0 ? merged : [fallback];
};

/** The next band above the basis and how far away it is; null at the top band. */
export const nextBandAfter = <T extends Banded>(
  bands: readonly T[],
  position: number,
): { band: T; index: number; shortfall: number } | null => {
  const index = bandIndexAt(bands, position) + 1;
  const band = bands[index];
  return band ? { band, index, shortfall: band.from - position } : null;
};
