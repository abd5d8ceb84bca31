import { describe, expect, it } from 'vitest';
import { layEdits } from '../../../../renderer/db/lay-edits';

describe('a form save laid on the record as stored now', () => {
  it('takes only the fields the form changed, whatever the store holds in the others', () => {
    const opened = { a: 1, b: 'x', c: 'kept' };
    expect(layEdits({ a: 1, b: 'pulled', c: 'kept' }, opened, { a: 2, b: 'x' })).toEqual({ fields: { a: 2 }, unseen: [] });
    // A field the form cleared is sent cleared; fields it does not name are not its business.
    expect(layEdits(opened, opened, { a: 1, b: undefined })).toEqual({ fields: { b: undefined }, unseen: [] });
  });

  it('marks a field both the user and someone behind the form changed, to different values, as unseen', () => {
    expect(layEdits({ v: 'theirs' }, { v: 'old' }, { v: 'mine' })).toEqual({ fields: { v: 'mine' }, unseen: ['v'] });
    // The same value on both sides is no disagreement.
    expect(layEdits({ v: 'same' }, { v: 'old' }, { v: 'same' })).toEqual({ fields: { v: 'same' }, unseen: [] });
  });

  it('merges objects key by key, at any depth', () => {
    const opened = { m: { price: 1, support: { l1: 'vendor', l2: 'vendor' } } };
    const stored = { m: { price: 1, support: { l1: 'vendor', l2: 'partner' }, renewal: 'co-termed' } };
    const edited = { m: { price: 2, support: { l1: 'shared', l2: 'vendor' } } };
    expect(layEdits(stored, opened, edited)).toEqual({
      fields: { m: { price: 2, support: { l1: 'shared', l2: 'partner' }, renewal: 'co-termed' } },
      unseen: [],
    });
  });

  it('edits, adds and removes list entries where they are stored now', () => {
    const [a, b, c, d] = [{ n: 'a' }, { n: 'b' }, { n: 'c' }, { n: 'd' }];
    const stored = { l: [d, a, b, c] };
    const opened = { l: [a, b, c] };
    // The entry added behind the form (d) stays where it is in every case.
    expect(layEdits(stored, opened, { l: [a, { n: 'b2' }, c] }).fields).toEqual({ l: [d, a, { n: 'b2' }, c] });
    expect(layEdits(stored, opened, { l: [a, c] }).fields).toEqual({ l: [d, a, c] });
    expect(layEdits(stored, opened, { l: [a, b, c, { n: 'e' }] }).fields).toEqual({ l: [d, a, b, c, { n: 'e' }] });
    // Both sides added the same entry: it is there once.
    expect(layEdits({ l: [a, d] }, { l: [a] }, { l: [a, d] }).fields).toEqual({ l: [a, d] });
  });

  it('sends the form’s list, unseen, when an entry it changed was changed behind it too', () => {
    expect(layEdits({ l: [{ n: 'a-theirs' }] }, { l: [{ n: 'a' }] }, { l: [{ n: 'a-mine' }] })).toEqual({ fields: { l: [{ n: 'a-mine' }] }, unseen: ['l'] });
  });
});
