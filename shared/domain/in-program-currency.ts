import { convertCents, currencyOf, PROGRAM_CURRENCY, rateLookup, type CurrencyCode, type ExchangeRate } from './currency';
import type { Investment } from './investment';
import { isClosed, type Opportunity } from './opportunity';
import type { OemUsageReport, Partner } from './partner';
import { quarterOf, type FiscalCalendar } from './quarter';

/**
 * Records as the calculators count them: in the program currency. Like
 * `partnerDeals`, a view every calculator reads its records through, with
 * HQ's quarterly rates from the program settings.
 *
 * Which quarter's rate:
 * - a won or lost deal: the quarter it closed in, where its revenue is
 *   booked; an open deal: the quarter it was created in, where it counts as
 *   pipeline. A deal's credit notes are converted at the deal's own rate, so
 *   a full return cancels the sale exactly whatever the rates did since;
 * - an investment: the quarter it was spent in;
 * - an OEM usage report: its own quarter.
 *
 * A record in another currency with no rate for its quarter is never read as
 * program-currency money: it is left out of every figure and listed as not
 * converted, so the statement or metric can say what it is missing.
 */

/** One amount of a converted record: what it was and what it counts as. */
export interface ConvertedAmount {
  /** "Amount", "Services", "Credit note of 2026-08-20", "Revenue", "Refunds". */
  what: string;
  originalCents: number;
  convertedCents: number;
}

/** A record converted to the program currency, with the rate that did it, so a reviewer can redo it. */
export interface Conversion {
  kind: RecordKind;
  recordId: string;
  /** The deal's customer, the investment's kind, "Usage report". */
  label: string;
  currency: CurrencyCode;
  quarter: string;
  /** Millionths of the program currency per unit (currency.ts). */
  rateMillionths: number;
  amounts: ConvertedAmount[];
}

export type RecordKind = 'deal' | 'investment' | 'usage-report';

/** A record left out: no rate for its currency in its quarter. */
export interface NotConverted {
  kind: RecordKind;
  recordId: string;
  label: string;
  currency: CurrencyCode;
  quarter: string;
  /** Where the record is filed, so a territory's figures say only what they left out. */
  territoryId: string;
}

export interface InProgramCurrency<T> {
  /** The records that count, every amount in the program currency; a program-currency record is returned as it is. */
  records: T[];
  conversions: Conversion[];
  notConverted: NotConverted[];
}

/** The quarter whose rate converts a deal: its close quarter once won or lost, its created quarter while open. */
export const dealRateQuarter = (o: Pick<Opportunity, 'stage' | 'createdOn' | 'closeOn'>, calendar: FiscalCalendar): string =>
  quarterOf(isClosed(o) ? o.closeOn : o.createdOn, calendar);

const withoutCurrency = <T extends { currency?: CurrencyCode }>(record: T): T => {
  const { currency: _currency, ...rest } = record;
  return rest as T;
};

export const dealsInProgramCurrency = (
  deals: readonly Opportunity[],
  rates: readonly ExchangeRate[] | undefined,
  calendar: FiscalCalendar,
): InProgramCurrency<Opportunity> => {
  const rateOf = rateLookup(rates);
  const out: InProgramCurrency<Opportunity> = { records: [], conversions: [], notConverted: [] };
  for (const o of deals) {
    const currency = currencyOf(o);
    if (currency === PROGRAM_CURRENCY) {
      out.records.push(o);
      continue;
    }
    const quarter = dealRateQuarter(o, calendar);
    const rate = rateOf(currency, quarter);
    const stamp = { kind: 'deal' as const, recordId: o.id, label: o.customerName, currency, quarter };
    if (rate === undefined) {
      out.notConverted.push({ ...stamp, territoryId: o.territoryId });
      continue;
    }
    const amounts: ConvertedAmount[] = [];
    const convert = (what: string, cents: number): number => {
      const convertedCents = convertCents(cents, rate);
      amounts.push({ what, originalCents: cents, convertedCents });
      return convertedCents;
    };
    const converted: Opportunity = {
      ...withoutCurrency(o),
      amountCents: convert('Amount', o.amountCents),
      servicesAttachedCents: o.servicesAttachedCents === 0 ? 0 : convert('Services', o.servicesAttachedCents),
      ...(o.creditNotes && { creditNotes: o.creditNotes.map((n) => ({ ...n, amountCents: convert(`Credit note of ${n.issuedOn}`, n.amountCents) })) }),
    };
    out.records.push(converted);
    out.conversions.push({ ...stamp, rateMillionths: rate, amounts });
  }
  return out;
};

