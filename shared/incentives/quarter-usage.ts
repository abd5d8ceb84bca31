import type { IncentiveProgram } from '../domain/incentive-program';
import type { Partner } from '../domain/partner';
import type { FiscalCalendar, QuarterLabel } from '../domain/quarter';
import { contractYearOf, reportFor } from './contract-year';
import { payerOfRule } from './payer';
import type { ProgramWindow } from './programs-in-quarter';
import type { QuarterUsage } from './rule-context';

/** The program the quarter's usage report counts under: the last one in force with a royalty rule, or none. */
export const usageClaimant = (inQuarter: readonly ProgramWindow[]): IncentiveProgram | undefined =>
  inQuarter.findLast(({ program }) => program.rules.some((r) => payerOfRule(r.kind) === 'partner'))?.program;

/**
 * Credits the quarter's usage report to the last program with a royalty rule
 * (the one in force at quarter end, or the last one that was): the report is
 * one figure for the whole quarter, and counting it twice would bill it twice.
 * A corrected report is appended after the first, so the last one counts.
 */
export const quarterUsage = (
  inQuarter: readonly ProgramWindow[],
  partner: Partner,
  quarter: QuarterLabel,
  calendar: FiscalCalendar,
): ((programId: string) => QuarterUsage) => {
  const claimant = usageClaimant(inQuarter);
  const oem = partner.attributes.partnerType === 'oem' ? partner.attributes : null;
  const report = oem && reportFor(oem, quarter);
  const minimumCommitmentCents = oem?.minimumCommitmentCents ?? 0;
  const contractYear = oem && contractYearOf(oem, quarter, calendar);
  return (programId) =>
    !claimant || claimant.id === programId
      ? { credited: true, report, minimumCommitmentCents, contractYear }
      : { credited: false, creditedToProgram: claimant.name };
};
