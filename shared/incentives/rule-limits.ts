import type { IncentiveRule } from '../domain/incentive-program';
import { formatCents } from '../domain/money';
import type { LineDraft } from './rule-context';

/**
 * A rule's cap and floor (any rule may have them), applied to what its lines
 * add up to in the quarter, on a line of their own so the statement shows the
 * amount before and the adjustment: "Cap on Renewal commission: $5,000 cap −
 * $6,200 = −$1,200". A rule that wrote no line (a SPIFF outside the program's
 * days) has nothing to cap or floor. A rule that caps within its own line
 * (a pipeline bonus) is never over its cap here, so it gets no second line.
 */
export const withRuleLimits = (rule: IncentiveRule, lines: readonly LineDraft[]): LineDraft[] => {
  if (lines.length === 0) return [...lines];
  const total = lines.reduce((sum, line) => sum + line.amountCents, 0);
  const label = lines[0]!.label;
  const basis = { amount: total, measure: 'cents' as const, description: `${label} before its ${rule.capCents !== undefined && total > rule.capCents ? 'cap' : 'floor'}` };
  if (rule.capCents !== undefined && total > rule.capCents) {
    return [
      ...lines,
      {
        label: `Cap on ${label}`,
        basis,
        rate: `cap of ${formatCents(rule.capCents)}`,
        amountCents: rule.capCents - total,
        calculation: `${formatCents(rule.capCents)} cap − ${formatCents(total)} = −${formatCents(total - rule.capCents)}`,
        sourceIds: [],
      },
    ];
  }
  if (rule.floorCents !== undefined && total < rule.floorCents) {
    return [
      ...lines,
      {
        label: `Floor on ${label}`,
        basis,
        rate: `floor of ${formatCents(rule.floorCents)}`,
        amountCents: rule.floorCents - total,
        calculation: `${formatCents(rule.floorCents)} floor − ${formatCents(total)} = ${formatCents(rule.floorCents - total)}`,
        sourceIds: [],
      },
    ];
  }
  return [...lines];
};
