import { dateText } from '../../domain/date-text';
import { quarterRangeText } from '../../domain/quarter';
import { formatCents } from '../../domain/money';
import type { BandScheme } from '../band-pricing';
import { bandLine, bandPreview } from '../band-pricing';
import { bandIndexAt, mergeSlices, sliceRange, type BandSlice } from '../bands';
import { netVolume, volumeBefore, type ContractYear } from '../contract-year';
import { countOf, formatCount, plural } from '../../domain/text';
import type { LineDraft, RuleContext, RuleEvaluator, RuleOf } from '../rule-context';
import { signedCents } from '../signed-cents';

type RoyaltyRule = RuleOf<'volume-royalty'>;
type RoyaltyBand = RoyaltyRule['bands'][number];
type Slice = BandSlice<RoyaltyBand>;

/**
 * A band from `from` covers the units numbered from+1 on: "units 1–1,000",
 * then "units 1,001+". Measured over the contract year, the preview speaks
 * of the year's volume so far.
 */
const royaltyBands = (basis: RoyaltyRule['basis'], yearToDate: number | null): BandScheme<RoyaltyBand> => {
  const noun = basis === 'units' ? 'unit' : 'activation';
  const range = (bands: readonly RoyaltyBand[], index: number) => {
    const upTo = bands[index + 1]?.from;
    const first = formatCount(bands[index]!.from + 1);
    return upTo === undefined ? `${first}+` : `${first}–${formatCount(upTo)}`;
  };
  const more = (shortfall: number) => `${formatCount(shortfall)} more ${plural(shortfall, noun)}`;
  return {
    measure: basis,
    weight: (band) => band.perUnitCents,
    scale: 1,
    quantity: (q) => countOf(q, noun),
    factor: (band) => formatCents(band.perUnitCents),
    label: (bands, index) => `${formatCents(bands[index]!.perUnitCents)} per ${noun} for ${noun}s ${range(bands, index)}`,
    name: (band) => `${formatCents(band.perUnitCents)} per ${noun} band`,
    nudge: (shortfall) =>
      yearToDate === null
        ? `${more(shortfall)} ${plural(shortfall, 'moves', 'move')} you`
        : `${more(shortfall)} this contract year (${countOf(yearToDate, noun)} so far) ${plural(shortfall, 'moves', 'move')} you`,
  };
};

const label = (rule: RoyaltyRule, year: ContractYear | null) => {
  const how = [rule.basis, rule.mode === 'retroactive' && 'retroactive', year && 'contract year'].filter(Boolean).join(', ');
  return `Volume royalty (${how})`;
};

/** A program that ended mid-quarter gets none of the quarter's report, and its line says where the report went. */
const creditedElsewhere = (rule: RoyaltyRule, { quarter }: RuleContext, programName: string): LineDraft => ({
  label: label(rule, null),
  basis: { amount: 0, measure: rule.basis, description: `The ${quarterRangeText(quarter)} usage report counts under "${programName}"` },
  rate: 'not applied',
  amountCents: 0,
  calculation: `No usage credited to this program = ${formatCents(0)}`,
  sourceIds: [],
});

/**
 * The minimum commitment is a floor on the quarter: the partner owes at least
 * that much, whatever shipped and whatever came back, so a quarter whose
 * returns make a credit is still trued up to the minimum.
 */
const trueUp = (minimum: number, { quarter }: RuleContext, royaltyCents: number): LineDraft => ({
  label: 'Minimum commitment true-up',
  basis: { amount: minimum, measure: 'cents', description: `Minimum commitment for ${quarterRangeText(quarter)}` },
  rate: `floor of ${formatCents(minimum)}`,
  amountCents: minimum - royaltyCents,
  calculation: `${formatCents(minimum)} minimum − ${royaltyCents < 0 ? `(${signedCents(royaltyCents)})` : formatCents(royaltyCents)} royalty = ${formatCents(minimum - royaltyCents)}`,
  sourceIds: [],
});

