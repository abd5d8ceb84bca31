import { describe, expect, it } from 'vitest';
import { MAX_PUSH_BYTES, MAX_PUSH_MUTATIONS, type Mutation } from '../../../../shared/sync/protocol';
import type { OutboxEntry } from '../../../../renderer/db/outbox';
import { mutationFor, takeBatch } from '../../../../renderer/sync/push-batch';

const entry = (mutationId: number, noteLength = 10): OutboxEntry => ({
  mutationId,
  table: 'activities',
  rowId: `row-${mutationId}`,
  op: 'put',
  patch: { subject: 'Visit', notes: 'x'.repeat(noteLength) },
  baseVersion: 0,
  hlc: '2026-11-22T09:00:00.000Z-0000-client',
  createdAt: '2026-11-22T09:00:00.000Z',
});

const bytesOf = (mutations: Mutation[]) => new TextEncoder().encode(JSON.stringify({ clientId: 'c'.repeat(64), schemaVersion: 1, mutations })).length;

describe('takeBatch', () => {
  it('takes at most MAX_PUSH_MUTATIONS, oldest first', () => {
    const entries = Array.from({ length: MAX_PUSH_MUTATIONS + 20 }, (_, i) => entry(i + 1));
    const batch = takeBatch(entries);
    expect(batch.entries).toHaveLength(MAX_PUSH_MUTATIONS);
    expect(batch.entries[0]!.mutationId).toBe(1);
    expect(batch.entries.at(-1)!.mutationId).toBe(MAX_PUSH_MUTATIONS);
  });

  it('keeps the whole request under MAX_PUSH_BYTES', () => {
    const entries = Array.from({ length: 40 }, (_, i) => entry(i + 1, 50_000));
    const batch = takeBatch(entries);
    expect(batch.entries.length).toBeGreaterThan(1);
    expect(batch.entries.length).toBeLessThan(40);
    expect(bytesOf(batch.mutations)).toBeLessThanOrEqual(MAX_PUSH_BYTES);
    expect(bytesOf(takeBatch(entries, 500, Infinity).mutations.slice(0, batch.entries.length + 1))).toBeGreaterThan(MAX_PUSH_BYTES);
  });

  it('counts bytes, not characters', () => {
    const wide = { ...entry(1), patch: { notes: 'é'.repeat(400) } };
    // 400 two-byte characters are 800 bytes: two such entries do not fit in 1,800 with the envelope.
    expect(takeBatch([wide, { ...wide, mutationId: 2 }], 10, 1_800).entries).toHaveLength(1);
  });

  it('sends a change too large for any push as a stand-in, so the changes after it go in the same batch', () => {
    const huge = { ...entry(1), table: 'partners' as const, patch: { name: 'Acme', attributes: { integrations: [{ name: 'i'.repeat(1_100_000) }] } } };
    const batch = takeBatch([huge, entry(2), entry(3)]);
    expect(batch.entries.map((e) => e.mutationId)).toEqual([1, 2, 3]);
    expect(batch.mutations[0]).toMatchObject({ mutationId: 1, patch: {}, tooLarge: { field: 'attributes', bytes: expect.any(Number) } });
    expect(batch.mutations[0]!.tooLarge!.bytes).toBeGreaterThan(MAX_PUSH_BYTES);
    expect(batch.mutations[1]).toMatchObject({ mutationId: 2, patch: entry(2).patch });
    expect(bytesOf(batch.mutations)).toBeLessThan(10_000);
  });

  it('sends a change as a stand-in when the server found it too large, whatever our own limit says', () => {
    expect(mutationFor(entry(1), true)).toMatchObject({ patch: {}, tooLarge: { field: 'notes' } });
    expect(takeBatch([entry(1), entry(2)], 10, MAX_PUSH_BYTES, new Set([1])).mutations[0]!.tooLarge).toBeDefined();
  });
});
