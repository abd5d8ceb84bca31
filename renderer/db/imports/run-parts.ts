import type { ImportRunEntry } from '../../../shared/domain/import-run';
import { entriesOfParts, isStandingRun, lastImportedFrom, type ImportEntity } from '../../../shared/import';
import type { PartnerDeskDb } from '../database';

/** What the parts of a run hold, in the order written; the schema checked them when they were saved. */
export const runEntries = async (db: PartnerDeskDb, runId: string): Promise<{ entries: ImportRunEntry[]; parts: number }> => {
  const parts = await db.importRunParts.where('runId').equals(runId).toArray();
  return { entries: entriesOfParts(parts), parts: parts.filter((p) => !p.deleted).length };
};

/**
 * What earlier imports from this source read for each record (record id →
 * the row's values), the latest import's values winning: planImport's
 * `lastImported`, so a field is written only where the CRM changed it since.
 * Reads the runs and their parts; shared/import's lastImportedFrom (which
 * the CLI calls on what it pulled) decides.
 */
export const lastImportedValues = async (db: PartnerDeskDb, source: string, entity: ImportEntity): Promise<Record<string, Record<string, unknown>>> => {
  const runs = (await db.importRuns.where('[source+entity]').equals([source, entity]).toArray()).filter(isStandingRun);
  const parts = runs.length === 0 ? [] : await db.importRunParts.where('runId').anyOf(runs.map((r) => r.id)).toArray();
  return lastImportedFrom(runs, parts, source, entity);
};
