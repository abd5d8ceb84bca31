import { importRunEntrySchema, type ImportRun, type ImportRunEntry } from '../../../shared/domain/import-run';
import type { ImportEntity } from '../../../shared/import';
import type { PartnerDeskDb } from '../database';

/** What the parts of a run hold, in the order written; the schema checked them when they were saved. */
export const runEntries = async (db: PartnerDeskDb, runId: string): Promise<{ entries: ImportRunEntry[]; parts: number }> => {
  const parts = (await db.importRunParts.where('runId').equals(runId).toArray()).filter((p) => !p.deleted).sort((a, b) => a.index - b.index);
  const entries = parts.flatMap((p) => importRunEntrySchema.array().parse(JSON.parse(p.entries)));
  return { entries, parts: parts.length };
};

/** Runs whose writes stand: an undone run's records are back as they were, so what it read no longer counts. */
const standing = (run: ImportRun): boolean => !run.deleted && run.status !== 'undone';

/**
 * What earlier imports from this source read for each record (record id →
 * the row's values), the latest import's values winning: planImport's
 * `lastImported`, so a field is written only where the CRM changed it since.
 */
export const lastImportedValues = async (db: PartnerDeskDb, source: string, entity: ImportEntity): Promise<Record<string, Record<string, unknown>>> => {
  const runs = (await db.importRuns.where('[source+entity]').equals([source, entity]).toArray()).filter(standing).sort((a, b) => a.startedAt.localeCompare(b.startedAt));
  const values: Record<string, Record<string, unknown>> = {};
  for (const run of runs) {
    for (const entry of (await runEntries(db, run.id)).entries) values[entry.id] = entry.fileValues as Record<string, unknown>;
  }
  return values;
};
