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
 * Marginal: each band gets the part of the basis inside it. Retroactive: the
 * reached band gets all of it. Bands with nothing inside are left out, except
 * that a zero basis still yields the first band so the line reads "$0 × 5%".
 */
export const sliceBands = <T extends Banded>(
  bands: readonly T[],
  total: number,
  mode: 'marginal' | 'retroactive',
): BandSlice<T>[] => {
  const reached = bandIndexAt(bands, total);
  if (mode === 'retroactive' || total === 0) return [{ band: bands[reached]!, index: reached, quantity: total }];
  return bands
    .map((band, index) => {
      const upTo = Math.min(total, bands[index + 1]?.from ?? Infinity);
      return { band, index, quantity: Math.max(0, upTo - band.from) };
    })
    .filter((slice) => slice.quantity > 0);
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
