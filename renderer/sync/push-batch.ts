import { MAX_PUSH_BYTES, MAX_PUSH_MUTATIONS, type Mutation } from '../../shared/sync/protocol';
import type { OutboxEntry } from '../db/outbox';

/** The request's own fields around the mutations: clientId, schemaVersion, brackets. Generous on purpose. */
const ENVELOPE_BYTES = 512;

const encoder = new TextEncoder();

export const toMutation = ({ mutationId, table, rowId, op, patch, baseVersion, fieldBaseVersions, hlc }: OutboxEntry): Mutation => ({
  mutationId,
  table,
  rowId,
  op,
  patch,
  baseVersion,
  ...(fieldBaseVersions && { fieldBaseVersions }),
  hlc,
});

/**
 * The longest prefix of the outbox (in mutationId order, the order the server
 * must apply them) that fits one push: at most `maxMutations` mutations and
 * `maxBytes` of JSON. Always at least one, so an oversized single change is
 * still sent and answered rather than blocking the outbox forever.
 */
export const takeBatch = (
  entries: readonly OutboxEntry[],
  maxMutations: number = MAX_PUSH_MUTATIONS,
  maxBytes: number = MAX_PUSH_BYTES,
): OutboxEntry[] => {
  const batch: OutboxEntry[] = [];
  let bytes = ENVELOPE_BYTES;
  for (const entry of entries) {
    if (batch.length >= maxMutations) break;
    // +1 for the comma between array items.
    const size = encoder.encode(JSON.stringify(toMutation(entry))).length + 1;
    if (batch.length > 0 && bytes + size > maxBytes) break;
    batch.push(entry);
    bytes += size;
  }
  return batch;
};
