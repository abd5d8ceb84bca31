import { quarterRangeText } from '../../domain/quarter';
import { closedStatementsOf } from '../../domain/incentive-statement-record';
import { quarterStatement } from '../../incentives/quarter-statement';
import type { BandPreview, IncentiveStatement, StatementLine } from '../../incentives/statement';
import type { PackContext } from '../context';

export interface IncentivesSection {
  payer: IncentiveStatement['payer'];
  programs: string[];
  lines: Pick<StatementLine, 'label' | 'basis' | 'rate' | 'amountCents' | 'calculation'>[];
  totalCents: number;
  previews: Pick<BandPreview, 'label' | 'currentBand' | 'next'>[];
  skipped: string[];
  noData: string | null;
}

/**
 * The quarter's incentive statement as everyone reads it (quarterStatement):
 * a closed quarter's frozen snapshot, an open one live with the adjustments
 * to closed quarters before it; every line's basis, rate and arithmetic.
 */
export const buildIncentives = (ctx: PackContext): IncentivesSection => {
  const statement = quarterStatement({
    partner: ctx.partner,
    programs: ctx.incentivePrograms,
    opportunities: ctx.deals,
    certifications: ctx.certifications,
    dealCredit: ctx.dealCredit,
    exchangeRates: ctx.exchangeRates,
    calendar: ctx.calendar,
    quarter: ctx.quarter.label,
    closed: closedStatementsOf(ctx.incentiveStatements, ctx.partner.id),
  });
  return {
    payer: statement.payer,
    programs: statement.programs.map((p) => p.name),
    lines: statement.lines.map(({ label, basis, rate, amountCents, calculation }) => ({ label, basis, rate, amountCents, calculation })),
    totalCents: statement.totalCents,
    previews: statement.bandPreviews.map(({ label, currentBand, next }) => ({ label, currentBand, next })),
    skipped: statement.skippedRules.map((r) => r.reason),
    noData:
      statement.programs.length === 0
        ? `No incentive program for ${ctx.partner.partnerType.toUpperCase()} partners was in force in ${quarterRangeText(ctx.quarter)}.`
        : null,
  };
};
