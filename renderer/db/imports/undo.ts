import { entities, type EntityName } from '../../../shared/domain/entities';
import type { ImportRun, ImportRunEntry } from '../../../shared/domain/import-run';
import { packEntries, type ImportEntity } from '../../../shared/import';
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
 * undone: half an undo would leave a mix no one asked for. A record a later
 * import patched and whose undo put it back counts as unchanged. The writes
 * are one transaction, which reads the records again first, so a pull between
 * the check and the writes stops the undo rather than overwriting. A record the
 * import made and someone deleted since is already as undo would leave it.
 */
export const undoImport = async (db: PartnerDeskDb, repo: Repository, runId: string, running: ReadonlySet<string>, now: () => number): Promise<UndoResult> => {
  const checked = await check(db, runId, running);
  if (checked.kept.length > 0) {
    const lookUp = (t: EntityName, id: string) => db.table<Record<string, unknown>, string>(t).get(id);
    const kept = [];
    for (const { id, entity, stored, why } of checked.kept) {
      const name = (stored && (await recordName(lookUp, entity, stored))) || id;
      kept.push({ id, reason: `${entities[entity].label} ${name} ${why}` });
    }
    return { undone: 0, kept };
  }
  const { run, todo } = checked;
  const entity = run.entity;
  // The writes, with the records read again in their transaction: one changed since the check (a pull
  // between the two) stops the undo before anything is written. Only the store's own promises are
  // awaited in here: awaiting anything else would let IndexedDB commit the transaction early.
  return repo.transact(async (w) => {
    const current = await db.importRuns.get(runId);
    const rows = await db.table<Row, string>(entity).bulkGet(todo.map((t) => t.entry.id));
    if (current?.status !== run.status || current.parts !== run.parts || rows.some((row, i) => row?.updatedAt !== todo[i]!.stamp || row.deleted)) {
      throw new ImportUndoError(`Records of the import of ${run.fileName} changed while the undo was being checked: try again.`);
    }
    const restored: ImportRunEntry[] = [];
    for (const { entry } of todo) {
      if (entry.outcome === 'new') await w.remove(entity, entry.id);
      else {
        const back: Record<string, unknown> = { ...entry.previous };
        for (const field of entry.absent ?? []) back[field] = undefined;
        const row = await w.update(entity, entry.id, back as RecordChanges<typeof entity>);
        if (entry.before) restored.push({ id: entry.id, row: entry.row, outcome: 'restored', writtenAt: row.updatedAt, before: entry.before, fileValues: {} });
      }
    }
    // What the undo wrote, so an earlier import's undo still knows these records as it left them.
    const texts = packEntries(restored);
    for (const [i, text] of texts.entries()) await w.create('importRunParts', { territoryId: run.territoryId, runId, index: run.parts + i, entries: text });
    await w.update('importRuns', runId, { status: 'undone', undoneAt: new Date(now()).toISOString(), parts: run.parts + texts.length });
    return { undone: todo.length, kept: [] };
  });
};

interface Kept {
  id: string;
  entity: ImportEntity;
  stored: Row | undefined;
  /** The end of the sentence after the record's name. */
  why: string;
}

/** Which of the run's records are as it left them (to undo, with the stamp they have now) and which are not. */
const check = async (db: PartnerDeskDb, runId: string, running: ReadonlySet<string>): Promise<{ run: ImportRun; kept: Kept[]; todo: { entry: ImportRunEntry; stamp: string }[] }> => {
  const run = await db.importRuns.get(runId);
  if (!run || run.deleted) throw new RecordNotFoundError(entities.importRuns.label, runId);
  if (run.status === 'undone') throw new ImportUndoError(`The import of ${run.fileName} was already undone.`);
  if (running.has(runId)) throw new ImportUndoError(`The import of ${run.fileName} is still being applied; cancel it first.`);
  const { entries, parts } = await runEntries(db, runId);
  if (parts < run.parts) throw new ImportUndoError(`Not all of the record of the import of ${run.fileName} has reached this device yet: sync, then try again.`);

  const entity = run.entity;
  const table = db.table<Row, string>(entity);
  const restoredTo = await restoredStates(db, entity);
  const kept: Kept[] = [];
  const todo: { entry: ImportRunEntry; stamp: string }[] = [];
  for (const entry of entries) {
    if (entry.writtenAt === undefined || entry.outcome === 'restored') continue;
    const stored = await table.get(entry.id);
    if (!stored || stored.deleted) {
      if (entry.outcome === 'updated') kept.push({ id: entry.id, entity, stored, why: 'was deleted after the import' });
      continue;
    }
    if (asLeftBy(entry.id, stored.updatedAt, restoredTo) !== entry.writtenAt) {
      kept.push({ id: entry.id, entity, stored, why: `was changed after the import (${stored.updatedAt})` });
      continue;
    }
    const added = entry.outcome === 'new' ? await newChildren(db, entity, entry.id) : null;
    if (added) kept.push({ id: entry.id, entity, stored, why: `has records added after the import (${added})` });
    else todo.push({ entry, stamp: stored.updatedAt });
  }
  return { run, kept, todo };
};

/**
 * updatedAt → the updatedAt the record was back at, for every record an undo
 * gave its earlier values: an undone later import leaves the record as the
 * import before it did, though with a newer stamp.
 */
const restoredStates = async (db: PartnerDeskDb, entity: ImportEntity): Promise<Map<string, string>> => {
  // Any source's: a HubSpot import undone puts back what a Salesforce import wrote just as well.
  const undone = (await db.importRuns.toArray()).filter((r) => !r.deleted && r.status === 'undone' && r.entity === entity);
  const states = new Map<string, string>();
  for (const other of undone) {
    for (const e of (await runEntries(db, other.id)).entries) if (e.outcome === 'restored' && e.writtenAt && e.before) states.set(`${e.id}@${e.writtenAt}`, e.before);
  }
  return states;
};

/** The stamp the record has as far as imports go: followed back through every undo that restored it. */
const asLeftBy = (id: string, updatedAt: string, restoredTo: ReadonlyMap<string, string>): string => {
  let at = updatedAt;
  for (let seen = 0; restoredTo.has(`${id}@${at}`) && seen < restoredTo.size; seen++) at = restoredTo.get(`${id}@${at}`)!;
  return at;
};

/** "Contact: 2, Activity: 1" when live records of other tables point at the record, else null. */
const newChildren = async (db: PartnerDeskDb, entity: ImportEntity, id: string): Promise<string | null> => {
  const found: string[] = [];
  for (const { table, index } of children[entity] ?? []) {
    const n = await db.table<Row, string>(table).where(index).equals(id).filter((r) => !r.deleted).count();
    if (n > 0) found.push(`${entities[table].label}: ${n}`);
  }
  return found.length > 0 ? found.join(', ') : null;
};
