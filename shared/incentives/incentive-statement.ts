import type { Certification } from '../domain/certification';
import type { IncentiveProgram } from '../domain/incentive-program';
import type { ExchangeRate } from '../domain/currency';
import { partnerDeals, type DealCredit } from '../domain/deal-credit';
import type { Opportunity } from '../domain/opportunity';
import type { Partner } from '../domain/partner';
import { CALENDAR_YEAR, quarterRange, type FiscalCalendar } from '../domain/quarter';
import { evaluateRule } from './evaluate-rule';
import { creditedDealsIn, netOfCredits } from './net-deals';
import { payerOfRule, payerOfStatement } from './payer';
import { programsInQuarter } from './programs-in-quarter';
import { quarterUsage } from './quarter-usage';
import { revenueBasis } from './revenue-basis';
import { statementInProgramCurrency } from './statement-currency';
import { withRuleLimits } from './rule-limits';
import type { RuleContext } from './rule-context';
import type { BandPreview, IncentiveStatement, SkippedRule, StatementLine } from './statement';
import { quarterTier } from './tier-rate';
import { yearEndTrueUp } from './year-end-true-up';

export interface StatementInput {
  partner: Partner;
  /** Any programs; the statement picks the live ones of the partner's type in force in the quarter. */
  programs: readonly IncentiveProgram[];
  /** Any opportunities; only the live ones the partner is on count (deal-credit.ts). */
  opportunities: readonly Opportunity[];
  /** HQ's credit by role (program settings); absent: full credit. */
  dealCredit?: DealCredit;
  /** HQ's quarterly exchange rates (program settings); absent: none, so a deal in another currency is left out, said so. */
  exchangeRates?: readonly ExchangeRate[];
  /** Any certifications; only the partner's own live ones count. */
  certifications: readonly Certification[];
  /** "2026-Q3": a quarter of the program's fiscal calendar. */
  quarter: string;
  /** The program's fiscal calendar (program settings); absent: the calendar year. */
  calendar?: FiscalCalendar;
}

const ownLive = <T extends { deleted: boolean; partnerId: string | null }>(records: readonly T[], partnerId: string): T[] =>
  records.filter((r) => !r.deleted && r.partnerId === partnerId);

/** The partner's incentive statement for a quarter: every line with its basis, rate and arithmetic. */
export const buildIncentiveStatement = (input: StatementInput): IncentiveStatement => {
  const calendar = input.calendar ?? CALENDAR_YEAR;
  const quarter = quarterRange(input.quarter, calendar);
  // Every amount in the program currency first (in-program-currency.ts), then each at the partner's credit.
  const currency = statementInProgramCurrency(input.partner, input.opportunities, input.exchangeRates, quarter, calendar);
  const { partner } = currency;
  const payer = payerOfStatement(partner.partnerType);
  const inQuarter = programsInQuarter(input.programs, partner.partnerType, quarter);
  const usageFor = quarterUsage(inQuarter, partner, quarter.label, calendar);
  // The deals the partner is on, as its own or beside another partner, at the credit its role earns.
  const own = partnerDeals(currency.opportunities, partner.id, input.dealCredit);
  const opportunities = own.flatMap(netOfCredits);
  const certifications = ownLive(input.certifications, partner.id);
  const revenue = revenueBasis(partner.partnerType, opportunities);

  const lines: StatementLine[] = [];
  const bandPreviews: BandPreview[] = [];
  const skippedRules: SkippedRule[] = [];
  for (const { program, window } of inQuarter) {
    const context: RuleContext = { quarter, window, opportunities, revenue, certifications, usage: usageFor(program.id), tier: quarterTier(partner, window) };
    program.rules.forEach((rule, ruleIndex) => {
      const stamp = { programId: program.id, ruleKind: rule.kind };
      if (payerOfRule(rule.kind) !== payer) {
        skippedRules.push({
          ...stamp,
          reason:
            payer === 'partner'
              ? `An OEM statement lists the royalties the partner owes; a ${rule.kind} rule pays the partner, so it is left out`
              : `A ${rule.kind} rule is a royalty an OEM owes; it does not apply to a ${partner.partnerType} partner`,
        });
        return;
      }
      const result = evaluateRule(rule, context);
      withRuleLimits(rule, result.lines).forEach((line, i) => lines.push({ key: `${program.id}/${ruleIndex}/${i}`, ...stamp, ...line }));
      if (result.preview) bandPreviews.push({ ...stamp, ...result.preview });
    });
  }
  // An earlier quarter of the contract year never ends it, so this asks for at most three statements more.
  const yearEnd = yearEndTrueUp(partner, quarter, calendar, inQuarter, lines, (q) => buildIncentiveStatement({ ...input, quarter: q }).totalCents);
  if (yearEnd) lines.push(yearEnd);

  return {
    partner: { id: partner.id, name: partner.name, partnerType: partner.partnerType },
    quarter: quarter.label,
    payer,
    programs: inQuarter.map(({ program, window }) => ({ id: program.id, name: program.name, from: window.start, to: window.end })),
    lines,
    totalCents: lines.reduce((sum, line) => sum + line.amountCents, 0),
    bandPreviews,
    skippedRules,
    // The credited deals of the revenue the rules read (a reseller's resale), gross, so the line shows sold − credited.
    creditedDeals: creditedDealsIn(revenueBasis(partner.partnerType, own).deals, quarter),
    conversions: currency.conversions,
    notConverted: currency.notConverted,
  };
};
