import { formatCents } from '../../domain/money';
import { rateLine } from '../rate-line';
import type { LineDraft, RuleEvaluator } from '../rule-context';

/**
 * OEM royalty as a share of the OEM's own revenue from products carrying the
 * vendor's software, as its usage report for the quarter states it. A report
 * without revenue, or no report, owes nothing on revenue and says so; a
 * program that ended mid-quarter is told where the report went, as the volume
 * royalty is.
 */
export const evaluateRevenueRoyalty: RuleEvaluator<'revenue-royalty'> = (rule, { usage, quarter }) => {
  if (!usage.credited) {
    const line: LineDraft = {
      label: 'Revenue royalty',
      basis: { amount: 0, measure: 'cents', description: `The ${quarter.label} usage report counts under "${usage.creditedToProgram}"` },
      rate: 'not applied',
      amountCents: 0,
      calculation: `No revenue credited to this program = ${formatCents(0)}`,
      sourceIds: [],
    };
    return { lines: [line] };
  }
  const revenue = usage.report?.revenueCents;
  return {
    lines: [
      rateLine({
        label: 'Revenue royalty',
        basisCents: revenue ?? 0,
        description:
          revenue === undefined
            ? usage.report
              ? `The ${quarter.label} usage report states no revenue`
              : `No usage report for ${quarter.label} yet`
            : `Revenue reported for ${quarter.label} from products carrying the vendor's software`,
        rateBps: rule.rateBps,
        rateNote: "of the OEM's revenue",
        sourceIds: [],
      }),
    ],
  };
};
