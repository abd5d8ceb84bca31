import { describe, expect, it } from 'vitest';
import { tableFileOf, textOf, type ListColumn } from '../../../../renderer/ui/list-table-columns';

interface Row {
  closeOn: string | null;
}

const close: ListColumn<Row> = { id: 'close', header: 'Close', kind: 'date', value: (r) => r.closeOn };
const own: ListColumn<Row> = { id: 'own', header: 'Own', kind: 'date', value: (r) => r.closeOn, text: (r) => (r.closeOn ? `due ${r.closeOn}` : '—') };

describe('a date column', () => {
  it('shows its ISO value as every screen reads a date, and nothing for none', () => {
    expect(textOf(close, { closeOn: '2028-01-15' })).toBe('Jan 15, 2028');
    expect(textOf(close, { closeOn: null })).toBe('');
    // A column that writes its own text keeps it.
    expect(textOf(own, { closeOn: '2028-01-15' })).toBe('due 2028-01-15');
  });

  it('still sorts and exports by the ISO date: the files keep the day, not the words', () => {
    const file = tableFileOf('Deals', [close, own], [{ closeOn: '2028-01-15' }, { closeOn: null }]);
    expect(file.rows).toEqual([
      [
        { text: '2028-01-15', value: '2028-01-15' },
        { text: '2028-01-15', value: '2028-01-15' },
      ],
      [
        { text: '', value: null },
        { text: '—', value: null },
      ],
    ]);
  });
});
