import { describe, expect, it } from 'vitest';
import { MAX_PUSH_BYTES, MAX_PUSH_MUTATIONS } from '../../../../shared/sync/protocol';
import type { OutboxEntry } from '../../../../renderer/db/outbox';
import { takeBatch, toMutation } from '../../../../renderer/sync/push-batch';

const entry = (mutationId: number, noteLength = 10): OutboxEntry => ({
  mutationId,
  table: 'activities',
  rowId: `row-${mutationId}`,
  op: 'put',
  patch: { summary: 'x'.repeat(noteLength) },
  baseVersion: 0,
  hlc: '2026-11-22T09:00:00.000Z-0000-client',
  createdAt: '2026-11-22T09:00:00.000Z',
});

const bytesOf = (batch: OutboxEntry[]) => new TextEncoder().encode(JSON.stringify({ clientId: 'c'.repeat(64), schemaVersion: 1, mutations: batch.map(toMutation) })).length;

describe('takeBatch', () => {
  it('takes at most MAX_PUSH_MUTATIONS, oldest first', () => {
    const entries = Array.from({ length: MAX_PUSH_MUTATIONS + 20 }, (_, i) => entry(i + 1));
    const batch = takeBatch(entries);
    expect(batch).toHaveLength(MAX_PUSH_MUTATIONS);
    expect(batch[0]!.mutationId).toBe(1);
    expect(batch.at(-1)!.mutationId).toBe(MAX_PUSH_MUTATIONS);
  });

  it('keeps the whole request under MAX_PUSH_BYTES', () => {
    const entries = Array.from({ length: 40 }, (_, i) => entry(i + 1, 50_000));
    const batch = takeBatch(entries);
    expect(batch.length).toBeGreaterThan(1);
    expect(batch.length).toBeLessThan(40);
    expect(bytesOf(batch)).toBeLessThanOrEqual(MAX_PUSH_BYTES);
    expect(bytesOf(entries.slice(0, batch.length + 1))).toBeGreaterThan(MAX_PUSH_BYTES);
  });

  it('still sends one change that alone is over the byte bound', () => {
    expect(takeBatch([entry(1, 2_000), entry(2)], 10, 1_000)).toHaveLength(1);
  });

  it('counts bytes, not characters', () => {
    const wide = { ...entry(1), patch: { summary: 'é'.repeat(400) } };
    // 400 two-byte characters are 800 bytes: two such entries do not fit in 1,800 with the envelope.
    expect(takeBatch([wide, { ...wide, mutationId: 2 }], 10, 1_800)).toHaveLength(1);
  });
});
