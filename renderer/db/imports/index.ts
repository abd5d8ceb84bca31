import type { ImportRun } from '../../../shared/domain/import-run';
import type { ColumnMapping, ImportEntity, ImportStore, ValueMapping } from '../../../shared/import';
import type { PartnerDeskDb } from '../database';
import type { Repository } from '../repository';
import { rerunOnChange, type RerunOptions } from '../table-changes';
import { applyImport, type ApplyInput, type ApplyOptions, type ApplyResult } from './apply';
import { lastImportedValues } from './run-parts';
import { saveColumnMapping, savedColumnMapping, savedValueMapping, saveValueMapping } from './saved-mappings';
import { undoImport, type UndoResult } from './undo';

export { DEFAULT_IMPORT_CHUNK_ROWS, type ApplyInput, type ApplyOptions, type ApplyProgress, type ApplyResult } from './apply';
export { ImportUndoError, type UndoResult } from './undo';
export type { SavedImportMapping } from './saved-mappings';

/**
 * The CRM import's data side (issue 13), for the import dialog and the
 * command line: what a plan compares against, what earlier imports read, the
 * mappings saved per source, applying a plan through the repository in
 * chunks, the record of each import, and undoing one. shared/import makes
 * the plan; nothing here decides what a row means.
 */
export interface Imports {
  /** The stored records planImport compares against and relates to, tombstones left out. */
  importStore(entity: ImportEntity): Promise<ImportStore>;
  /** Record id → what the earlier imports of this source read for it (not undone ones): planImport's `lastImported`. */
  lastImportedValues(source: string, entity: ImportEntity): Promise<Record<string, Record<string, unknown>>>;
  savedColumnMapping(source: string, entity: ImportEntity): Promise<ColumnMapping | null>;
  /** Saved under the mapping's own source and entity. */
  saveColumnMapping(mapping: ColumnMapping): Promise<void>;
  savedValueMapping(source: string, entity: ImportEntity): Promise<ValueMapping | null>;
  saveValueMapping(source: string, entity: ImportEntity, mapping: ValueMapping): Promise<void>;
  applyImport(input: ApplyInput, options?: ApplyOptions): Promise<ApplyResult>;
  undoImport(runId: string): Promise<UndoResult>;
  /** Every import's record, newest first: a read, so it runs inside useLiveQuery. */
  listImportRuns(): Promise<ImportRun[]>;
  /** Calls `listener` with the records now and after every change to them (this window, another, or a pull); returns stop. */
  watchImportRuns(listener: (runs: ImportRun[]) => void, options?: RerunOptions): () => void;
}

export interface ImportsOptions {
  /** The signed-in user, who the import's record names. */
  userId: () => string | undefined;
  /** Milliseconds since the epoch, for the record's times; the repository's own clock stamps the writes. */
  now?: () => number;
}

/** What each entity's plan needs from the store (shared/import/plan.ts, ImportStore). */
const storeTables: Record<ImportEntity, readonly (keyof ImportStore)[]> = {
  partners: ['partners'],
  contacts: ['partners', 'contacts'],
  certifications: ['partners', 'contacts', 'certificationPrograms', 'certifications'],
  opportunities: ['partners', 'opportunities'],
  activities: ['partners', 'activities'],
};

export const createImports = (db: PartnerDeskDb, repo: Repository, options: ImportsOptions): Imports => {
  const now = options.now ?? Date.now;
  const isoNow = () => new Date(now()).toISOString();
  const running = new Set<string>();
  const listImportRuns = async () => (await db.importRuns.orderBy('startedAt').reverse().toArray()).filter((r) => !r.deleted);
  return {
    importStore: (entity) =>
      db.transaction('r', storeTables[entity].map((t) => db.table(t)), async () => {
        const store: Record<string, unknown[]> = {};
        for (const table of storeTables[entity]) store[table] = (await db.table<{ deleted: boolean }>(table).toArray()).filter((r) => !r.deleted);
        return store as ImportStore;
      }),
    lastImportedValues: (source, entity) => lastImportedValues(db, source, entity),
    savedColumnMapping: (source, entity) => savedColumnMapping(db, source, entity),
    saveColumnMapping: (mapping) => saveColumnMapping(db, mapping, isoNow()),
    savedValueMapping: (source, entity) => savedValueMapping(db, source, entity),
    saveValueMapping: (source, entity, mapping) => saveValueMapping(db, mapping, { source, entity }, isoNow()),
    applyImport: (input, applyOptions) => {
      const userId = options.userId();
      if (!userId) return Promise.reject(new Error('Sign in to import: the record of an import names who made it.'));
      return applyImport({ db, repo, userId, now, running }, input, applyOptions);
    },
    undoImport: (runId) => undoImport(db, repo, runId, running, now),
    listImportRuns,
    watchImportRuns: (listener, rerunOptions) => {
      const rerun = rerunOnChange(
        db,
        ['importRuns'],
        async (stopped) => {
          const runs = await listImportRuns();
          if (!stopped()) listener(runs);
        },
        rerunOptions,
      );
      return rerun.stop;
    },
  };
};
