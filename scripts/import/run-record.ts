import { newId } from '../../shared/domain/ids';
import type { ImportRun, ImportRunEntry } from '../../shared/domain/import-run';
import { importRunStart, isImportWorkRow, newRunEntry, packEntries, unchangedRunEntry, updatedRunEntry, type ColumnMapping, type ImportPlan, type ImportStore, type ValueMapping } from '../../shared/import';
import { formatHlc, initialHlc, tick, type Hlc } from '../../shared/sync/hlc';
import type { MutationResult } from '../../shared/sync/protocol';
import type { Change } from '../hq/push';
import { refusalOf, type PushAnswer } from './report';

/**
 * The record of a CLI import (shared/domain/import-run.ts), the same one the
 * app's dialog writes (renderer/db/imports/apply.ts), built from the same
 * functions (shared/import/run-entries.ts), so a device that pulls it lists
 * the import under Past imports and can undo it.
 *
 * The app writes the record and each chunk's rows in one transaction; a push
 * answers each change alone, so the CLI opens the record first (applying: if
 * the server refuses it, nothing is imported), pushes the rows, and then,
 * from the server's answers, the entries of the rows it took and the
 * outcome: applied when it took every row, else failed with why. The entries
 * carry the `updatedAt` each change sent, which is what the server stores (a
 * change a newer concurrent edit beat keeps the newer stamp, and undo then
 * rightly finds the record changed since).
 */

type Row = Record<string, unknown>;

/** What a push answered and took: applied, merged, or an earlier answer to the same change that took it. */
export const accepted = (result: MutationResult | undefined): boolean =>
  result !== undefined && (result.status === 'applied' || result.status === 'merged' || (result.status === 'duplicate' && !result.rejected));

/** The client's clock for the record's changes, on the server's time. */
export const recordClock = (clientId: string): ((nowMs: number) => string) => {
  let clock: Hlc = initialHlc(clientId);
  return (nowMs) => formatHlc((clock = tick(clock, nowMs)));
};

export interface OpenRun {
  plan: ImportPlan;
  territoryId: string;
  userId: string;
  fileName: string;
  mapping: ColumnMapping;
  values: ValueMapping;
  startedAt: string;
  /** The pull cursor of the record's territory. */
  baseVersion: number;
  hlc: string;
}

/** The record as the import opens it (status applying), and the change that creates it. */
export const openRun = ({ plan, territoryId, userId, fileName, mapping, values, startedAt, baseVersion, hlc }: OpenRun): { run: ImportRun; change: Change } => {
  const run: ImportRun = {
    id: newId(),
    territoryId,
    updatedAt: startedAt,
    deleted: false,
    ...importRunStart({ plan, entity: plan.entity, userId, fileName, source: plan.source, mapping, values, startedAt }),
  };
  return { run, change: { table: 'importRuns', rowId: run.id, op: 'put', patch: { ...run }, baseVersion, hlc } };
};

export type RunOutcome = Pick<ImportRun, 'status' | 'done' | 'counts' | 'parts' | 'error' | 'finishedAt'>;

/**
 * What the import did, from the server's answers: an entry for every row it
 * took (and every unchanged row, which wrote nothing but read the file), the
 * counts of those, and applied only when every row was taken.
 */
export const runEntries = (
  run: ImportRun,
  plan: ImportPlan,
  store: ImportStore,
  answers: readonly PushAnswer[],
  stopped: string | undefined,
): { entries: ImportRunEntry[]; outcome: Omit<RunOutcome, 'parts' | 'finishedAt'> } => {
  const byRow = new Map(answers.map((a) => [a.change.rowNumber, a]));
  const stored = new Map(((store[plan.entity] ?? []) as readonly Row[]).map((r) => [r.id as string, r]));
  const counts = { ...run.counts };
  const entries: ImportRunEntry[] = [];
  for (const row of plan.rows.filter(isImportWorkRow)) {
    if (row.outcome === 'unchanged') {
      entries.push(unchangedRunEntry(row));
      counts.unchanged += 1;
      continue;
    }
    const answer = byRow.get(row.rowNumber);
    if (!answer || !accepted(answer.result)) continue;
    // The stamp the change carried: the one the server stores (see above).
    const writtenAt = String(answer.change.change.patch.updatedAt);
    if (row.outcome === 'new') {
      entries.push(newRunEntry(row, answer.change.change.rowId, writtenAt));
      counts.new += 1;
    } else {
      entries.push(updatedRunEntry(row, stored.get(row.targetId) ?? {}, writtenAt));
      counts.updated += 1;
    }
  }
  const refusals = answers.map(refusalOf).filter((line): line is string => line !== null);
  const unsent = answers.filter((a) => !a.result).length;
  const problems = [
    ...(refusals.length > 0 ? [`${refusals.length} ${refusals.length === 1 ? 'row was' : 'rows were'} refused by the server (${refusals.slice(0, 3).join('; ')}${refusals.length > 3 ? '; …' : ''})`] : []),
    ...(unsent > 0 ? [`${unsent} ${unsent === 1 ? 'row was' : 'rows were'} not sent (the push stopped: ${stopped ?? 'no answer'})`] : []),
  ];
  const done = entries.length;
  const failed = done < run.total || problems.length > 0;
  return {
    entries,
    outcome: { status: failed ? 'failed' : 'applied', done, counts, error: failed ? (problems.join('; ') || 'Not every row was written').slice(0, 2_000) : null },
  };
};

export interface CloseRun {
  run: ImportRun;
  entries: readonly ImportRunEntry[];
  outcome: Omit<RunOutcome, 'parts' | 'finishedAt'>;
  finishedAt: string;
  /** The pull cursor of the record's territory. */
  baseVersion: number;
  /** The version the server gave the record when it was opened: this client has seen it. */
  runVersion: number;
  stamp: () => string;
}

/**
 * The changes that finish the record: its parts (entries packed as the app
 * packs them), then the outcome, last, so a device that has the outcome and
 * fewer parts knows it has not pulled them all.
 */
export const closeRun = ({ run, entries, outcome, finishedAt, baseVersion, runVersion, stamp }: CloseRun): { changes: Change[]; outcome: RunOutcome } => {
  const texts = packEntries(entries);
  const changes: Change[] = texts.map((text, index) => {
    const id = newId();
    return {
      table: 'importRunParts',
      rowId: id,
      op: 'put',
      patch: { id, territoryId: run.territoryId, updatedAt: finishedAt, deleted: false, runId: run.id, index, entries: text },
      baseVersion,
      hlc: stamp(),
    };
  });
  const closed: RunOutcome = { ...outcome, parts: texts.length, finishedAt };
  changes.push({ table: 'importRuns', rowId: run.id, op: 'put', patch: { ...closed, updatedAt: finishedAt }, baseVersion: Math.max(baseVersion, runVersion), hlc: stamp() });
  return { changes, outcome: closed };
};
