import { describeRowError, type ImportPlan, type PlannedRow } from '../../shared/import';
import type { MutationResult } from '../../shared/sync/protocol';
import type { RowChange } from './changes';
import type { RunOutcome } from './run-record';

/** What the server said about one change the import pushed. */
export interface PushAnswer {
  change: RowChange;
  /** Absent when the push stopped before this change was answered. */
  result?: MutationResult;
}

/** A refusal as the user reads it: the row, the record, the server's reason and the fields it names. */
const refusalLine = (change: RowChange, reason: string, fields: Record<string, string> | undefined): string => {
  const named = fields && Object.keys(fields).length > 0 ? ` (${Object.entries(fields).map(([f, why]) => `${f}: ${why}`).join('; ')})` : '';
  return `Row ${change.rowNumber} (${change.label}): refused by the server: ${reason}${named}`;
};

export const refusalOf = (answer: PushAnswer): string | null => {
  const { result, change } = answer;
  if (!result) return null;
  if (result.status === 'rejected') return refusalLine(change, result.reason, result.fields);
  if (result.status === 'duplicate' && result.rejected) return refusalLine(change, result.rejected.reason, result.rejected.fields);
  return null;
};

const rowLines = (row: PlannedRow): string[] => {
  switch (row.outcome) {
    case 'update':
      return [`Row ${row.rowNumber}: updates ${Object.keys(row.patch).join(', ')} (found by ${row.matchedBy})`];
    case 'error':
      return row.errors.map(describeRowError);
    case 'skipped':
      return [`Row ${row.rowNumber}: skipped: ${row.reason}`];
    case 'possible-duplicate': {
      const others = row.duplicates.map((d) => `"${d.name}" (${d.rowNumber === undefined ? `stored, by ${d.reason}` : `row ${d.rowNumber}, by ${d.reason}`})`).join(', ');
      return [`Row ${row.rowNumber}: possible duplicate of ${others}: not imported`];
    }
    default:
      return [];
  }
};

/**
 * What became of the import's record (run-record.ts): refused when it was
 * opened (then no row was sent), saved with its outcome, or opened but not
 * finished (the app lists it as applying and cannot undo it).
 */
export type RecordReport =
  | { kind: 'refused'; reason: string }
  | { kind: 'saved'; runId: string; total: number; outcome: RunOutcome }
  | { kind: 'unfinished'; runId: string; reason: string };

const recordLines = (record: RecordReport): string[] => {
  switch (record.kind) {
    case 'refused':
      return [`Nothing was imported: the server refused the record of this import: ${record.reason}`];
    case 'unfinished':
      return [`The record of this import (${record.runId}) was not finished: ${record.reason}. The app lists it as applying and cannot undo it.`];
    case 'saved': {
      const { outcome } = record;
      const undoable = outcome.counts.new + outcome.counts.updated > 0;
      return [
        `Recorded as import ${record.runId} (${outcome.status}, ${outcome.done} of ${record.total} rows): listed under Past imports in the app${undoable ? ', which can undo it while its records are unchanged' : ''}.`,
      ];
    }
  }
};

export interface Report {
  lines: string[];
  /** Rows that failed (validation errors, refusals by the server, changes never answered), and one for a record of the import refused or not finished. */
  failures: number;
}

/**
 * The summary on stdout: the plan's counts, what the server refused, and
 * every row that was not imported with why, each named by its row number.
 */
export const report = (plan: ImportPlan, options: { fileName: string; dryRun: boolean; answers: PushAnswer[]; stopped?: string; record?: RecordReport }): Report => {
  const s = plan.summary;
  const refusals = options.answers.map(refusalOf).filter((line): line is string => line !== null);
  const unanswered = options.answers.filter((a) => !a.result);
  const lines = [
    `${options.dryRun ? 'Dry run of the import of' : options.record?.kind === 'refused' ? 'Did not import' : 'Imported'} ${plan.entity} from ${options.fileName} (source "${plan.source}"), ${s.rows} rows:`,
    `  new: ${s.new}`,
    `  updated: ${s.updated}`,
    `  unchanged: ${s.unchanged}`,
    `  skipped: ${s.skipped}`,
    `  errors: ${s.errors}`,
    `  possible duplicates: ${s.possibleDuplicates}${s.possibleDuplicates > 0 ? ' (not imported: decide them in the app\'s import dialog)' : ''}`,
  ];
  if (options.dryRun) lines.push('Nothing was written (--dry-run).');
  else if (options.record?.kind !== 'refused') {
    lines.push(`  refused by the server: ${refusals.length}`);
    if (unanswered.length > 0) lines.push(`  not sent: ${unanswered.length} (the push stopped: ${options.stopped ?? 'no answer'})`);
  }
  const record = options.record ? recordLines(options.record) : [];
  lines.push(...record, ...plan.rows.flatMap(rowLines), ...refusals);
  if (unanswered.length > 0) lines.push(...unanswered.map((a) => `Row ${a.change.rowNumber} (${a.change.label}): not sent`));
  const recordFailed = options.record !== undefined && options.record.kind !== 'saved';
  return { lines, failures: s.errors + refusals.length + unanswered.length + (recordFailed ? 1 : 0) };
};
