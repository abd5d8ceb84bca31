import { MAX_PUSH_BYTES, MAX_PUSH_MUTATIONS, SCHEMA_VERSION, type Mutation, type MutationResult } from '../../shared/sync/protocol';
import { HqError, pushOnce } from './client';
import type { Tokens } from '../../shared/sync/protocol';

/** A change as a CLI queues it: a mutation without its number, which the push gives it. */
export type Change = Omit<Mutation, 'mutationId'>;

/** The request's own fields around the mutations (clientId, schemaVersion, brackets), generously. */
const ENVELOPE_BYTES = 512;
const encoder = new TextEncoder();
const bytesOf = (value: unknown): number => encoder.encode(JSON.stringify(value)).length;

export interface PushOptions {
  server: string;
  tokens: Tokens;
  clientId: string;
  /** The last change number this client used: the push numbers on from it. */
  lastMutationId: number;
  maxMutations?: number;
  maxBytes?: number;
  /** Changes answered so far. */
  onProgress?: (answered: number, total: number) => void;
}

export interface PushOutcome {
  /** The server's answer for each change, in the order given; a change left unanswered (the push stopped) has none. */
  results: (MutationResult | undefined)[];
  /** The last change number the server has taken from this client. */
  lastMutationId: number;
  /** Why the push stopped before every change was answered. */
  stopped?: HqError;
}

/**
 * Pushes changes in order, in batches bounded by count and bytes as a
 * device's outbox goes up (DESIGN §5). Two refusals of a whole batch are
 * acted on, as the app's sync engine does: change numbers the server has
 * seen for other changes are numbered on from its last, once; a batch it
 * finds too large is halved. Anything else stops the push, and what was
 * answered before stays answered.
 */
export const pushChanges = async (changes: readonly Change[], options: PushOptions): Promise<PushOutcome> => {
  const maxMutations = options.maxMutations ?? MAX_PUSH_MUTATIONS;
  let maxBytes = options.maxBytes ?? MAX_PUSH_BYTES;
  const results: (MutationResult | undefined)[] = changes.map(() => undefined);
  let last = options.lastMutationId;
  let renumbered = false;
  let next = 0;
  while (next < changes.length) {
    const batch: Mutation[] = [];
    let bytes = ENVELOPE_BYTES;
    for (let i = next; i < changes.length && batch.length < maxMutations; i++) {
      const mutation = { ...changes[i]!, mutationId: last + batch.length + 1 };
      const size = bytesOf(mutation) + 1;
      if (batch.length > 0 && bytes + size > maxBytes) break;
      batch.push(mutation);
      bytes += size;
    }
    try {
      const response = await pushOnce(options.server, options.tokens, { clientId: options.clientId, schemaVersion: SCHEMA_VERSION, mutations: batch });
      const byId = new Map(response.results.map((r) => [r.mutationId, r]));
      batch.forEach((m, i) => (results[next + i] = byId.get(m.mutationId)));
      last = Math.max(response.lastMutationId, batch.at(-1)!.mutationId);
      next += batch.length;
      options.onProgress?.(next, changes.length);
    } catch (error) {
      if (!(error instanceof HqError)) throw error;
      const taken = error.body?.lastMutationId;
      if (error.body?.code === 'mutation_id_reused' && taken !== undefined && !renumbered) {
        last = taken;
        renumbered = true;
        continue;
      }
      if (error.body?.code === 'payload_too_large' && batch.length > 1) {
        maxBytes = Math.max(1, Math.floor(maxBytes / 2));
        continue;
      }
      return { results, lastMutationId: last, stopped: error };
    }
  }
  return { results, lastMutationId: last };
};
