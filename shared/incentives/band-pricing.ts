import { roundDiv } from '../domain/money';
import { bandIndexAt, nextBandAfter, sliceBands, type BandSlice, type Banded, type BandStack } from './bands';
import type { LineDraft, RuleResult } from './rule-context';
import { signedCents } from './signed-cents';
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

/**
 * A banded line from its slices: each slice's quantity × its band's weight,
 * summed in integers and rounded once. A credit (`sign` −1) reads
 * "−(300 units × $25) = −$7,500". `lead` opens the arithmetic when the
 * reviewer needs to know where the slices sit ("Units 1,201–1,500 of the
 * contract year: ").
 */
export const bandLine = <T extends Banded>(
  bands: readonly T[],
  scheme: BandScheme<T>,
  slices: readonly BandSlice<T>[],
  { label, basis, sourceIds, sign = 1, lead = '' }: Omit<BandedBasis, 'stack'> & { sign?: 1 | -1; lead?: string },
): LineDraft => {
  const exact = slices.reduce((sum, s) => sum + s.quantity * scheme.weight(s.band), 0);
  const amountCents = sign * roundDiv(exact, scheme.scale);
  const terms = slices.map((s) => `${scheme.quantity(s.quantity)} × ${scheme.factor(s.band)}`).join(' + ');
  return {
    label,
    basis,
    rate: slices.map((s) => scheme.label(bands, s.index)).join('; '),
    amountCents: amountCents === 0 ? 0 : amountCents,
    calculation: `${lead}${sign < 0 ? `−(${terms})` : terms} = ${signedCents(amountCents)}`,
    sourceIds,
  };
};

/** The "what moves you to the next band" preview from where the measure stands. */
export const bandPreview = <T extends Banded>(
  bands: readonly T[],
  scheme: BandScheme<T>,
  label: string,
  position: number,
): NonNullable<RuleResult['preview']> => {
  const next = nextBandAfter(bands, position);
  return {
    label,
    currentBand: scheme.label(bands, bandIndexAt(bands, position)),
    next: next && {
      shortfall: next.shortfall,
      measure: scheme.measure,
      band: scheme.label(bands, next.index),
      message: `${scheme.nudge(next.shortfall)} to the ${scheme.name(next.band)}`,
    },
  };
};

/** One line and its next-band preview for a banded rule (tiered rebate, volume royalty). */
export const priceBands = <T extends Banded>(
  bands: readonly T[],
  mode: 'marginal' | 'retroactive',
  scheme: BandScheme<T>,
  { label, basis, sourceIds, stack }: BandedBasis,
): RuleResult => ({
  lines: [bandLine(bands, scheme, sliceBands(bands, basis.amount, mode, stack), { label, basis, sourceIds })],
  preview: bandPreview(bands, scheme, label, stack?.measured ?? basis.amount),
});
