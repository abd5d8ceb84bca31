import { idsOf, wonIn } from '../deals';
import { perItemLine } from '../per-item-line';
import type { RuleEvaluator } from '../rule-context';
import { describeSpan } from '../span';

export const evaluateNewPlatformCustomerBonus: RuleEvaluator<'new-platform-customer-bonus'> = (
  rule,
  { opportunities, window, quarter },
) => ({
  lines: [
    perItemLine({
      label: 'New platform customer bonus',
      measure: 'deals',
      description: `Won deals that brought a new customer onto the platform ${describeSpan(window, quarter)}`,
      amountPerItemCents: rule.amountPerCustomerCents,
      sourceIds: idsOf(wonIn(opportunities, window).filter((o) => o.newCustomer)),
    }),
  ],
});
