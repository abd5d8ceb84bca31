import { idsOf, wonIn } from '../deals';
import { perItemLine } from '../per-item-line';
import type { RuleEvaluator } from '../rule-context';
import { tierFigure } from '../tier-rate';
import { describeSpan } from '../span';

export const evaluateNewPlatformCustomerBonus: RuleEvaluator<'new-platform-customer-bonus'> = (
  rule,
  { opportunities, window, quarter, tier },
) => {
  const amount = tierFigure(rule.amountPerCustomerCents, rule.byTier, tier);
  return {
    lines: [
      perItemLine({
        label: 'New platform customer bonus',
        measure: 'deals',
        description: `Won deals that brought a new customer onto the platform ${describeSpan(window, quarter)}`,
        amountPerItemCents: amount.value,
        rateNote: amount.note,
        sourceIds: idsOf(wonIn(opportunities, window).filter((o) => o.newCustomer)),
      }),
    ],
  };
};
