import type { IncentiveStatementRecord } from '../domain/incentive-statement-record';
import type { Investment } from '../domain/investment';
import { inRange, quarterOf, type FiscalCalendar, type QuarterRange } from '../domain/quarter';

/** Investment counts in the quarter it was spent. */
export const spentIn = (investments: readonly Investment[], quarter: QuarterRange): Investment[] =>
  investments.filter((i) => inRange(i.spentOn, quarter));

/**
 * A paid statement the vendor pays is the incentive payment it made: an
 * investment of its total, spent on the day it was paid (DESIGN §2). An
 * OEM's royalty statement is money the OEM pays the vendor, revenue rather
 * than investment (partner-revenue.ts), so it never appears here.
 */
export const paidStatementInvestment = (record: IncentiveStatementRecord): Investment | undefined => {
  if (record.deleted || record.status !== 'paid' || record.paidOn === null || record.snapshot.payer !== 'vendor') return undefined;
  return {
    id: `statement:${record.id}`,
    territoryId: record.territoryId,
    updatedAt: record.updatedAt,
    deleted: false,
    partnerId: record.partnerId,
    kind: 'incentive-payment',
    // Signed: a statement whose clawbacks outweigh its earnings took money back, and lowers the investment by it.
    amountCents: record.snapshot.totalCents,
    spentOn: record.paidOn,
    description: `Incentive statement ${record.quarter}, paid ${record.paidOn}${record.paymentReference ? ` (${record.paymentReference})` : ''}`,
  };
};

/**
 * The investments the metrics count: every hand-entered one, and every paid
 * vendor statement as its incentive payment. Counted once: where a partner
 * has a paid statement, a hand-entered `incentive-payment` of that partner
 * dated in the quarter the statement was paid in is the same payment keyed
 * in by hand, and the statement stands for it; in quarters with no paid
 * statement (before statements were closed in the app) hand-entered
 * incentive payments count as entered. Other kinds always count.
 */
export const programInvestments = (
  investments: readonly Investment[],
  statements: readonly IncentiveStatementRecord[],
  calendar: FiscalCalendar,
): Investment[] => {
  const paid = statements.flatMap((s) => paidStatementInvestment(s) ?? []);
  if (paid.length === 0) return [...investments];
  const paidQuarters = new Set(paid.map((p) => `${p.partnerId}|${quarterOf(p.spentOn, calendar)}`));
  const byHand = investments.filter((i) => i.kind !== 'incentive-payment' || !paidQuarters.has(`${i.partnerId}|${quarterOf(i.spentOn, calendar)}`));
  return [...byHand, ...paid];
};
