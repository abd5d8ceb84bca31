import { idsOf, wonIn } from '../deals';
import { perItemLine } from '../per-item-line';
import type { RuleEvaluator } from '../rule-context';
import { tierFigure } from '../tier-rate';
import { describeSpan } from '../span';

/** A bonus per won deal of the partner's revenue (revenue-basis.ts) that brought a new customer. */
export const evaluateNewCustomerBonus: RuleEvaluator<'new-customer-bonus'> = (rule, { revenue, window, quarter, tier }) => {
  const amount = tierFigure(rule.amountPerDealCents, rule.byTier, tier);
  return {
    lines: [
      perItemLine({
        label: 'New-customer bonus',
        measure: 'deals',
        description: `Won deals with a new customer ${describeSpan(window, quarter)}${revenue.noun === 'resale revenue' ? ', resale only' : ''}`,
        amountPerItemCents: amount.value,
        rateNote: amount.note,
        sourceIds: idsOf(wonIn(revenue.deals, window).filter((o) => o.newCustomer)),
      }),
    ],
  };
};
