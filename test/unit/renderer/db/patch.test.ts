import { describe, expect, it } from 'vitest';
import { changedFields } from '../../../../renderer/db/patch';

describe('changedFields', () => {
  it('names only the top-level fields whose value differs', () => {
    expect(changedFields({ a: 1, b: 'x', c: [1, 2] }, { a: 1, b: 'y', c: [1, 2] })).toEqual({ b: 'y' });
  });

  it('compares nested values by content, not key order, and sends a changed one whole', () => {
    const before = { m: { x: 1, y: { z: [1, { k: 'v' }] } } };
    expect(changedFields(before, { m: { y: { z: [1, { k: 'v' }] }, x: 1 } })).toEqual({});
    expect(changedFields(before, { m: { x: 1, y: { z: [1, { k: 'w' }] } } })).toEqual({
      m: { x: 1, y: { z: [1, { k: 'w' }] } },
    });
  });

  it('sees a longer or shorter list as a change', () => {
    expect(changedFields({ l: [1, 2] }, { l: [1, 2, 3] })).toEqual({ l: [1, 2, 3] });
    expect(changedFields({ l: [1, 2] }, { l: [1] })).toEqual({ l: [1] });
    expect(changedFields({ l: [] }, { l: {} })).toEqual({ l: {} });
  });

  it('reports a cleared field as null and treats undefined as absent', () => {
    expect(changedFields({ a: 1, note: 'n' }, { a: 1 })).toEqual({ note: null });
    expect(changedFields({ a: 1, note: undefined }, { a: 1 })).toEqual({});
    expect(changedFields({ a: null }, { a: 0 })).toEqual({ a: 0 });
    expect(changedFields({ a: 1 }, { a: 1, added: false })).toEqual({ added: false });
  });
});
