import { dateText } from '../domain/date-text';
import type { IncentiveProgram } from '../domain/incentive-program';
import { formatCents } from '../domain/money';
import { CALENDAR_YEAR, quarterRange, quarterText, shiftQuarter } from '../domain/quarter';
import { countOf } from '../domain/text';
import { buildIncentiveStatement, type StatementInput } from './incentive-statement';
import { creditsIssuedBy } from './net-deals';
import { adjustmentKinds, type AdjustmentKind, type IncentiveStatement, type StatementLine } from './statement';

/** A quarter's statement as HQ closed it: the frozen figures, and what they were computed with. */
export interface ClosedStatement {
  quarter: string;
  /** When it was closed (ISO instant); credit notes issued after that day are clawed back, not corrected. */
  closedAt: string;
  snapshot: IncentiveStatement;
  /**
   * The programs in force when it was closed. A later edit of a program never
   * changes a closed quarter (nor makes a correction for it); absent on
   * records closed without them, whose quarter is recomputed with today's.
   */
  programsAtClose?: readonly IncentiveProgram[];
}

export interface QuarterStatementInput extends StatementInput {
  /** Any closed statements; only the partner's own count. */
  closed: readonly ClosedStatement[];
}

const isAdjustment = (line: StatementLine): boolean => (adjustmentKinds as readonly string[]).includes(line.ruleKind);
const ruleTotal = (statement: IncentiveStatement): number =>
  statement.lines.reduce((sum, line) => (isAdjustment(line) ? sum : sum + line.amountCents), 0);
const signed = (cents: number): string => (cents < 0 ? `−${formatCents(-cents)}` : formatCents(cents));

/** The first quarter after `quarter` that is not closed: where a closed quarter's adjustments are booked. */
const firstOpenAfter = (quarter: string, closedQuarters: ReadonlySet<string>): string => {
  let next = shiftQuarter(quarter, 1);
  while (closedQuarters.has(next)) next = shiftQuarter(next, 1);
  return next;
};

/**
 * The lines that settle a closed quarter against today's records, booked on
 * the first open statement after it. The closed figure stays as it was; what
 * has changed since is split in two so finance can tell them apart:
 * - a clawback: credit notes issued after the close on deals that quarter paid
 *   on (recomputed with them, against recomputed without them);
 * - a correction: any other late edit (a deal's amount or date fixed, a usage
 *   report corrected), recomputed without the new credit notes, against the
 *   closed figure.
 * Each is net of what earlier closed statements already booked for that
 * quarter, so a change is paid or clawed back once.
 */
const settlementLines = (closed: ClosedStatement, input: StatementInput, bookedLater: readonly StatementLine[]): StatementLine[] => {
  const programs = closed.programsAtClose ?? input.programs;
  const closedDay = closed.closedAt.slice(0, 10);
  // Named with its dates where the program runs fiscal quarters: the line may be read a year on.
  const closedQuarter = quarterText(closed.quarter, input.calendar ?? CALENDAR_YEAR);
  const asClosed = buildIncentiveStatement({ ...input, programs, quarter: closed.quarter, opportunities: creditsIssuedBy(input.opportunities, closedDay) });
  const now = buildIncentiveStatement({ ...input, programs, quarter: closed.quarter });
  const booked = (kind: AdjustmentKind) =>
    bookedLater.filter((l) => l.ruleKind === kind && l.programId === closed.quarter).reduce((sum, l) => sum + l.amountCents, 0);
  const closedFigure = ruleTotal(closed.snapshot);
  const lines: StatementLine[] = [];

  const corrected = booked('correction');
  const correction = ruleTotal(asClosed) - closedFigure - corrected;
  if (correction !== 0) {
    lines.push({
      key: `adjust/${closed.quarter}/correction`,
      programId: closed.quarter,
      ruleKind: 'correction',
      label: `Correction to ${closed.quarter}`,
      basis: {
        amount: ruleTotal(asClosed),
        measure: 'cents',
        description: `${closedQuarter} recomputed from today's records (closed on ${dateText(closedDay)} at ${signed(closedFigure)})`,
      },
      rate: 'difference from the closed statement',
      amountCents: correction,
      calculation:
        `${signed(ruleTotal(asClosed))} recomputed − ${signed(closedFigure)} closed` +
        (corrected !== 0 ? ` − ${signed(corrected)} corrected before` : '') +
        ` = ${signed(correction)}`,
      sourceIds: [],
    });
  }

  const clawedBack = booked('clawback');
  const clawback = ruleTotal(now) - ruleTotal(asClosed) - clawedBack;
  if (clawback !== 0) {
    const credited = (now.creditedDeals ?? []).flatMap((deal) => {
      const late = deal.creditNotes.filter((n) => n.issuedOn > closedDay);
      return late.length > 0 ? [{ deal, cents: late.reduce((sum, n) => sum + n.amountCents, 0) }] : [];
    });
    const creditedCents = credited.reduce((sum, c) => sum + c.cents, 0);
    lines.push({
      key: `adjust/${closed.quarter}/clawback`,
      programId: closed.quarter,
      ruleKind: 'clawback',
      label: clawback < 0 ? `Clawback on ${closed.quarter}: credit notes issued after it closed` : `Clawback on ${closed.quarter} reversed`,
      basis: {
        amount: creditedCents,
        measure: 'cents',
        description:
          `Credit notes issued after ${dateText(closedDay)} on ${countOf(credited.length, 'deal')} won in ${closedQuarter}` +
          (credited.length > 0 ? ` (${credited.map((c) => `${c.deal.customerName} ${formatCents(c.cents)}`).join(', ')})` : ''),
      },
      rate: 'what the quarter pays on the net amounts',
      amountCents: clawback,
      calculation:
        `${signed(ruleTotal(now))} with the credit notes − ${signed(ruleTotal(asClosed))} without` +
        (clawedBack !== 0 ? ` − ${signed(clawedBack)} clawed back before` : '') +
        ` = ${signed(clawback)}`,
      sourceIds: credited.map((c) => c.deal.opportunityId),
    });
  }
  return lines;
};

/**
 * The statement of a quarter as everyone reads it (the incentives screens,
 * the QBR pack, the metrics, the server when it closes one): a closed quarter
 * is its frozen snapshot, whatever was edited since; an open quarter is
 * computed live, and the first open quarter after closed ones carries the
 * lines that settle them (settlementLines).
 */
export const quarterStatement = (input: QuarterStatementInput): IncentiveStatement => {
  const { label } = quarterRange(input.quarter, input.calendar ?? CALENDAR_YEAR);
  const own = input.closed.filter((c) => c.snapshot.partner.id === input.partner.id);
  const frozen = own.find((c) => c.quarter === label);
  if (frozen) return frozen.snapshot;

  const live = buildIncentiveStatement(input);
  const closedQuarters = new Set(own.map((c) => c.quarter));
  const adjustments = own
    .filter((c) => c.quarter < label && firstOpenAfter(c.quarter, closedQuarters) === label)
    .sort((a, b) => (a.quarter < b.quarter ? -1 : 1))
    .flatMap((c) => settlementLines(c, input, own.filter((o) => o.quarter > c.quarter).flatMap((o) => o.snapshot.lines)));
  if (adjustments.length === 0) return live;
  return { ...live, lines: [...live.lines, ...adjustments], totalCents: live.totalCents + adjustments.reduce((sum, l) => sum + l.amountCents, 0) };
};
