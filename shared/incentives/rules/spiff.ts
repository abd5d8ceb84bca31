import { dateText } from '../../domain/date-text';
import { idsOf, wonIn } from '../deals';
import { perItemLine } from '../per-item-line';
import type { RuleEvaluator } from '../rule-context';
import { tierFigure } from '../tier-rate';
import { intersect } from '../span';

/**
 * A fixed payout per won deal of a product line in the SPIFF's days, of the partner's revenue (revenue-basis.ts).
 * A SPIFF outside the program's days in the quarter is not this statement's business: no line.
 */
export const evaluateSpiff: RuleEvaluator<'spiff'> = (rule, { revenue, window, tier }) => {
  const span = intersect({ start: rule.from, end: rule.to }, window);
  if (!span) return { lines: [] };
  const amount = tierFigure(rule.amountPerDealCents, rule.byTier, tier);
  const deals = wonIn(revenue.deals, span).filter((o) => o.productLine === rule.productLine);
  return {
    lines: [
      perItemLine({
        label: `SPIFF: ${rule.name}`,
        measure: 'deals',
        description: `Won ${rule.productLine} deals closed from ${dateText(span.start)} to ${dateText(span.end)}${revenue.noun === 'resale revenue' ? ', resale only' : ''}`,
        amountPerItemCents: amount.value,
        rateNote: amount.note,
        sourceIds: idsOf(deals),
      }),
    ],
  };
};
