import { dateText } from '../domain/date-text';
import { formatCents } from '../domain/money';
import type { Partner } from '../domain/partner';
import type { FiscalCalendar, QuarterLabel, QuarterRange } from '../domain/quarter';
import { contractYearOf } from './contract-year';
import { payerOfRule } from './payer';
import type { ProgramWindow } from './programs-in-quarter';
import { usageClaimant } from './quarter-usage';
import { signedCents } from './signed-cents';
import type { StatementLine } from './statement';

/**
 * The annual minimum of an OEM's contract, trued up in the quarter that ends
 * the contract year: when the year's royalties fall short of it, a
 * "Year-end true-up" line bills the difference. The year's royalties are
 * every line of the year's four statements as this calculator makes them
 * (`totalOf` builds an earlier quarter's): volume and revenue royalties,
 * credits for returns, caps and floors, and the quarterly minimum
 * commitment's true-ups, which are royalty the OEM owed and so count toward
 * the annual figure. A year whose quarters each met the quarterly minimum
 * may still fall short of the annual one; it is never billed twice for the
 * same shortfall. The line goes under the program the quarter's usage report
 * counts under; a quarter with no royalty program owes nothing here either.
 */
export const yearEndTrueUp = (
  partner: Partner,
  { label: quarter, end: quarterEnd }: QuarterRange,
  calendar: FiscalCalendar,
  inQuarter: readonly ProgramWindow[],
  quarterLines: readonly StatementLine[],
  totalOf: (quarter: QuarterLabel) => number,
): StatementLine | null => {
  if (partner.attributes.partnerType !== 'oem') return null;
  const year = contractYearOf(partner.attributes, quarter, calendar);
  const claimant = usageClaimant(inQuarter);
  if (!year?.endsYear || year.annualMinimumCents === null || !claimant) return null;
  const minimum = year.annualMinimumCents;
  const byQuarter = [
    ...year.earlier.map((e) => ({ quarter: e.quarter, cents: totalOf(e.quarter) })),
    { quarter, cents: quarterLines.reduce((sum, line) => sum + line.amountCents, 0) },
  ];
  const royalties = byQuarter.reduce((sum, q) => sum + q.cents, 0);
  if (royalties >= minimum) return null;
  return {
    key: `${claimant.id}/year-end-true-up`,
    programId: claimant.id,
    ruleKind: claimant.rules.find((r) => payerOfRule(r.kind) === 'partner')!.kind,
    label: 'Year-end true-up',
    basis: { amount: minimum, measure: 'cents', description: `Annual minimum for the contract year ${dateText(year.startsOn)} to ${dateText(quarterEnd)}` },
    rate: `annual minimum of ${formatCents(minimum)}`,
    amountCents: minimum - royalties,
    calculation: `${formatCents(minimum)} minimum − (${byQuarter.map((q) => `${signedCents(q.cents)} ${q.quarter}`).join(' + ')}) = ${formatCents(minimum)} − ${signedCents(royalties)} = ${formatCents(minimum - royalties)}`,
    sourceIds: [],
  };
};
