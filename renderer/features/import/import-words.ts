import type { ImportRun } from '../../../shared/domain/import-run';
import { countOf, formatCount } from '../../../shared/domain/text';
import type { ImportFile, ImportSummary, SourceDetection } from '../../../shared/import';
import type { ApplyResult, UndoResult } from '../../db';
import { entityLabels } from './import-steps';

/** The import's sentences, in one place so the steps, the result and the list of past imports agree. */

const flavorWords = { report: 'report export', 'data-loader': 'Data Loader export', export: 'export' } as const;

export const sourceText = (detection: SourceDetection): string => {
  if (detection.source === 'generic') return 'Not an export we know: map its columns below.';
  const crm = detection.source === 'salesforce' ? 'Salesforce' : 'HubSpot';
  const what = detection.entity ? ` of ${entityLabels[detection.entity].toLowerCase()}` : '';
  return `${crm} ${detection.flavor ? flavorWords[detection.flavor] : 'export'}${what}`;
};

export const fileText = (file: ImportFile): string => {
  const rows = countOf(file.table.rows.length, 'row');
  const columns = countOf(file.table.headers.length, 'column');
  const format =
    file.format === 'xlsx'
      ? `Excel workbook, sheet "${file.sheet}"`
      : `CSV, ${file.delimiter === ';' ? 'semicolons' : file.delimiter === '\t' ? 'tabs' : file.delimiter === '|' ? 'bars' : 'commas'}, ${(file.encoding ?? 'UTF-8').toUpperCase()}`;
  return `${file.fileName}: ${rows}, ${columns} (${format})`;
};

/** "4 new, 0 updated, 1 unchanged, 1 skipped, 0 errors": what a plan or a run counted. */
export const countsText = (counts: Pick<ImportSummary, 'new' | 'updated' | 'unchanged' | 'skipped' | 'errors'> & { possibleDuplicates?: number }): string =>
  [
    `${formatCount(counts.new)} new`,
    `${formatCount(counts.updated)} updated`,
    `${formatCount(counts.unchanged)} unchanged`,
    `${formatCount(counts.skipped)} skipped`,
    countOf(counts.errors, 'error'),
    ...(counts.possibleDuplicates === undefined ? [] : [countOf(counts.possibleDuplicates, 'possible duplicate')]),
  ].join(', ');

export const resultText = (result: ApplyResult): string => {
  const rows = `${formatCount(result.done)} of ${formatCount(result.total)} rows`;
  switch (result.status) {
    case 'applied':
      return `Import done: ${rows} written or checked.`;
    case 'cancelled':
      return `Import cancelled after ${rows}. Those rows are stored; the rest were not written.`;
    case 'failed':
      return `Import stopped after ${rows}: ${result.error ?? 'an unknown error'}. The rows before it are stored.`;
  }
};

export const undoText = (result: UndoResult): string =>
  result.kept.length > 0
    ? `Nothing was undone: ${countOf(result.kept.length, 'record')} changed since the import (${result.kept
        .slice(0, 3)
        .map((k) => k.reason)
        .join('; ')}).`
    : `Import undone: ${countOf(result.undone, 'record')} put back as they were.`;

export const runStatusText: Record<ImportRun['status'], string> = {
  applying: 'Applying',
  applied: 'Applied',
  cancelled: 'Cancelled',
  failed: 'Failed',
  undone: 'Undone',
};

/** An import can be undone once it has stopped, unless it already was. */
export const canUndo = (run: ImportRun): boolean => run.status !== 'undone' && run.status !== 'applying' && run.counts.new + run.counts.updated > 0;
