import { MAX_PUSH_BYTES, MAX_PUSH_MUTATIONS, type Mutation } from '../../shared/sync/protocol';
import type { OutboxEntry } from '../db/outbox';

/** The request's own fields around the mutations: clientId, schemaVersion, brackets. Generous on purpose. */
const ENVELOPE_BYTES = 512;

const encoder = new TextEncoder();
const bytesOf = (value: unknown): number => encoder.encode(JSON.stringify(value)).length;

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

/** The field that makes a change large: what the user is told to shorten. */
const largestField = (patch: Record<string, unknown>): string => {
  let largest = 'value';
  let size = -1;
  for (const [field, value] of Object.entries(patch)) {
    const bytes = bytesOf(value ?? null);
    if (bytes > size) [largest, size] = [field, bytes];
  }
  return largest;
};

/**
 * The mutation that goes up for an outbox entry. A change too large for any
 * push (made before the schemas had limits, or by an import) goes as a
 * stand-in with no patch: the server refuses it with its copy of the record,
 * the change is kept on the device for the user, and the changes after it
 * are not held back (DESIGN §5, "Bounds"). `tooLargeForServer` marks an entry
 * the server refused as too large although it fit our own limit.
 */
export const mutationFor = (entry: OutboxEntry, tooLargeForServer = false, maxBytes: number = MAX_PUSH_BYTES): Mutation => {
  const mutation = toMutation(entry);
  const bytes = bytesOf(mutation);
  if (!tooLargeForServer && bytes + ENVELOPE_BYTES <= maxBytes) return mutation;
  return { ...mutation, patch: {}, tooLarge: { bytes, field: largestField(entry.patch) } };
};

/**
 * The longest prefix of the outbox (in mutationId order, the order the server
 * must apply them) that fits one push: at most `maxMutations` mutations and
 * `batchBytes` of JSON, always at least one. `standIns` are the entries to
 * send as stand-ins whatever their size.
 */
export const takeBatch = (
  entries: readonly OutboxEntry[],
  maxMutations: number = MAX_PUSH_MUTATIONS,
  batchBytes: number = MAX_PUSH_BYTES,
  standIns: ReadonlySet<number> = new Set(),
): { entries: OutboxEntry[]; mutations: Mutation[] } => {
  const batch: OutboxEntry[] = [];
  const mutations: Mutation[] = [];
  let bytes = ENVELOPE_BYTES;
  for (const entry of entries) {
    if (batch.length >= maxMutations) break;
    const mutation = mutationFor(entry, standIns.has(entry.mutationId));
    // +1 for the comma between array items.
    const size = bytesOf(mutation) + 1;
    if (batch.length > 0 && bytes + size > batchBytes) break;
    batch.push(entry);
    mutations.push(mutation);
    bytes += size;
  }
  return { entries: batch, mutations };
};
