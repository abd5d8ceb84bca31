import { formatCents } from '../../domain/money';
import type { BandScheme } from '../band-pricing';
import { priceBands } from '../band-pricing';
import { countOf, formatCount, plural } from '../../domain/text';
import type { LineDraft, RuleContext, RuleEvaluator, RuleOf } from '../rule-context';

type RoyaltyRule = RuleOf<'volume-royalty'>;
type RoyaltyBand = RoyaltyRule['bands'][number];

/** A band from `from` covers the units numbered from+1 on: "units 1–1,000", then "units 1,001+". */
const royaltyBands = (basis: RoyaltyRule['basis']): BandScheme<RoyaltyBand> => {
  const noun = basis === 'units' ? 'unit' : 'activation';
  const range = (bands: readonly RoyaltyBand[], index: number) => {
    const upTo = bands[index + 1]?.from;
    const first = formatCount(bands[index]!.from + 1);
    return upTo === undefined ? `${first}+` : `${first}–${formatCount(upTo)}`;
  };
  return {
    measure: basis,
    weight: (band) => band.perUnitCents,
    scale: 1,
    quantity: (q) => countOf(q, noun),
    factor: (band) => formatCents(band.perUnitCents),
    label: (bands, index) => `${formatCents(bands[index]!.perUnitCents)} per ${noun} for ${noun}s ${range(bands, index)}`,
    name: (band) => `${formatCents(band.perUnitCents)} per ${noun} band`,
    nudge: (shortfall) => `${formatCount(shortfall)} more ${plural(shortfall, noun)} ${plural(shortfall, 'moves', 'move')} you`,
  };
};

const label = (rule: RoyaltyRule) => `Volume royalty (${rule.basis}${rule.mode === 'retroactive' ? ', retroactive' : ''})`;

/** A program that ended mid-quarter gets none of the quarter's report, and its line says where the report went. */
const creditedElsewhere = (rule: RoyaltyRule, { quarter }: RuleContext, programName: string): LineDraft => ({
  label: label(rule),
  basis: { amount: 0, measure: rule.basis, description: `The ${quarter.label} usage report counts under "${programName}"` },
  rate: 'not applied',
  amountCents: 0,
  calculation: `No usage credited to this program = ${formatCents(0)}`,
  sourceIds: [],
});

/** The minimum commitment is a floor: the partner owes at least that much, whatever shipped. */
const trueUp = (minimum: number, { quarter }: RuleContext, royaltyCents: number): LineDraft => ({
  label: 'Minimum commitment true-up',
  basis: { amount: minimum, measure: 'cents', description: `Minimum commitment for ${quarter.label}` },
  rate: `floor of ${formatCents(minimum)}`,
  amountCents: minimum - royaltyCents,
  calculation: `${formatCents(minimum)} minimum − ${formatCents(royaltyCents)} royalty = ${formatCents(minimum - royaltyCents)}`,
  sourceIds: [],
});

/** OEM royalty on the quarter's reported units or activations, by band: marginal, or retroactive (the band reached prices every unit). */
export const evaluateVolumeRoyalty: RuleEvaluator<'volume-royalty'> = (rule, context) => {
  const { usage, quarter } = context;
  if (!usage.credited) return { lines: [creditedElsewhere(rule, context, usage.creditedToProgram)] };
  const volume = usage.report?.[rule.basis] ?? 0;
  const priced = priceBands(rule.bands, rule.mode ?? 'marginal', royaltyBands(rule.basis), {
    label: label(rule),
    basis: {
      amount: volume,
      measure: rule.basis,
      description: usage.report
        ? `${rule.basis === 'units' ? 'Units' : 'Activations'} reported for ${quarter.label}`
        : `No usage report for ${quarter.label} yet`,
    },
    sourceIds: [],
    // Units are counted one by one: a band "from 1,000" starts at unit 1,001, so the band a volume reaches
    // retroactively is the one its last unit falls in (1,000 units stay in the first band).
    ...(rule.mode === 'retroactive' && volume > 0 && { stack: { before: 0, measured: volume - 1 } }),
  });
  const royaltyCents = priced.lines[0]!.amountCents;
  return royaltyCents < usage.minimumCommitmentCents
    ? { ...priced, lines: [...priced.lines, trueUp(usage.minimumCommitmentCents, context, royaltyCents)] }
    : priced;
};
