import { idsOf, wonIn } from '../deals';
import { perItemLine } from '../per-item-line';
import type { RuleEvaluator } from '../rule-context';
import { describeSpan } from '../span';

export const evaluateNewCustomerBonus: RuleEvaluator<'new-customer-bonus'> = (rule, { opportunities, window, quarter }) => ({
  lines: [
    perItemLine({
      label: 'New-customer bonus',
      measure: 'deals',
      description: `Won deals with a new customer ${describeSpan(window, quarter)}`,
      amountPerItemCents: rule.amountPerDealCents,
      sourceIds: idsOf(wonIn(opportunities, window).filter((o) => o.newCustomer)),
    }),
  ],
});
