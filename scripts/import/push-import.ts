import type { ColumnMapping, ImportPlan, ImportStore, ValueMapping } from '../../shared/import';
import type { MutationResult, Tokens } from '../../shared/sync/protocol';
import type { CliDevice } from '../hq/cli-device';
import { pushChanges, type Change, type PushOutcome } from '../hq/push';
import type { RowChange } from './changes';
import type { PushAnswer, RecordReport } from './report';
import { accepted, closeRun, openRun, recordClock, runEntries } from './run-record';

export interface PushImportInput {
  plan: ImportPlan;
  /** What the plan was made against: an update's entry keeps the stored values it replaced. */
  store: ImportStore;
  changes: readonly RowChange[];
  territoryId: string;
  userId: string;
  fileName: string;
  mapping: ColumnMapping;
  values: ValueMapping;
  cursors: Readonly<Record<string, number>>;
  /** The server's clock minus ours. */
  clockOffsetMs: number;
  server: string;
  tokens: Tokens;
  device: CliDevice;
  say: (line: string) => void;
}

export interface PushedImport {
  answers: PushAnswer[];
  /** Why the push of the rows stopped before every one was answered. */
  stopped?: string;
  record: RecordReport;
}

const refusalReason = (result: MutationResult | undefined): string => {
  if (!result) return 'no answer';
  const refused = result.status === 'rejected' ? result : result.status === 'duplicate' ? result.rejected : undefined;
  if (!refused) return result.status;
  const fields = refused.fields && Object.keys(refused.fields).length > 0 ? ` (${Object.entries(refused.fields).map(([f, why]) => `${f}: ${why}`).join('; ')})` : '';
  return `${refused.reason}${fields}`;
};

/**
 * Applies a plan on the server as the app applies it on a device
 * (renderer/db/imports/apply.ts): the import's record first, status
 * applying; then the rows; then the record's parts and its outcome (see
 * run-record.ts). A record the server refuses stops the import before any
 * row is sent: an import no one can see or undo is not made. Each push keeps
 * the client's last change number, so a later run numbers on from it.
 */
export const pushImport = async (input: PushImportInput): Promise<PushedImport> => {
  const { plan, territoryId, device, say } = input;
  const serverNow = (): number => Date.now() + input.clockOffsetMs;
  const stamp = recordClock(device.clientId);
  const baseVersion = input.cursors[territoryId] ?? 0;
  let lastMutationId = device.lastMutationId;
  const push = async (changes: readonly Change[], onProgress?: (done: number, total: number) => void): Promise<PushOutcome> => {
    const outcome = await pushChanges(changes, { server: input.server, tokens: input.tokens, clientId: device.clientId, lastMutationId, ...(onProgress && { onProgress }) });
    lastMutationId = outcome.lastMutationId;
    await device.save(lastMutationId);
    return outcome;
  };

  const { run, change } = openRun({
    plan,
    territoryId,
    userId: input.userId,
    fileName: input.fileName,
    mapping: input.mapping,
    values: input.values,
    startedAt: new Date(serverNow()).toISOString(),
    baseVersion,
    hlc: stamp(serverNow()),
  });
  const opened = await push([change]);
  // Nothing was written: the server could not be reached or refused the whole request.
  if (opened.stopped) throw opened.stopped;
  const openedResult = opened.results[0];
  if (!accepted(openedResult)) return { answers: [], record: { kind: 'refused', reason: refusalReason(openedResult) } };

  let answers: PushAnswer[] = [];
  let stopped: string | undefined;
  if (input.changes.length > 0) {
    say(`Pushing ${input.changes.length} changes…`);
    const outcome = await push(
      input.changes.map((c) => c.change),
      (done, total) => say(`Pushed ${done} of ${total}…`),
    );
    answers = input.changes.map((c, i) => ({ change: c, ...(outcome.results[i] ? { result: outcome.results[i] } : {}) }));
    stopped = outcome.stopped?.message;
  }

  const { entries, outcome } = runEntries(run, plan, input.store, answers, stopped);
  const closing = closeRun({
    run,
    entries,
    outcome,
    finishedAt: new Date(serverNow()).toISOString(),
    baseVersion,
    runVersion: openedResult && 'version' in openedResult ? openedResult.version : baseVersion,
    stamp: () => stamp(serverNow()),
  });
  say(`Recording the import (${closing.changes.length} changes)…`);
  const closed = await push(closing.changes);
  const refused = closed.results.findIndex((r) => !accepted(r));
  if (closed.stopped || refused >= 0) {
    const reason = closed.stopped?.message ?? refusalReason(closed.results[refused]);
    return { answers, ...(stopped !== undefined && { stopped }), record: { kind: 'unfinished', runId: run.id, reason } };
  }
  return { answers, ...(stopped !== undefined && { stopped }), record: { kind: 'saved', runId: run.id, total: run.total, outcome: closing.outcome } };
};
