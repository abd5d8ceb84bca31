import { countOf } from '../../../shared/domain/text';
import type { BatchFailure } from '../../../shared/qbr/batch';
import type { SkippedPartner } from '../../../shared/qbr/enrolled';
import type { BatchProgressUpdate } from './qbr-run';

/**
 * The end of a batch as a manager reads it: what was saved, what was not and
 * why, which partners were skipped (the quarter does not apply to them) and
 * why, whether it was cancelled. A skip is not a failure: a batch of packs
 * and skips is a success.
 */
export interface BatchReport {
  severity: 'success' | 'warning' | 'info' | 'error';
  headline: string;
  failures: string[];
  /** The line over `skipped`; null when no partner was skipped. */
  skippedHeading: string | null;
  skipped: string[];
}

export interface BatchOutcome {
  exported: number;
  /** The partners the quarter applies to (the skipped are not among them). */
  total: number;
  failures: readonly BatchFailure[];
  skipped: readonly SkippedPartner[];
  cancelled: boolean;
  /** Whether the files were saved; false when the user closed the save dialog. */
  saved: boolean;
  where?: string;
}

const packs = (n: number) => `${n} ${n === 1 ? 'pack' : 'packs'}`;

export const batchReport = (outcome: BatchOutcome): BatchReport => {
  const lists = {
    failures: outcome.failures.map((f) => `${f.partnerName ?? `Partner ${f.partnerId}`}: ${f.reason}`),
    skippedHeading: outcome.skipped.length > 0 ? `${countOf(outcome.skipped.length, 'partner')} skipped:` : null,
    skipped: outcome.skipped.map((s) => `${s.partnerName}: ${s.reason}.`),
  };
  const missed = outcome.failures.length > 0 ? `; ${outcome.failures.length} without a pack` : '';
  const skipped = outcome.skipped.length > 0 ? `; ${outcome.skipped.length} skipped` : '';
  if (outcome.exported === 0) {
    if (outcome.cancelled) return { severity: 'info', headline: `Cancelled before any pack was made${skipped}.`, ...lists };
    if (outcome.total === 0) {
      const chosen = outcome.skipped.length === 1 ? 'the partner chosen was' : `all ${outcome.skipped.length} partners chosen were`;
      return { severity: 'info', headline: `No pack to make: ${chosen} skipped.`, ...lists };
    }
    return { severity: 'error', headline: `No pack could be made for ${outcome.total === 1 ? 'the partner' : `the ${outcome.total} partners`} chosen${skipped}.`, ...lists };
  }
  if (!outcome.saved) return { severity: 'info', headline: `${packs(outcome.exported)} made, but not saved: the save was cancelled.`, ...lists };
  const where = outcome.where ? ` to ${outcome.where}` : '';
  if (outcome.cancelled) {
    return { severity: 'warning', headline: `Cancelled: saved ${packs(outcome.exported)} of ${outcome.total}${where}${missed}${skipped}.`, ...lists };
  }
  return {
    severity: outcome.failures.length > 0 ? 'warning' : 'success',
    headline: `Saved ${packs(outcome.exported)} of ${outcome.total}${where}${missed}${skipped}.`,
    ...lists,
  };
};

/** The line over the progress bar: how far through the partners the quarter applies to, and how many were left out. */
export const batchProgressText = (p: BatchProgressUpdate): string => `${p.done} of ${p.total}: ${p.partnerName}${p.skipped > 0 ? `; ${p.skipped} skipped` : ''}`;
