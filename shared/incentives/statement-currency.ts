import type { ExchangeRate } from '../domain/currency';
import { roleOn } from '../domain/deal-credit';
import { dealsInProgramCurrency, notConvertedNotes, partnerInProgramCurrency, type Conversion, type NotConverted } from '../domain/in-program-currency';
import { isClosed, type Opportunity } from '../domain/opportunity';
import type { Partner } from '../domain/partner';
import { inRange, trailingQuarters, type FiscalCalendar, type QuarterRange } from '../domain/quarter';

export interface StatementInCurrency {
  /** The partner with its usage reports' revenue in the program currency. */
  partner: Partner;
  /** The live deals the partner is on, in the program currency; those without a rate are left out. */
  opportunities: Opportunity[];
  /** The conversions behind the quarter's figures, so each line's basis can be redone. */
  conversions: Conversion[];
  /** "2 EUR deals not counted: no EUR rate for 2026-Q3". */
  notConverted: string[];
}

/**
 * The statement's records in the program currency, and what it lists about
 * them: the conversions and the records left out that bear on the quarter
 * (a deal created or closed in it; a usage report of it or of the three
 * quarters before, which an OEM's contract year may read). Conversion comes
 * before deal credit: a deal has one value in the program currency, and each
 * partner on it is credited its share of that.
 */
export const statementInProgramCurrency = (
  partner: Partner,
  opportunities: readonly Opportunity[],
  rates: readonly ExchangeRate[] | undefined,
  quarter: QuarterRange,
  calendar: FiscalCalendar,
): StatementInCurrency => {
  const mine = opportunities.filter((o) => !o.deleted && roleOn(o, partner.id) !== null);
  const deals = dealsInProgramCurrency(mine, rates, calendar);
  const usage = partnerInProgramCurrency(partner, rates);
  const inQuarter = new Set(mine.filter((o) => inRange(o.createdOn, quarter) || (isClosed(o) && inRange(o.closeOn, quarter))).map((o) => o.id));
  const reportQuarters = new Set<string>(trailingQuarters(quarter.label));
  const bears = (c: Conversion | NotConverted): boolean => (c.kind === 'deal' ? inQuarter.has(c.recordId) : reportQuarters.has(c.quarter));
  return {
    partner: usage.records[0]!,
    opportunities: deals.records,
    conversions: [...deals.conversions, ...usage.conversions].filter(bears),
    notConverted: notConvertedNotes([...deals.notConverted, ...usage.notConverted].filter(bears)),
  };
};
