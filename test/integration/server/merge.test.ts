import { describe, expect, it } from 'vitest';
import { mergeFields } from '../../../server/sync/merge';
import type { FieldMeta } from '../../../server/sync/rows';

/** The per-field merge rules on their own (DESIGN §5), without a server. */
const clock = (iso: string, c: string, v: number): FieldMeta => ({ hlc: `${iso}-0000-${c}`, version: v, clientId: c, userId: `user-${c}` });

const stored = {
  data: { id: 'p', name: 'Northwind', tier: 'silver', vertical: 'Retail' },
  fields: { '*': clock('2026-11-20T10:00:00.000Z', 'a', 5), tier: clock('2026-11-21T10:00:00.000Z', 'b', 9) },
};

describe('mergeFields', () => {
  it('creates with one clock for every field', () => {
    const meta = clock('2026-11-22T10:00:00.000Z', 'c', 12);
    expect(mergeFields(undefined, { id: 'p', name: 'X' }, meta, 0, { recordConflicts: true })).toEqual({
      data: { id: 'p', name: 'X' },
      fields: { '*': meta },
      conflicts: [],
      incomingLost: false,
    });
  });

  it('takes a field the writer had seen, even with an older clock, and keeps the clock from running back', () => {
    const meta = clock('2026-11-19T10:00:00.000Z', 'c', 12);
    const result = mergeFields(stored, { tier: 'gold' }, meta, 9, { recordConflicts: true });
    expect(result.data.tier).toBe('gold');
    expect(result.fields.tier).toEqual({ ...meta, hlc: stored.fields.tier.hlc });
    expect(result.conflicts).toEqual([]);
  });

  it('lets the later clock win a concurrent edit and records the other value', () => {
    const later = clock('2026-11-22T10:00:00.000Z', 'c', 12);
    const won = mergeFields(stored, { tier: 'gold' }, later, 6, { recordConflicts: true });
    expect(won.data.tier).toBe('gold');
    expect(won.conflicts).toEqual([{ field: 'tier', kept: { value: 'gold', meta: later }, lost: { value: 'silver', meta: stored.fields.tier } }]);

    const earlier = clock('2026-11-21T09:00:00.000Z', 'c', 12);
    const lost = mergeFields(stored, { tier: 'gold', name: 'Renamed' }, earlier, 6, { recordConflicts: true });
    expect(lost.data).toMatchObject({ tier: 'silver', name: 'Renamed' });
    expect(lost.incomingLost).toBe(true);
    expect(lost.conflicts[0]).toMatchObject({ field: 'tier', kept: { value: 'silver' }, lost: { value: 'gold' } });
  });

  it('treats a field with a lower base of its own as concurrent even when the record base is newer', () => {
    const earlier = clock('2026-11-21T09:00:00.000Z', 'c', 12);
    // The record base (9) covers the stored tier, but the writer's tier was shadowed by its own pending edit from base 6.
    const result = mergeFields(stored, { tier: 'gold', name: 'Renamed' }, earlier, 9, { recordConflicts: true, fieldBaseVersions: { tier: 6 } });
    expect(result.data).toMatchObject({ tier: 'silver', name: 'Renamed' });
    expect(result.conflicts).toMatchObject([{ field: 'tier', kept: { value: 'silver' }, lost: { value: 'gold' } }]);
    // A field base above the record base never widens what the writer is taken to have seen.
    const ignored = mergeFields(stored, { tier: 'gold' }, earlier, 6, { recordConflicts: true, fieldBaseVersions: { tier: 99 } });
    expect(ignored.data.tier).toBe('silver');
  });

  it('records no conflict for equal values, bookkeeping fields, the same device, or when asked not to', () => {
    const later = clock('2026-11-22T10:00:00.000Z', 'c', 12);
    expect(mergeFields(stored, { tier: 'silver' }, later, 0, { recordConflicts: true }).conflicts).toEqual([]);
    expect(mergeFields({ ...stored, data: { ...stored.data, updatedAt: 'x' } }, { updatedAt: 'y' }, later, 0, { recordConflicts: true }).conflicts).toEqual([]);
    expect(mergeFields(stored, { tier: 'gold' }, { ...later, clientId: 'b' }, 0, { recordConflicts: true }).conflicts).toEqual([]);
    expect(mergeFields(stored, { tier: 'gold' }, later, 0, { recordConflicts: false }).conflicts).toEqual([]);
  });

  it('compares nested values whole', () => {
    const withNested = { data: { attributes: { a: 1, b: [1, 2] } }, fields: { '*': clock('2026-11-20T10:00:00.000Z', 'a', 5) } };
    const later = clock('2026-11-22T10:00:00.000Z', 'c', 12);
    expect(mergeFields(withNested, { attributes: { b: [1, 2], a: 1 } }, later, 0, { recordConflicts: true }).conflicts).toEqual([]);
    expect(mergeFields(withNested, { attributes: { a: 2, b: [1, 2] } }, later, 0, { recordConflicts: true }).conflicts).toHaveLength(1);
  });
});
