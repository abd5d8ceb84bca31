import type { Partner } from '../domain/partner';
import type { QuarterLabel } from '../domain/quarter';
import { payerOfRule } from './payer';
import type { ProgramWindow } from './programs-in-quarter';
import type { QuarterUsage } from './rule-context';

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
): ((programId: string) => QuarterUsage) => {
  const claimant = inQuarter.findLast(({ program }) => program.rules.some((r) => payerOfRule(r.kind) === 'partner'))?.program;
  const oem = partner.attributes.partnerType === 'oem' ? partner.attributes : null;
  const report = oem?.usageReports.findLast((r) => r.quarter === quarter) ?? null;
  const minimumCommitmentCents = oem?.minimumCommitmentCents ?? 0;
  return (programId) =>
    !claimant || claimant.id === programId
      ? { credited: true, report, minimumCommitmentCents }
      : { credited: false, creditedToProgram: claimant.name };
};
