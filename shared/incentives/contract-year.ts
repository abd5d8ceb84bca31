import type { OemUsageReport, PartnerAttributes } from '../domain/partner';
import { quarterOf, quarterRange, shiftQuarter, type FiscalCalendar, type QuarterLabel } from '../domain/quarter';

type OemAttributes = Extract<PartnerAttributes, { partnerType: 'oem' }>;
export type RoyaltyBasis = 'units' | 'activations';

/**
 * The OEM contract year a quarter falls in. The contract's start date (the
 * first day of a month, the schema sees to it; on the program's calendar the
 * first day of a quarter) and each of its anniversaries start a year of four
 * of the program's quarters; a start inside a quarter counts from that quarter. A quarter before the contract
 * started has no contract year: its bands are measured on the quarter alone
 * and no annual minimum applies, since the contract did not bind it.
 */
export interface ContractYear {
  /** "2026-04-01". */
  startsOn: string;
  /** The year's four quarters, oldest first. */
  quarters: QuarterLabel[];
  /** The year's quarters before the one being stated, oldest first, each with its report (the last one filed counts). */
  earlier: { quarter: QuarterLabel; report: OemUsageReport | null }[];
  /** Whether this quarter ends the year (its year-end true-up is due). */
  endsYear: boolean;
  bandsMeasured: 'quarter' | 'contract-year';
  annualMinimumCents: number | null;
}

/** The quarter's report; a corrected report is appended after the first, so the last one counts. */
export const reportFor = (oem: OemAttributes, quarter: QuarterLabel): OemUsageReport | null =>
  oem.usageReports.findLast((r) => r.quarter === quarter) ?? null;

export const contractYearOf = (oem: OemAttributes, quarter: QuarterLabel, calendar: FiscalCalendar): ContractYear | null => {
  const contractStart = oem.contractYearStartsOn;
  if (contractStart === undefined || quarterRange(quarter, calendar).start < contractStart) return null;
  const first = quarterOf(contractStart, calendar);
  // Quarters since the contract's first one, counted from the labels (2026-Q2 → 2027-Q1 is 3).
  const since = (Number(quarter.slice(0, 4)) - Number(first.slice(0, 4))) * 4 + Number(quarter.slice(-1)) - Number(first.slice(-1));
  const position = since % 4;
  const yearStart = shiftQuarter(first, since - position);
  const quarters = [0, 1, 2, 3].map((i) => shiftQuarter(yearStart, i));
  return {
    startsOn: quarterRange(yearStart, calendar).start,
    quarters,
    earlier: quarters.slice(0, position).map((q) => ({ quarter: q, report: reportFor(oem, q) })),
    endsYear: position === 3,
    bandsMeasured: oem.royaltyBandsMeasured ?? 'quarter',
    annualMinimumCents: oem.annualMinimumCents ?? null,
  };
};

/** What a report counts for a royalty: shipped (or activated) minus returned; negative when returns exceed it. */
export const netVolume = (report: OemUsageReport | null, basis: RoyaltyBasis): number =>
  report ? report[basis] - ((basis === 'units' ? report.returnedUnits : report.returnedActivations) ?? 0) : 0;

/**
 * The contract year's volume counted before the stated quarter: each earlier
 * quarter's net volume laid on the last, never below zero. Returns beyond
 * what the year has counted are units shipped before the year began; they
 * are credited (volume-royalty.ts) but cannot take the year's count below
 * nothing, or the next quarter's shipments would be spent refilling it.
 */
export const volumeBefore = (year: ContractYear, basis: RoyaltyBasis): number =>
  year.earlier.reduce((count, { report }) => Math.max(0, count + netVolume(report, basis)), 0);
