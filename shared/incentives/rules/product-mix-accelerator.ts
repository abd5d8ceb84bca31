import { idsOf, sumAmounts, wonIn } from '../deals';
import { countOf } from '../../domain/text';
import { rateLine } from '../rate-line';
import type { RuleEvaluator } from '../rule-context';
import { describeSpan } from '../span';

export const evaluateProductMixAccelerator: RuleEvaluator<'product-mix-accelerator'> = (rule, { opportunities, window, quarter }) => {
  const deals = wonIn(opportunities, window).filter((o) => o.productLine === rule.productLine);
  return {
    lines: [
      rateLine({
        label: `Product-mix accelerator: ${rule.productLine}`,
        basisCents: sumAmounts(deals),
        description: `Won ${rule.productLine} revenue ${describeSpan(window, quarter)} (${countOf(deals.length, 'deal')})`,
        rateBps: rule.extraRateBps,
        rateNote: 'extra',
        sourceIds: idsOf(deals),
      }),
    ],
  };
};
