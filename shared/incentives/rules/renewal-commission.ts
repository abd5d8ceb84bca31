import { idsOf, sumAmounts, wonIn } from '../deals';
import { countOf } from '../../domain/text';
import { rateLine } from '../rate-line';
import type { RuleEvaluator } from '../rule-context';
import { describeSpan } from '../span';

export const evaluateRenewalCommission: RuleEvaluator<'renewal-commission'> = (rule, { opportunities, window, quarter }) => {
  const deals = wonIn(opportunities, window).filter((o) => o.dealType === 'renewal');
  return {
    lines: [
      rateLine({
        label: 'Renewal commission',
        basisCents: sumAmounts(deals),
        description: `Won renewal revenue ${describeSpan(window, quarter)} (${countOf(deals.length, 'deal')})`,
        rateBps: rule.rateBps,
        sourceIds: idsOf(deals),
      }),
    ],
  };
};
