import { idsOf, sumAmounts, wonIn } from '../deals';
import { countOf } from '../../domain/text';
import { rateLine } from '../rate-line';
import type { RuleEvaluator } from '../rule-context';
import { tierFigure } from '../tier-rate';
import { describeSpan } from '../span';

/** Commission on won renewals of the partner's revenue (revenue-basis.ts: a reseller's own resale). */
export const evaluateRenewalCommission: RuleEvaluator<'renewal-commission'> = (rule, { revenue, window, quarter, tier }) => {
  const rate = tierFigure(rule.rateBps, rule.byTier, tier);
  const deals = wonIn(revenue.deals, window).filter((o) => o.dealType === 'renewal');
  return {
    lines: [
      rateLine({
        label: 'Renewal commission',
        basisCents: sumAmounts(deals),
        description: `Won ${revenue.noun} on renewals ${describeSpan(window, quarter)} (${countOf(deals.length, 'deal')})`,
        rateBps: rate.value,
        rateNote: rate.note,
        sourceIds: idsOf(deals),
      }),
    ],
  };
};
