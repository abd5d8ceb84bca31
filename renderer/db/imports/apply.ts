import type { ImportRun, ImportRunEntry } from '../../../shared/domain/import-run';
import {
  importRunStart,
  isImportWorkRow,
  newRunEntry,
  packEntries,
  unchangedRunEntry,
  updatedRunEntry,
  type ColumnMapping,
  type ImportEntity,
  type ImportPlan,
  type ImportWorkRow,
  type ValueMapping,
} from '../../../shared/import';
import type { PartnerDeskDb } from '../database';
import { BatchRecordError } from '../errors';
import type { NewRecord, RecordChanges, Repository, Writer } from '../repository';

export interface ApplyInput {
  plan: ImportPlan;
  entity: ImportEntity;
  fileName: string;
  source: string;
  mapping: ColumnMapping;
  values: ValueMapping;
  /**
   * The territory the import's record lives in: the one the plan's context
   * named. Without it, the territory of the plan's first new record, else of
   * the first record it updates or found unchanged.
   */
  territoryId?: string;
}

export interface ApplyProgress {
  done: number;
  total: number;
}

export interface ApplyOptions {
  /** Told after each chunk has committed. */
  onProgress?: (progress: ApplyProgress) => void;
  /** Cancel: the chunk under way finishes (it is one transaction), no further chunk starts. */
  signal?: AbortSignal;
  /** Rows per transaction; 500 unless given. */
  chunkSize?: number;
}

export interface ApplyResult {
  runId: string;
  done: number;
  total: number;
  status: 'applied' | 'cancelled' | 'failed';
  error: string | null;
}

export const DEFAULT_IMPORT_CHUNK_ROWS = 500;

type WorkRow = ImportWorkRow;

/** Gives the event loop a turn, so a progress bar paints and a click on Cancel lands between chunks. */
const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error)).slice(0, 2_000);

export interface ApplyContext {
  db: PartnerDeskDb;
  repo: Repository;
  userId: string;
  now: () => number;
  /** Runs being applied in this window, so an undo does not start under one. */
  running: Set<string>;
}

const territoryOf = async (db: PartnerDeskDb, input: ApplyInput, rows: readonly WorkRow[]): Promise<string> => {
  if (input.territoryId) return input.territoryId;
  const created = rows.find((r) => r.outcome === 'new');
  if (created?.outcome === 'new') return created.record.territoryId;
  const target = rows.find((r) => r.outcome !== 'new');
  const stored = target && 'targetId' in target ? await db.table<{ territoryId: string }, string>(input.entity).get(target.targetId) : undefined;
  if (!stored) throw new Error('Nothing in this import says which territory it is for');
  return stored.territoryId;
};

/**
 * One chunk's rows written through the repository, the part of the import's
 * record that names them and the record's progress, in one transaction: a
 * cancel or a failure leaves whole chunks applied and the record agreeing with
 * them. An update writes only its patch (the per-field path of any edit, so it
 * merges like one) and keeps the values it replaced, for undo.
 */
const applyChunk = async (
  ctx: ApplyContext,
  entity: ImportEntity,
  run: ImportRun,
  rows: readonly WorkRow[],
  progress: Pick<ImportRun, 'done' | 'counts' | 'parts'>,
): Promise<Pick<ImportRun, 'done' | 'counts' | 'parts'>> =>
  ctx.repo.transact(async (w: Writer) => {
    const counts = { ...progress.counts };
    // The chunk's new records in one batch (one clock, one bulk add: most of an import's rows are new).
    const created = new Map<WorkRow, ImportRunEntry>();
    const news = rows.filter((row): row is NewRow => row.outcome === 'new');
    for (const [i, record] of (await createRows(w, entity, news)).entries()) {
      created.set(news[i]!, newRunEntry(news[i]!, record.id, record.updatedAt));
    }
    const entries: ImportRunEntry[] = [];
    for (const row of rows) {
      try {
        // Only IndexedDB's own promises may be awaited in the transaction (an await of anything else lets
        // it commit early), so a row that writes nothing is not awaited.
        entries.push(row.outcome === 'new' ? created.get(row)! : row.outcome === 'unchanged' ? unchangedRunEntry(row) : await updateRow(ctx.db, w, entity, row));
      } catch (error) {
        throw new Error(`Row ${row.rowNumber}: ${messageOf(error)}`, { cause: error });
      }
      const outcome = entries.at(-1)!.outcome;
      counts[outcome === 'new' ? 'new' : outcome === 'updated' ? 'updated' : 'unchanged'] += 1;
    }
    const texts = packEntries(entries);
    for (const [i, text] of texts.entries()) {
      await w.create('importRunParts', { territoryId: run.territoryId, runId: run.id, index: progress.parts + i, entries: text });
    }
    const next = { done: progress.done + rows.length, counts, parts: progress.parts + texts.length };
    await w.update('importRuns', run.id, next);
    return next;
  });

