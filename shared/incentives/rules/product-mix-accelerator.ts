import { idsOf, sumAmounts, wonIn } from '../deals';
import { countOf } from '../../domain/text';
import { rateLine } from '../rate-line';
import type { RuleEvaluator } from '../rule-context';
import { tierFigure } from '../tier-rate';
import { describeSpan } from '../span';

/** Extra rate on the won revenue of one product line: the same revenue as the rebate it rides on (revenue-basis.ts). */
export const evaluateProductMixAccelerator: RuleEvaluator<'product-mix-accelerator'> = (rule, { revenue, window, quarter, tier }) => {
  const rate = tierFigure(rule.extraRateBps, rule.byTier, tier);
  const deals = wonIn(revenue.deals, window).filter((o) => o.productLine === rule.productLine);
  return {
    lines: [
      rateLine({
        label: `Product-mix accelerator: ${rule.productLine}`,
        basisCents: sumAmounts(deals),
        description: `Won ${rule.productLine} ${revenue.noun} ${describeSpan(window, quarter)} (${countOf(deals.length, 'deal')})`,
        rateBps: rate.value,
        rateNote: ['extra', rate.note].filter(Boolean).join(' '),
        sourceIds: idsOf(deals),
      }),
    ],
  };
};
