import { MAX_PUSH_BYTES, MAX_PUSH_MUTATIONS, SCHEMA_VERSION } from '../../shared/sync/protocol';
import type { PartnerDeskDb } from '../db/database';
import { applyPushResults } from '../db/push-apply';
import { restampOutbox } from './restamp';
import { isSyncError, SyncError } from './errors';
import { takeBatch, toMutation } from './push-batch';
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
 * already took as duplicates. A clock the server finds too far ahead is
 * corrected once (the offset came with the error) and the pending changes
 * are stamped again before the retry.
 */
export const pushOutbox = async (options: PushOptions): Promise<number> => {
  const { db, api, clock, clientId } = options;
  const maxMutations = options.maxMutations ?? MAX_PUSH_MUTATIONS;
  let answered = 0;
  let restamped = false;
  for (;;) {
    const pending = await db.outbox.orderBy('mutationId').limit(maxMutations).toArray();
    if (pending.length === 0) return answered;
    const batch = takeBatch(pending, maxMutations, options.maxBytes ?? MAX_PUSH_BYTES);
    let response;
    try {
      response = await api.push({ clientId, schemaVersion: SCHEMA_VERSION, mutations: batch.map(toMutation) });
    } catch (error) {
      if (isSyncError(error, 'clock_ahead') && !restamped) {
        // The HTTP layer has already taken the server's time from the error into the clock's offset.
        await restampOutbox(db, clock.now());
        restamped = true;
        continue;
      }
      throw error;
    }
    const ids = new Set(batch.map((entry) => entry.mutationId));
    const matched = response.results.filter((result) => ids.has(result.mutationId)).length;
    // An answer about none of the mutations sent would send the same batch forever.
    if (matched === 0) throw new SyncError('bad_response', 'The server answered a push without a result for any change sent.');
    await applyPushResults(db, batch, response.results, clock.now());
    answered += matched;
    options.onProgress?.(answered);
  }
};