/** "1,500 units reported for 2026-Q3 − 200 returned", and where the year stood before it. */
const describeBasis = (rule: RoyaltyRule, { usage, quarter }: RuleContext, year: ContractYear | null, before: number): string => {
  const report = usage.credited ? usage.report : null;
  const nouns = rule.basis === 'units' ? 'units' : 'activations';
  const returned = (rule.basis === 'units' ? report?.returnedUnits : report?.returnedActivations) ?? 0;
  const reported = !report
    ? `No usage report for ${quarterRangeText(quarter)} yet`
    : returned > 0
      ? `${countOf(report[rule.basis], nouns.slice(0, -1))} reported for ${quarterRangeText(quarter)} − ${formatCount(returned)} returned`
      : `${nouns.charAt(0).toUpperCase()}${nouns.slice(1)} reported for ${quarterRangeText(quarter)}`;
  if (!year) return reported;
  const earlier = year.earlier.map(({ quarter: q, report: r }) => {
    const net = netVolume(r, rule.basis);
    return `${q} ${net < 0 ? `−${formatCount(-net)}` : formatCount(net)}`;
  });
  return `${reported}; the contract year from ${dateText(year.startsOn)} counted ${countOf(before, nouns.slice(0, -1))} before it${
    earlier.length > 0 ? ` (${earlier.join(', ')})` : ''
  }`;
};

/** The band the year's (or quarter's) volume reaches: the one its last unit falls in, so 1,000 units stay in a 1–1,000 band. */
const reachedBy = (bands: readonly RoyaltyBand[], volume: number): number => bandIndexAt(bands, Math.max(0, volume - 1));

const at = (bands: readonly RoyaltyBand[], index: number, quantity: number): Slice => ({ band: bands[index]!, index, quantity });

/**
 * OEM royalty on the quarter's net units or activations (reported − returned), by band.
 *
 * Measured per quarter (the default), the bands count the quarter alone.
 * Measured over the contract year (the OEM's contract, partner attributes),
 * the quarter's units sit on top of the year's earlier quarters' net volume,
 * read from their usage reports:
 * - marginal: each unit is priced at the band of its place in the year's
 *   count (the year's unit 1,201 pays the band that covers 1,201);
 * - retroactive: the band the year-to-date volume reaches prices every unit
 *   of the year to date. The quarter's own units are priced at it on the
 *   royalty line, and the year's earlier units are re-priced at it on a
 *   "Retroactive band adjustment" line: their count at the band reached now,
 *   minus what they were charged (with the same bands all year, that is their
 *   count at the band they had reached, as each quarter adjusted the ones
 *   before). A year that climbs a band is billed the difference once, in the
 *   quarter it climbs; a year that falls back (returns) is billed it back.
 *   A contract year that spans two programs re-prices earlier units at the
 *   bands in force now.
 *
 * Returns: net volume below zero is a credit to the OEM, on a "Credit for
 * returned units" line, priced where the units come off: the top of the
 * year's count (or the quarter's, which is zero). Returns beyond that count
 * are units shipped before it began (an earlier year or quarter) and are
 * credited as that many units shipped from zero would be charged.
 */
