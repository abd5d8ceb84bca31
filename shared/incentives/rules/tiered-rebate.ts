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

/** Rebate on the partner's won revenue (revenue-basis.ts: a reseller's own resale). */
export const evaluateTieredRebate: RuleEvaluator<'tiered-rebate'> = (rule, { revenue, window, quarter }) => {
  const deals = wonIn(revenue.deals, window);
  return priceBands(rule.bands, rule.mode, rebateBands, {
    label: `Tiered rebate (${rule.mode})`,
    basis: {
      amount: sumAmounts(deals),
      measure: 'cents',
      description: `Won ${revenue.noun} ${describeSpan(window, quarter)} (${countOf(deals.length, 'deal')})`,
    },
    sourceIds: idsOf(deals),
  });
};
