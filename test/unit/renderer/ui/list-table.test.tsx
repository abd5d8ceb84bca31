import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { WorkspaceProvider, type Workspace } from '../../../../renderer/app/workspace-context';
import { emptyListText, tableFileOf } from '../../../../renderer/ui/list-table-columns';
import { ListTable, type ListColumn } from '../../../../renderer/ui/ListTable';
import { createMemoryPlatform } from '../../../support/memory-platform';

interface Deal {
  id: string;
  customer: string;
  amount: number | null;
  closeOn: string;
}

const deals: Deal[] = [
  { id: 'a', customer: 'Zürich Re', amount: 40_000, closeOn: '2026-03-31' },
  { id: 'b', customer: 'acme', amount: null, closeOn: '2026-01-15' },
  { id: 'c', customer: 'Beta 10', amount: 1_200.5, closeOn: '2026-02-01' },
  { id: 'd', customer: 'Beta 9', amount: -300, closeOn: '2026-12-01' },
];

const columns: ListColumn<Deal>[] = [
  { id: 'customer', header: 'Customer', value: (d) => d.customer },
  { id: 'amount', header: 'Amount', kind: 'money', align: 'right', value: (d) => d.amount, text: (d) => (d.amount === null ? '' : `$${d.amount}`) },
  { id: 'close', header: 'Close', kind: 'date', value: (d) => d.closeOn },
  { id: 'actions', header: 'Actions', actions: true, cell: (d) => <button type="button">Edit {d.customer}</button> },
];

const workspace = { platform: createMemoryPlatform() } as unknown as Workspace;

/** The table as the server renders it (no DOM here): its rows' first cells, and the headers' aria-sort. */
const render = (props: Partial<Parameters<typeof ListTable<Deal>>[0]> = {}) => {
  // Emotion writes each component's styles inline in a server render; only the markup matters here.
  const html = renderToStaticMarkup(
    <WorkspaceProvider value={workspace}>
      <ListTable label="Open deals" rows={deals} rowKey={(d) => d.id} columns={columns} emptyText="No deals yet" {...props} />
    </WorkspaceProvider>,
  ).replace(/<style[^>]*>.*?<\/style>/gs, '');
  const body = html.slice(html.indexOf('<tbody'));
  const firstCells = [...body.matchAll(/<tr[^>]*><td[^>]*>([^<]*)<\/td>/g)].map((m) => m[1]);
  const sorts = Object.fromEntries([...html.matchAll(/<th\s([^>]*)>(.*?)<\/th>/g)].map((m) => [m[2]!.replace(/<[^>]+>/g, ''), /aria-sort="(\w+)"/.exec(m[1]!)?.[1] ?? 'none']));
  return { html, firstCells, sorts };
};

describe('the list table', () => {
  it('shows the rows in the order given until a column is sorted', () => {
    const { firstCells, sorts } = render();
    expect(firstCells).toEqual(['Zürich Re', 'acme', 'Beta 10', 'Beta 9']);
    expect(Object.values(sorts).every((s) => s === 'none')).toBe(true);
  });

  it('sorts text by the reader’s collation: case and accents aside, 9 before 10; announced on the header', () => {
    const { firstCells, sorts } = render({ initialSort: { id: 'customer' } });
    expect(firstCells).toEqual(['acme', 'Beta 9', 'Beta 10', 'Zürich Re']);
    expect(sorts.Customer).toBe('ascending');
    expect(sorts.Amount).toBe('none');
  });

  it('sorts amounts as numbers, descending, with an empty amount last', () => {
    const { firstCells, sorts } = render({ initialSort: { id: 'amount', desc: true } });
    expect(firstCells).toEqual(['Zürich Re', 'Beta 10', 'Beta 9', 'acme']);
    expect(sorts.Amount).toBe('descending');
  });

  it('sorts dates, and keeps the sort while a filter picks the shown rows', () => {
    const { firstCells } = render({ initialSort: { id: 'close' }, shown: [deals[3]!, deals[0]!, deals[1]!] });
    expect(firstCells).toEqual(['acme', 'Zürich Re', 'Beta 9']);
  });

  it('gives the actions column a header screen readers read, never an empty one, and no sort button', () => {
    const { html } = render();
    const actions = /<th\s[^>]*>(.*?)<\/th>/g;
    const headers = [...html.matchAll(actions)].map((m) => m[1]!.replace(/<[^>]+>/g, ''));
    expect(headers).toEqual(['Customer', 'Amount', 'Close', 'Actions']);
    expect(html.match(/Sort by/g)).toHaveLength(3);
  });

  it('says why nothing is shown', () => {
    const { html } = render({ shown: [], emptyText: "No deals match 'zeta'" });
    expect(html).toContain('No deals match &#x27;zeta&#x27;');
    expect(html).toMatch(/Export Open deals[^>]*disabled|disabled[^>]*Export Open deals/);
  });
});

describe('what a list exports', () => {
  it('is the columns shown without the actions, each cell its shown text and its typed value', () => {
    const file = tableFileOf('Open deals', columns, [deals[2]!, deals[1]!]);
    expect(file.columns).toEqual([
      { header: 'Customer', kind: 'text' },
      { header: 'Amount', kind: 'money' },
      { header: 'Close', kind: 'date' },
    ]);
    expect(file.rows).toEqual([
      [{ text: 'Beta 10', value: 'Beta 10' }, { text: '$1200.5', value: 1200.5 }, { text: '2026-02-01', value: '2026-02-01' }],
      [{ text: 'acme', value: 'acme' }, { text: '', value: null }, { text: '2026-01-15', value: '2026-01-15' }],
    ]);
  });
});

describe('why a list is empty', () => {
  it('says there is nothing yet, or what the search and filters asked for', () => {
    expect(emptyListText('partners', { total: 0, search: 'acme' })).toBe('No partners yet');
    expect(emptyListText('partners', { total: 60, search: ' acme ', conditions: ['in Gold tier'] })).toBe("No partners match 'acme' in Gold tier");
    expect(emptyListText('partners', { total: 60, conditions: ['in Gold tier', 'with status Active'] })).toBe('No partners in Gold tier, with status Active');
    expect(emptyListText('partners', { total: 60 })).toBe('No partners to show');
  });
});
