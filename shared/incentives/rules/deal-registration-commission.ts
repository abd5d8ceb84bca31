import { idsOf, sumAmounts, wonIn } from '../deals';
import { countOf } from '../../domain/text';
import { rateLine } from '../rate-line';
import type { RuleEvaluator } from '../rule-context';
import { tierFigure } from '../tier-rate';
import { describeSpan } from '../span';

/**
 * Commission on the won revenue (revenue-basis.ts) of deals the partner
 * registered on or before the day they closed: a registration made after the
 * win protected nothing, so it earns nothing.
 */
export const evaluateDealRegistrationCommission: RuleEvaluator<'deal-registration-commission'> = (rule, { revenue, window, quarter, tier }) => {
  const rate = tierFigure(rule.rateBps, rule.byTier, tier);
  const deals = wonIn(revenue.deals, window).filter((o) => o.registeredOn !== null && o.registeredOn <= o.closeOn);
  return {
    lines: [
      rateLine({
        label: 'Deal-registration commission',
        basisCents: sumAmounts(deals),
        description: `Won ${revenue.noun} of deals registered before they closed, ${describeSpan(window, quarter)} (${countOf(deals.length, 'deal')})`,
        rateBps: rate.value,
        rateNote: rate.note,
        sourceIds: idsOf(deals),
      }),
    ],
  };
};
