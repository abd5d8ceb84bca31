import { formatCents, roundDiv } from '../domain/money';
import { bandIndexAt, nextBandAfter, sliceBands, type Banded, type BandStack } from './bands';
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
  /** Where the basis sits in what the bands measure; the basis alone when absent. */
  stack?: BandStack;
}

/** One line and its next-band preview for a banded rule (tiered rebate, volume royalty). */
export const priceBands = <T extends Banded>(
  bands: readonly T[],
  mode: 'marginal' | 'retroactive',
  scheme: BandScheme<T>,
  { label, basis, sourceIds, stack }: BandedBasis,
): RuleResult => {
  const total = basis.amount;
  const measured = stack?.measured ?? total;
  const slices = sliceBands(bands, total, mode, stack);
  const exact = slices.reduce((sum, s) => sum + s.quantity * scheme.weight(s.band), 0);
  const amountCents = roundDiv(exact, scheme.scale);
  const terms = slices.map((s) => `${scheme.quantity(s.quantity)} × ${scheme.factor(s.band)}`);
  const next = nextBandAfter(bands, measured);
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
      currentBand: scheme.label(bands, bandIndexAt(bands, measured)),
      next: next && {
        shortfall: next.shortfall,
        measure: scheme.measure,
        band: scheme.label(bands, next.index),
        message: `${scheme.nudge(next.shortfall)} to the ${scheme.name(next.band)}`,
      },
    },
  };
};
