import type { BatchFailure } from '../../../shared/qbr/batch';

/** The end of a batch as a manager reads it: what was saved, what was not and why, whether it was cancelled. */
export interface BatchReport {
  severity: 'success' | 'warning' | 'info' | 'error';
  headline: string;
  failures: string[];
}

export interface BatchOutcome {
  exported: number;
  total: number;
  failures: readonly BatchFailure[];
  cancelled: boolean;
  /** Whether the files were saved; false when the user closed the save dialog. */
  saved: boolean;
  where?: string;
}

const packs = (n: number) => `${n} ${n === 1 ? 'pack' : 'packs'}`;

export const batchReport = (outcome: BatchOutcome): BatchReport => {
  const failures = outcome.failures.map((f) => `${f.partnerName ?? `Partner ${f.partnerId}`}: ${f.reason}`);
  const missed = outcome.failures.length > 0 ? `; ${outcome.failures.length} without a pack` : '';
  if (outcome.exported === 0) {
    return {
      severity: outcome.cancelled ? 'info' : 'error',
      headline: outcome.cancelled ? 'Cancelled before any pack was made.' : `No pack could be made for the ${outcome.total} partners chosen.`,
      failures,
    };
  }
  if (!outcome.saved) return { severity: 'info', headline: `${packs(outcome.exported)} made, but not saved: the save was cancelled.`, failures };
  const where = outcome.where ? ` to ${outcome.where}` : '';
  if (outcome.cancelled) {
    return { severity: 'warning', headline: `Cancelled: saved ${packs(outcome.exported)} of ${outcome.total}${where}${missed}.`, failures };
  }
  return {
    severity: outcome.failures.length > 0 ? 'warning' : 'success',
    headline: `Saved ${packs(outcome.exported)} of ${outcome.total}${where}${missed}.`,
    failures,
  };
};
