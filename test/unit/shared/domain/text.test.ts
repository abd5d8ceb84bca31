import { describe, expect, it } from 'vitest';
import { countOf, plural } from '../../../../shared/domain/text';

describe('counts in sentences', () => {
  it('agrees the noun with the number and groups thousands', () => {
    expect(countOf(1, 'deal')).toBe('1 deal');
    expect(countOf(0, 'deal')).toBe('0 deals');
    expect(countOf(1500, 'unit')).toBe('1,500 units');
    expect(countOf(2, 'entry', 'entries')).toBe('2 entries');
    expect(plural(1, 'moves', 'move')).toBe('moves');
  });
});
