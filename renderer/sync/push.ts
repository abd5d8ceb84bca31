import { MAX_PUSH_BYTES, MAX_PUSH_MUTATIONS, SCHEMA_VERSION } from '../../shared/sync/protocol';
import type { PartnerDeskDb } from '../db/database';
import { applyPushResults } from './push-apply';
import { renumberOutbox } from './renumber';
import { restampOutbox } from './restamp';
import { isSyncError, SyncError } from './errors';
import { takeBatch } from './push-batch';
import type { ServerClock } from './server-clock';
import type { SyncApi } from './sync-api';

export interface PushOptions {
  db: PartnerDeskDb;
  api: SyncApi;
  clock: ServerClock;
  clientId: string;
  maxMutations?: number;
  maxBytes?: number;
  /** Mutations answered so far in this push. */
  onProgress?: (answered: number) => void;
}

/**
 * Pushes the whole outbox, batch by batch, oldest first (DESIGN §5). A batch
 * whose answer is lost is simply sent again: the server answers the ids it
 * already took as duplicates. Three refusals of a whole batch are acted on
 * here, each once per push: a clock the server finds too far ahead is
 * corrected (the offset came with the error) and the pending changes are
 * stamped again; change numbers the server has seen for other changes are
 * numbered on from its last; a batch the server finds too large is halved,
 * and a single change it finds too large goes as a stand-in, to be kept on
 * the device as a refused change while the rest go up.
 */
export const pushOutbox = async (options: PushOptions): Promise<number> => {
  const { db, api, clock, clientId } = options;
  const maxMutations = options.maxMutations ?? MAX_PUSH_MUTATIONS;
  let batchBytes = options.maxBytes ?? MAX_PUSH_BYTES;
  const standIns = new Set<number>();
  let answered = 0;
  let restamped = false;
  let renumbered = false;
  for (;;) {
    const pending = await db.outbox.orderBy('mutationId').limit(maxMutations).toArray();
    if (pending.length === 0) return answered;
    const batch = takeBatch(pending, maxMutations, batchBytes, standIns);
    let response;
    try {
      response = await api.push({ clientId, schemaVersion: SCHEMA_VERSION, mutations: batch.mutations });
    } catch (error) {
      if (isSyncError(error, 'clock_ahead') && !restamped) {
        // The HTTP layer has already taken the server's time from the error into the clock's offset.
        await restampOutbox(db, clock.now());
        restamped = true;
        continue;
      }
      const lastTaken = isSyncError(error, 'mutation_id_reused') ? error.details.lastMutationId : undefined;
      if (lastTaken !== undefined && !renumbered) {
        await renumberOutbox(db, lastTaken);
        renumbered = true;
        continue;
      }
      if (isSyncError(error, 'payload_too_large')) {
        // The server takes less than we thought: smaller batches, and a change alone too large goes as a stand-in.
        if (batch.entries.length > 1) batchBytes = Math.max(1, Math.floor(batchBytes / 2));
        else if (!standIns.has(batch.entries[0]!.mutationId)) standIns.add(batch.entries[0]!.mutationId);
        else throw error;
        continue;
      }
      throw error;
    }
    const ids = new Set(batch.entries.map((entry) => entry.mutationId));
    const matched = response.results.filter((result) => ids.has(result.mutationId)).length;
    // An answer about none of the mutations sent would send the same batch forever.
    if (matched === 0) throw new SyncError('bad_response', 'The server answered a push without a result for any change sent.');
    await applyPushResults(db, batch.entries, response.results, clock.now());
    answered += matched;
    options.onProgress?.(answered);
  }
};
