import type { IncentiveRule } from '../domain/incentive-program';
import { formatCents } from '../domain/money';
import type { LineDraft } from './rule-context';

type Limit = 'cap' | 'floor';

/** The line that brings a rule's total to its cap or floor: "$5,000 cap − $6,200 = −$1,200". */
const limitLine = (label: string, total: number, limit: Limit, limitCents: number): LineDraft => {
  const adjustment = limitCents - total;
  return {
    label: `${limit === 'cap' ? 'Cap' : 'Floor'} on ${label}`,
    basis: { amount: total, measure: 'cents', description: `${label} before its ${limit}` },
    rate: `${limit} of ${formatCents(limitCents)}`,
    amountCents: adjustment,
    calculation: `${formatCents(limitCents)} ${limit} − ${formatCents(total)} = ${adjustment < 0 ? `−${formatCents(-adjustment)}` : formatCents(adjustment)}`,
    sourceIds: [],
  };
};

/**
 * A rule's cap and floor (any rule may have them), applied to what its lines
 * add up to in the quarter, on a line of their own so the statement shows the
 * amount before and the adjustment. A rule that wrote no line (a SPIFF
 * outside the program's days) has nothing to cap or floor. A rule that caps
 * within its own line (a pipeline bonus) is never over its cap here, so it
 * gets no second line.
 */
export const withRuleLimits = (rule: IncentiveRule, lines: readonly LineDraft[]): LineDraft[] => {
  if (lines.length === 0) return [...lines];
  const total = lines.reduce((sum, line) => sum + line.amountCents, 0);
  const label = lines[0]!.label;
  if (rule.capCents !== undefined && total > rule.capCents) return [...lines, limitLine(label, total, 'cap', rule.capCents)];
  if (rule.floorCents !== undefined && total < rule.floorCents) return [...lines, limitLine(label, total, 'floor', rule.floorCents)];
  return [...lines];
};