type NewRow = Extract<WorkRow, { outcome: 'new' }>;

/** New rows made in one batch; a record that refuses the batch is named by its row. */
const createRows = async (w: Writer, entity: ImportEntity, rows: readonly NewRow[]): Promise<{ id: string; updatedAt: string }[]> => {
  try {
    return await w.createMany(entity, rows.map((row) => row.record as unknown as NewRecord<typeof entity>));
  } catch (error) {
    if (!(error instanceof BatchRecordError)) throw error;
    throw new Error(`Row ${rows[error.index]!.rowNumber}: ${error.message}`, { cause: error });
  }
};

const updateRow = async (db: PartnerDeskDb, w: Writer, entity: ImportEntity, row: Extract<WorkRow, { outcome: 'update' }>): Promise<ImportRunEntry> => {
  const stored = (await db.table<Record<string, unknown>, string>(entity).get(row.targetId)) ?? {};
  const updated = await w.update(entity, row.targetId, row.patch as RecordChanges<typeof entity>);
  // The store already held every value (another device's pull brought them): nothing was written.
  if (updated.updatedAt === stored.updatedAt) return unchangedRunEntry(row);
  // `stored` is the copy read before the write: the values the patch replaced.
  return updatedRunEntry(row, stored, updated.updatedAt);
};

/**
 * Applies a planned import: the record of it first (status applying), then
 * the rows in chunks, yielding between chunks, then the outcome. Rows that
 * are errors, skipped or undecided possible duplicates are not written; they
 * are counted.
 */
export const applyImport = async (ctx: ApplyContext, input: ApplyInput, options: ApplyOptions = {}): Promise<ApplyResult> => {
  const { plan, entity } = input;
  if (plan.entity !== entity) throw new Error(`The plan imports ${plan.entity}, not ${entity}`);
  const chunkSize = Math.max(1, Math.floor(options.chunkSize ?? DEFAULT_IMPORT_CHUNK_ROWS));
  const rows = plan.rows.filter(isImportWorkRow);
  const total = rows.length;
  const startedAt = new Date(ctx.now()).toISOString();
  const run = await ctx.repo.create('importRuns', {
    territoryId: await territoryOf(ctx.db, input, rows),
    ...importRunStart({ plan, entity, userId: ctx.userId, fileName: input.fileName, source: input.source, mapping: input.mapping, values: input.values, startedAt }),
  });
  ctx.running.add(run.id);
  let progress: Pick<ImportRun, 'done' | 'counts' | 'parts'> = { done: 0, counts: run.counts, parts: 0 };
  let status: ApplyResult['status'] = 'applied';
  let error: string | null = null;
  try {
    for (let start = 0; start < total; start += chunkSize) {
      if (options.signal?.aborted) {
        status = 'cancelled';
        break;
      }
      try {
        progress = await applyChunk(ctx, entity, run, rows.slice(start, start + chunkSize), progress);
      } catch (failure) {
        status = 'failed';
        error = messageOf(failure);
        break;
      }
      options.onProgress?.({ done: progress.done, total });
      await yieldToEventLoop();
    }
    await ctx.repo.update('importRuns', run.id, { status, error, finishedAt: new Date(ctx.now()).toISOString() });
  } catch (failure) {
    // The outcome could not be recorded (the disk filled up): the record says applying, its parts say how far.
    status = 'failed';
    error ??= messageOf(failure);
  } finally {
    ctx.running.delete(run.id);
  }
  return { runId: run.id, done: progress.done, total, status, error };
};