export const investmentsInProgramCurrency = (
  investments: readonly Investment[],
  rates: readonly ExchangeRate[] | undefined,
  calendar: FiscalCalendar,
): InProgramCurrency<Investment> => {
  const rateOf = rateLookup(rates);
  const out: InProgramCurrency<Investment> = { records: [], conversions: [], notConverted: [] };
  for (const i of investments) {
    const currency = currencyOf(i);
    if (currency === PROGRAM_CURRENCY) {
      out.records.push(i);
      continue;
    }
    const quarter = quarterOf(i.spentOn, calendar);
    const rate = rateOf(currency, quarter);
    const stamp = { kind: 'investment' as const, recordId: i.id, label: i.kind, currency, quarter };
    if (rate === undefined) {
      out.notConverted.push({ ...stamp, territoryId: i.territoryId });
      continue;
    }
    const convertedCents = convertCents(i.amountCents, rate);
    out.records.push({ ...withoutCurrency(i), amountCents: convertedCents });
    out.conversions.push({ ...stamp, rateMillionths: rate, amounts: [{ what: 'Amount', originalCents: i.amountCents, convertedCents }] });
  }
  return out;
};

/**
 * The partner with its OEM usage reports' revenue and refunds in the program
 * currency. A report without a rate keeps its units and activations (they
 * are no money) but loses its revenue figures, so a revenue royalty reads it
 * as not reported rather than as dollars.
 */
export const partnerInProgramCurrency = (partner: Partner, rates: readonly ExchangeRate[] | undefined): InProgramCurrency<Partner> => {
  const attributes = partner.attributes;
  const out: InProgramCurrency<Partner> = { records: [partner], conversions: [], notConverted: [] };
  if (attributes.partnerType !== 'oem' || attributes.usageReports.every((r) => currencyOf(r) === PROGRAM_CURRENCY)) return out;
  const rateOf = rateLookup(rates);
  const usageReports = attributes.usageReports.map((report): OemUsageReport => {
    const currency = currencyOf(report);
    if (currency === PROGRAM_CURRENCY) return report;
    const rate = rateOf(currency, report.quarter);
    const stamp = { kind: 'usage-report' as const, recordId: `${partner.id}/${report.quarter}`, label: `Usage report ${report.quarter}`, currency, quarter: report.quarter };
    const { revenueCents, refundedRevenueCents, ...rest } = withoutCurrency(report);
    if (rate === undefined) {
      out.notConverted.push({ ...stamp, territoryId: partner.territoryId });
      return rest;
    }
    const amounts: ConvertedAmount[] = [];
    const convert = (what: string, cents: number | undefined): number | undefined => {
      if (cents === undefined) return undefined;
      const convertedCents = convertCents(cents, rate);
      amounts.push({ what, originalCents: cents, convertedCents });
      return convertedCents;
    };
    const revenue = convert('Revenue', revenueCents);
    const refunds = convert('Refunds', refundedRevenueCents);
    out.conversions.push({ ...stamp, rateMillionths: rate, amounts });
    return { ...rest, ...(revenue !== undefined && { revenueCents: revenue }), ...(refunds !== undefined && { refundedRevenueCents: refunds }) };
  });
  out.records = [{ ...partner, attributes: { ...attributes, usageReports } }];
  return out;
};

const nouns: Record<RecordKind, [string, string]> = { deal: ['deal', 'deals'], investment: ['investment', 'investments'], 'usage-report': ['usage report (revenue)', 'usage reports (revenue)'] };

/**
 * What a figure is missing, in finance's words, one sentence per kind,
 * currency and quarter: "2 EUR deals not counted: no EUR rate for 2026-Q3".
 */
export const notConvertedNotes = (notConverted: readonly NotConverted[]): string[] => {
  const counts = new Map<string, { kind: RecordKind; currency: CurrencyCode; quarter: string; count: number }>();
  for (const n of notConverted) {
    const key = `${n.kind}/${n.currency}/${n.quarter}`;
    const entry = counts.get(key) ?? { kind: n.kind, currency: n.currency, quarter: n.quarter, count: 0 };
    entry.count += 1;
    counts.set(key, entry);
  }
  return [...counts.values()]
    .sort((a, b) => a.quarter.localeCompare(b.quarter) || a.currency.localeCompare(b.currency) || a.kind.localeCompare(b.kind))
    .map(({ kind, currency, quarter, count }) => `${count} ${currency} ${nouns[kind][count === 1 ? 0 : 1]} not counted: no ${currency} rate for ${quarter}`);
};
