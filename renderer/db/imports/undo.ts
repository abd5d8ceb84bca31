import { entities, type EntityName } from '../../../shared/domain/entities';
import type { ImportRunEntry } from '../../../shared/domain/import-run';
import type { ImportEntity } from '../../../shared/import';
import type { PartnerDeskDb } from '../database';
import { RecordNotFoundError } from '../errors';
import { recordName } from '../record-name';
import type { RecordChanges, Repository } from '../repository';
import { runEntries } from './run-parts';

export interface UndoResult {
  /** Records deleted or given their earlier values back; 0 when the undo was refused. */
  undone: number;
  /** Records changed since the import, each with why: any of them and nothing is undone. */
  kept: { id: string; reason: string }[];
}

/** Asked to undo an import that cannot be (already undone, still applying, not all of it on this device). */
export class ImportUndoError extends Error {
  override name = 'ImportUndoError';
}

/**
 * Records that would lose their partner (or contact) if a record the import
 * made were deleted: a contact added to an imported partner since is a change
 * to that partner as far as undo is concerned.
 */
const children: Partial<Record<ImportEntity, readonly { table: EntityName; index: string }[]>> = {
  partners: (['contacts', 'certifications', 'opportunities', 'activities', 'jointSolutions', 'investments', 'commitments', 'qbrRecords', 'businessPlans'] as const).map((table) => ({
    table,
    index: 'partnerId',
  })),
  contacts: [{ table: 'certifications', index: 'contactId' }],
};

type Row = Record<string, unknown> & { id: string; deleted: boolean; updatedAt: string };

/**
 * Undoes a whole import while its records are as it left them (issue 13):
 * what it made is deleted and what it patched gets the replaced values back,
 * each through the repository, so the undo syncs like any edit. A record
 * someone changed since (its `updatedAt` is not the one the import wrote, it
 * was deleted, or it has new children) is kept and named, and then nothing is
 * undone: half an undo would leave a mix no one asked for. The check and the
 * writes are one transaction, so no pull slips in between. A record the
 * import made and someone deleted since is already as undo would leave it.
 */
export const undoImport = async (db: PartnerDeskDb, repo: Repository, runId: string, running: ReadonlySet<string>, now: () => number): Promise<UndoResult> => {
  const result = await undoOrFindKept(db, repo, runId, running, now);
  if (result.kept.length === 0) return { undone: result.undone, kept: [] };
  // Named after the transaction: naming awaits more than the store, which would let the transaction commit early.
  const lookUp = (t: EntityName, id: string) => db.table<Record<string, unknown>, string>(t).get(id);
  const kept = [];
  for (const { id, entity, stored, why } of result.kept) {
    const name = (stored && (await recordName(lookUp, entity, stored))) || id;
    kept.push({ id, reason: `${entities[entity].label} ${name} ${why}` });
  }
  return { undone: 0, kept };
};

interface Kept {
  id: string;
  entity: ImportEntity;
  stored: Row | undefined;
  /** The end of the sentence after the record's name. */
  why: string;
}

const undoOrFindKept = (db: PartnerDeskDb, repo: Repository, runId: string, running: ReadonlySet<string>, now: () => number): Promise<{ undone: number; kept: Kept[] }> =>
  repo.transact(async (w) => {
    const run = await db.importRuns.get(runId);
    if (!run || run.deleted) throw new RecordNotFoundError(entities.importRuns.label, runId);
    if (run.status === 'undone') throw new ImportUndoError(`The import of ${run.fileName} was already undone.`);
    if (running.has(runId)) throw new ImportUndoError(`The import of ${run.fileName} is still being applied; cancel it first.`);
    const { entries, parts } = await runEntries(db, runId);
    if (parts < run.parts) throw new ImportUndoError(`Not all of the record of the import of ${run.fileName} has reached this device yet: sync, then try again.`);

    const entity = run.entity;
    const table = db.table<Row, string>(entity);
    const written = entries.filter((e): e is ImportRunEntry & { writtenAt: string } => e.writtenAt !== undefined);
    const kept: Kept[] = [];
    const todo: ImportRunEntry[] = [];
    for (const entry of written) {
      const stored = await table.get(entry.id);
      if (!stored || stored.deleted) {
        if (entry.outcome === 'updated') kept.push({ id: entry.id, entity, stored, why: 'was deleted after the import' });
        continue;
      }
      if (stored.updatedAt !== entry.writtenAt) {
        kept.push({ id: entry.id, entity, stored, why: `was changed after the import (${stored.updatedAt})` });
        continue;
      }
      const added = entry.outcome === 'new' ? await newChildren(db, entity, entry.id) : null;
      if (added) kept.push({ id: entry.id, entity, stored, why: `has records added after the import (${added})` });
      else todo.push(entry);
    }
    if (kept.length > 0) return { undone: 0, kept };

    for (const entry of todo) {
      if (entry.outcome === 'new') await w.remove(entity, entry.id);
      else {
        const back: Record<string, unknown> = { ...entry.previous };
        for (const field of entry.absent ?? []) back[field] = undefined;
        await w.update(entity, entry.id, back as RecordChanges<typeof entity>);
      }
    }
    await w.update('importRuns', runId, { status: 'undone', undoneAt: new Date(now()).toISOString() });
    return { undone: todo.length, kept: [] };
  });

/** "Contact: 2, Activity: 1" when live records of other tables point at the record, else null. */
const newChildren = async (db: PartnerDeskDb, entity: ImportEntity, id: string): Promise<string | null> => {
  const found: string[] = [];
  for (const { table, index } of children[entity] ?? []) {
    const n = await db.table<Row, string>(table).where(index).equals(id).filter((r) => !r.deleted).count();
    if (n > 0) found.push(`${entities[table].label}: ${n}`);
  }
  return found.length > 0 ? found.join(', ') : null;
};
