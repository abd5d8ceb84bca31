import { formatCents, roundDiv } from '../domain/money';
import { bandIndexAt, nextBandAfter, sliceBands, type Banded } from './bands';
import type { RuleResult } from './rule-context';
import type { BasisMeasure, LineBasis } from './statement';

/** How one kind of band is priced and worded; a rebate and a royalty differ only here. */
export interface BandScheme<T extends Banded> {
  measure: BasisMeasure;
  /**
   * What one unit of basis earns inside the band, in 1/`scale` cents. Kept in
   * integers so a line sums its bands exactly and rounds once.
   */
  weight: (band: T) => number;
  scale: number;
  /** "$50,000" or "1,000 units". */
  quantity: (q: number) => string;
  /** The multiplier as the calculation shows it: "5%" or "$30". */
  factor: (band: T) => string;
  /** Full band name: "10% band from $100,000", "$25 per unit for units 1,001+". */
  label: (bands: readonly T[], index: number) => string;
  /** Short band name for the preview: "10% band". */
  name: (band: T) => string;
  /** The preview's subject with its verb: "$40,000 more moves you", "500 more units move you". */
  nudge: (shortfall: number) => string;
}

export interface BandedBasis {
  label: string;
  basis: LineBasis;
  sourceIds: string[];
}

/** One line and its next-band preview for a banded rule (tiered rebate, volume royalty). */
export const priceBands = <T extends Banded>(
  bands: readonly T[],
  mode: 'marginal' | 'retroactive',
  scheme: BandScheme<T>,
  { label, basis, sourceIds }: BandedBasis,
): RuleResult => {
  const total = basis.amount;
  const slices = sliceBands(bands, total, mode);
  const exact = slices.reduce((sum, s) => sum + s.quantity * scheme.weight(s.band), 0);
  const amountCents = roundDiv(exact, scheme.scale);
  const terms = slices.map((s) => `${scheme.quantity(s.quantity)} × ${scheme.factor(s.band)}`);
  const next = nextBandAfter(bands, total);
  return {
    lines: [
      {
        label,
        basis,
        rate: slices.map((s) => scheme.label(bands, s.index)).join('; '),
        amountCents,
        calculation: `${terms.join(' + ')} = ${formatCents(amountCents)}`,
        sourceIds,
      },
    ],
    preview: {
      label,
      currentBand: scheme.label(bands, bandIndexAt(bands, total)),
      next: next && {
        shortfall: next.shortfall,
        measure: scheme.measure,
        band: scheme.label(bands, next.index),
        message: `${scheme.nudge(next.shortfall)} to the ${scheme.name(next.band)}`,
      },
    },
  };
};
