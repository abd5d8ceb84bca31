import { importRunEntrySchema, MAX_IMPORT_PART_TEXT, MAX_IMPORT_VALUES_TEXT, type ImportRun, type ImportRunEntry, type ImportRunPart } from '../domain/import-run';
import type { ColumnMapping } from './column-mapping';
import type { ImportEntity } from './fields';
import type { ImportPlan, PlannedRow } from './plan';
import type { ValueMapping } from './value-mapping';

/**
 * The record of an import (shared/domain/import-run.ts) as every caller
 * writes it, the app's dialog (renderer/db/imports/apply.ts) and the command
 * line (scripts/import/run-record.ts) alike: the record's opening fields, one
 * entry per row written or checked, and the entries packed into parts. So an
 * import made either way is listed under Past imports and undone the same way
 * (renderer/db/imports/undo.ts reads what is packed here).
 */

/** The rows an import writes or checks: the rest (errors, skipped, undecided possible duplicates) are only counted. */
export type ImportWorkRow = Extract<PlannedRow, { outcome: 'new' | 'update' | 'unchanged' }>;
export const isImportWorkRow = (row: PlannedRow): row is ImportWorkRow => row.outcome === 'new' || row.outcome === 'update' || row.outcome === 'unchanged';

const entryBase = (row: ImportWorkRow) => ({ row: row.rowNumber, fileValues: { ...row.fileValues } as ImportRunEntry['fileValues'] });

/** A new record, stored with `writtenAt` as its `updatedAt`. */
export const newRunEntry = (row: Extract<ImportWorkRow, { outcome: 'new' }>, id: string, writtenAt: string): ImportRunEntry => ({ ...entryBase(row), id, outcome: 'new', writtenAt });

/** A row that found its record as the file says (or whose patch wrote nothing): no write, only what the file read. */
export const unchangedRunEntry = (row: ImportWorkRow & { targetId: string }): ImportRunEntry => ({ ...entryBase(row), id: row.targetId, outcome: 'unchanged' });

/**
 * An update: `stored` is the record as it was before the patch, `writtenAt`
 * the `updatedAt` the patch gave it. Keeps the values the patch replaced
 * (`previous`) and the fields that had none (`absent`), and the record's
 * stamp before (`before`), for undo.
 */
export const updatedRunEntry = (row: Extract<ImportWorkRow, { outcome: 'update' }>, stored: Readonly<Record<string, unknown>>, writtenAt: string): ImportRunEntry => {
  const previous: Record<string, unknown> = {};
  const absent: string[] = [];
  for (const field of Object.keys(row.patch)) {
    if (stored[field] === undefined) absent.push(field);
    else previous[field] = stored[field];
  }
  return {
    ...entryBase(row),
    id: row.targetId,
    outcome: 'updated',
    writtenAt,
    before: stored.updatedAt as string,
    previous: previous as ImportRunEntry['fileValues'],
    ...(absent.length > 0 && { absent }),
  };
};

/**
 * An import's entries go into parts of at most MAX_IMPORT_PART_TEXT
 * characters, so no one record outgrows a push however large the file.
 * Rows of one chunk may fill several parts; an entry is never split.
 */
export const packEntries = (entries: readonly ImportRunEntry[]): string[] => {
  const parts: string[] = [];
  let texts: string[] = [];
  let length = 2;
  for (const entry of entries) {
    const text = JSON.stringify(entry);
    if (texts.length > 0 && length + 1 + text.length > MAX_IMPORT_PART_TEXT) {
      parts.push(`[${texts.join(',')}]`);
      texts = [];
      length = 2;
    }
    texts.push(text);
    length += text.length + 1;
  }
  if (texts.length > 0) parts.push(`[${texts.join(',')}]`);
  return parts;
};

/** A value mapping too long to keep with the record is left out of it (the device's saved copy stays). */
const valuesText = (values: ValueMapping): string | null => {
  const text = JSON.stringify(values);
  return text.length <= MAX_IMPORT_VALUES_TEXT ? text : null;
};

export interface ImportRunStart {
  plan: ImportPlan;
  entity: ImportEntity;
  userId: string;
  fileName: string;
  source: string;
  mapping: ColumnMapping;
  values: ValueMapping;
  startedAt: string;
}

/**
 * The record as an import opens it, before any row is written: status
 * applying, nothing done, the rows it will not write already counted
 * (skipped includes possible duplicates no one decided). Without the sync
 * fields and the territory, which the writer gives it.
 */
export const importRunStart = ({ plan, entity, userId, fileName, source, mapping, values, startedAt }: ImportRunStart): Omit<ImportRun, 'id' | 'territoryId' | 'updatedAt' | 'deleted'> => ({
  userId,
  fileName: fileName.slice(0, 255),
  source,
  entity,
  mapping: JSON.stringify(mapping),
  values: valuesText(values),
  startedAt,
  finishedAt: null,
  status: 'applying',
  total: plan.rows.filter(isImportWorkRow).length,
  done: 0,
  counts: {
    new: 0,
    updated: 0,
    unchanged: 0,
    skipped: plan.rows.filter((r) => r.outcome === 'skipped' || r.outcome === 'possible-duplicate').length,
    errors: plan.rows.filter((r) => r.outcome === 'error').length,
  },
  parts: 0,
  error: null,
  undoneAt: null,
});

/**
 * What a run's parts hold, in the order written (by index; deleted parts
 * left out), each part's entries checked against the schema. Give it the
 * parts of one run.
 */
export const entriesOfParts = (parts: readonly ImportRunPart[]): ImportRunEntry[] =>
  parts
    .filter((p) => !p.deleted)
    .sort((a, b) => a.index - b.index)
    .flatMap((p) => importRunEntrySchema.array().parse(JSON.parse(p.entries)));

/** Runs whose writes stand: an undone run's records are back as they were, so what it read no longer counts. */
export const isStandingRun = (run: ImportRun): boolean => !run.deleted && run.status !== 'undone';

/**
 * planImport's `lastImported`: what earlier imports from this source read
 * for each record of the entity (record id → the row's values), so a field is
 * written only where the CRM changed it since, and a manager's edit made
 * after an import stands. Standing runs of that source and entity only, the
 * oldest (by startedAt) first, each run's parts in order: a later import's
 * values win. `runs` and `parts` may hold any others (another source's,
 * another entity's, their parts): they are left out here. The app's
 * dialog (renderer/db/imports/run-parts.ts lastImportedValues, from
 * IndexedDB) and the CLI (scripts/import.ts, from its pull) both call this.
 */
export const lastImportedFrom = (
  runs: readonly ImportRun[],
  parts: readonly ImportRunPart[],
  source: string,
  entity: ImportEntity,
): Record<string, Record<string, unknown>> => {
  const chosen = runs.filter((r) => r.source === source && r.entity === entity && isStandingRun(r)).sort((a, b) => a.startedAt.localeCompare(b.startedAt));
  const wanted = new Set(chosen.map((r) => r.id));
  const partsOf = new Map<string, ImportRunPart[]>();
  for (const part of parts) {
    if (!wanted.has(part.runId)) continue;
    const list = partsOf.get(part.runId);
    if (list) list.push(part);
    else partsOf.set(part.runId, [part]);
  }
  const values: Record<string, Record<string, unknown>> = {};
  for (const run of chosen) {
    for (const entry of entriesOfParts(partsOf.get(run.id) ?? [])) values[entry.id] = entry.fileValues as Record<string, unknown>;
  }
  return values;
};