export const evaluateVolumeRoyalty: RuleEvaluator<'volume-royalty'> = (rule, context) => {
  const { usage } = context;
  if (!usage.credited) return { lines: [creditedElsewhere(rule, context, usage.creditedToProgram)] };
  const { bands, basis } = rule;
  const year = usage.contractYear?.bandsMeasured === 'contract-year' ? usage.contractYear : null;
  const before = year ? volumeBefore(year, basis) : 0;
  const net = netVolume(usage.report, basis);
  const after = Math.max(0, before + net);
  const retroactive = rule.mode === 'retroactive';
  const scheme = royaltyBands(basis, year && after);
  const name = label(rule, year);
  const royalty = bandLine(bands, scheme, quarterSlices(bands, retroactive, before, net), {
    label: net < 0 ? 'Credit for returned units' : name,
    basis: { amount: net, measure: basis, description: describeBasis(rule, context, year, before) },
    sourceIds: [],
    sign: net < 0 ? -1 : 1,
    lead: year && !retroactive ? placeInYear(basis, before, net) : '',
  });

  const adjustment = year && retroactive ? retroactiveAdjustment(rule, year, before, after) : null;
  const lines = adjustment ? [royalty, adjustment] : [royalty];
  const royaltyCents = lines.reduce((sum, line) => sum + line.amountCents, 0);
  return {
    // A contract without a quarterly minimum (0) has no floor: a credit stays a credit.
    lines:
      usage.minimumCommitmentCents > 0 && royaltyCents < usage.minimumCommitmentCents
        ? [...lines, trueUp(usage.minimumCommitmentCents, context, royaltyCents)]
        : lines,
    // Retroactively, the band a volume reaches is its last unit's (see reachedBy), so the preview stands one below it.
    preview: bandPreview(bands, scheme, name, retroactive && after > 0 ? after - 1 : after),
  };
};

/**
 * The quarter's units on the bands, `before` counted ahead of them (0 per
 * quarter): shipments climb from `before`, returns come off its top, and
 * returns beyond it are priced as that many units from zero.
 */
const quarterSlices = (bands: readonly RoyaltyBand[], retroactive: boolean, before: number, net: number): Slice[] => {
  const after = Math.max(0, before + net);
  const beyond = Math.max(0, -(before + net));
  if (retroactive) {
    const reached = reachedBy(bands, after);
    return mergeSlices([at(bands, reached, Math.abs(after - before)), at(bands, reachedBy(bands, beyond), beyond)], at(bands, reached, 0));
  }
  const moved = net >= 0 ? sliceRange(bands, before, after) : [...sliceRange(bands, after, before), ...sliceRange(bands, 0, beyond)];
  return mergeSlices(moved, at(bands, bandIndexAt(bands, after), 0));
};

/** "Units 1,201–1,500 of the contract year: ", so the reviewer sees which of the year's units the quarter priced. */
const placeInYear = (basis: RoyaltyRule['basis'], before: number, net: number): string => {
  const after = Math.max(0, before + net);
  if (after === before) return '';
  const beyond = Math.max(0, -(before + net));
  const noun = basis === 'units' ? 'Units' : 'Activations';
  const fromBefore = beyond > 0 ? ` and ${formatCount(beyond)} from before it` : '';
  return `${noun} ${formatCount(Math.min(before, after) + 1)}–${formatCount(Math.max(before, after))} of the contract year${fromBefore}: `;
};

/** The year's earlier units re-priced at the band the year now reaches, minus what they were charged; none when the band is the same. */
const retroactiveAdjustment = (rule: RoyaltyRule, year: ContractYear, before: number, after: number): LineDraft | null => {
  const { bands, basis } = rule;
  const now = reachedBy(bands, after);
  const was = reachedBy(bands, before);
  if (before === 0 || now === was) return null;
  const noun = basis === 'units' ? 'unit' : 'activation';
  const scheme = royaltyBands(basis, after);
  const repriced = before * bands[now]!.perUnitCents;
  const charged = before * bands[was]!.perUnitCents;
  const quarters = year.earlier.map((e) => e.quarter).join(', ');
  return {
    label: 'Retroactive band adjustment',
    basis: {
      amount: before,
      measure: basis,
      description: `${countOf(before, noun)} counted earlier in the contract year from ${dateText(year.startsOn)} (${quarters}), re-priced at the band the year to date reaches`,
    },
    rate: `${scheme.label(bands, now)} (charged at ${scheme.label(bands, was)})`,
    amountCents: repriced - charged,
    calculation: `${countOf(before, noun)} × ${formatCents(bands[now]!.perUnitCents)} − ${countOf(before, noun)} × ${formatCents(bands[was]!.perUnitCents)} already charged = ${formatCents(repriced)} − ${formatCents(charged)} = ${signedCents(repriced - charged)}`,
    sourceIds: [],
  };
};
