import { quarterRangeText } from '../../domain/quarter';
import { applyBps, formatBps, formatCents } from '../../domain/money';
import { rateLine } from '../rate-line';
import type { LineDraft, RuleEvaluator } from '../rule-context';
import { signedCents } from '../signed-cents';

/**
 * OEM royalty as a share of the OEM's own revenue from products carrying the
 * vendor's software, as its usage report for the quarter states it, less
 * the refunds it states. A report without revenue, or no report, owes
 * nothing on revenue and says so; a program that ended mid-quarter is told
 * where the report went, as the volume royalty is.
 */
export const evaluateRevenueRoyalty: RuleEvaluator<'revenue-royalty'> = (rule, { usage, quarter }) => {
  if (!usage.credited) {
    const line: LineDraft = {
      label: 'Revenue royalty',
      basis: { amount: 0, measure: 'cents', description: `The ${quarterRangeText(quarter)} usage report counts under "${usage.creditedToProgram}"` },
      rate: 'not applied',
      amountCents: 0,
      calculation: `No revenue credited to this program = ${formatCents(0)}`,
      sourceIds: [],
    };
    return { lines: [line] };
  }
  const revenue = usage.report?.revenueCents;
  const refunded = usage.report?.refundedRevenueCents ?? 0;
  if (refunded > 0) return { lines: [netOfRefunds(rule.rateBps, quarterRangeText(quarter), revenue ?? 0, refunded)] };
  return {
    lines: [
      rateLine({
        label: 'Revenue royalty',
        basisCents: revenue ?? 0,
        description:
          revenue === undefined
            ? usage.report
              ? `The ${quarterRangeText(quarter)} usage report states no revenue`
              : `No usage report for ${quarterRangeText(quarter)} yet`
            : `Revenue reported for ${quarterRangeText(quarter)} from products carrying the vendor's software`,
        rateBps: rule.rateBps,
        rateNote: RATE_NOTE,
        sourceIds: [],
      }),
    ],
  };
};

const RATE_NOTE = "of the OEM's revenue";

/**
 * Refunds the OEM made in the quarter come off its revenue before the rate:
 * the royalty is owed on what the OEM kept. Refunds above the quarter's
 * revenue (on products sold earlier) make a negative base, and the line is a
 * credit to the OEM at the same rate.
 */
const netOfRefunds = (rateBps: number, quarter: string, revenue: number, refunded: number): LineDraft => {
  const base = revenue - refunded;
  const amountCents = applyBps(base, rateBps);
  return {
    label: base < 0 ? 'Credit for refunded revenue' : 'Revenue royalty',
    basis: {
      amount: base,
      measure: 'cents',
      description: `Revenue reported for ${quarter} from products carrying the vendor's software, ${formatCents(revenue)}, less ${formatCents(refunded)} refunded`,
    },
    rate: `${formatBps(rateBps)} ${RATE_NOTE}`,
    amountCents: amountCents === 0 ? 0 : amountCents,
    calculation: `(${formatCents(revenue)} − ${formatCents(refunded)} refunded) × ${formatBps(rateBps)} = ${signedCents(base)} × ${formatBps(rateBps)} = ${signedCents(amountCents)}`,
    sourceIds: [],
  };
};
