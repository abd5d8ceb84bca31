import { formatBps, formatCents } from '../../domain/money';
import type { BandScheme } from '../band-pricing';
import { priceBands } from '../band-pricing';
import { idsOf, sumAmounts, wonIn } from '../deals';
import { countOf } from '../../domain/text';
import type { RuleEvaluator, RuleOf } from '../rule-context';
import { describeSpan } from '../span';

type RebateBand = RuleOf<'tiered-rebate'>['bands'][number];

const rebateBands: BandScheme<RebateBand> = {
  measure: 'cents',
  weight: (band) => band.rateBps,
  scale: 10_000,
  quantity: formatCents,
  factor: (band) => formatBps(band.rateBps),
  label: (bands, index) => `${formatBps(bands[index]!.rateBps)} band from ${formatCents(bands[index]!.from)}`,
  name: (band) => `${formatBps(band.rateBps)} band`,
  nudge: (shortfall) => `${formatCents(shortfall)} more moves you`,
};

/** Reseller rebate on won resale revenue: only resale is the reseller's own volume. */
export const evaluateTieredRebate: RuleEvaluator<'tiered-rebate'> = (rule, { opportunities, window, quarter }) => {
  const deals = wonIn(opportunities, window).filter((o) => o.channel === 'resale');
  return priceBands(rule.bands, rule.mode, rebateBands, {
    label: `Tiered rebate (${rule.mode})`,
    basis: {
      amount: sumAmounts(deals),
      measure: 'cents',
      description: `Won resale revenue ${describeSpan(window, quarter)} (${countOf(deals.length, 'deal')})`,
    },
    sourceIds: idsOf(deals),
  });
};
