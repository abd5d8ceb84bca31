import { GlobalStyles, Stack, Table, TableCell, TableHead, TableRow, TableSortLabel } from '@mui/material';
import type { Theme } from '@mui/material/styles';
import {
  getCoreRowModel,
  getSortedRowModel,
  useReactTable,
  type ColumnDef,
  type Row,
  type SortingState,
  type Updater,
} from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useCallback, useMemo, useRef, type MouseEvent, type ReactNode } from 'react';
import { compareText, tableFileOf, textOf, type ListColumn } from './list-table-columns';
import { ExportMenu } from './ExportMenu';
import { setListSort, useListSorts } from './list-sorts';

export type { ListColumn } from './list-table-columns';

const ROW_HEIGHT = 40;
const TABLE_CLASS = 'list-table';

/** Read by screen readers, not drawn: the header of a row-actions column. */
const visuallyHidden = {
  border: 0,
  clip: 'rect(0 0 0 0)',
  height: 1,
  margin: -1,
  overflow: 'hidden',
  padding: 0,
  position: 'absolute',
  whiteSpace: 'nowrap',
  width: 1,
} as const;

interface RowProps<T> {
  row: T;
  columns: readonly ListColumn<T>[];
  index: number;
  onClick: ((row: T) => void) | undefined;
  /** The virtualizer's measuring ref, for tables whose rows may wrap to more than one line. */
  measure: ((element: HTMLTableRowElement | null) => void) | undefined;
}

/**
 * One row, plain table elements styled once by the table's sheet: the
 * partner list redraws on every search keystroke, and a few dozen plain rows
 * cost a fraction of the same rows built from styled MUI cells. Memoized, so
 * rows that stay in view are not redrawn.
 */
const ListRow = memo(function ListRow<T>({
  row,
  columns,
  index,
  onClick,
  measure,
}: RowProps<T>) {
  return (
    <tr aria-rowindex={index + 2} data-index={index} ref={measure} className={onClick ? 'clickable' : undefined} onClick={onClick && (() => onClick(row))}>
      {columns.map((c) => (
        <td key={c.id} className={[c.align === 'right' && 'right', c.wrap && 'wrap'].filter(Boolean).join(' ') || undefined}>
          {c.cell ? c.cell(row) : textOf(c, row)}
        </td>
      ))}
    </tr>
  );
}) as <T>(props: RowProps<T>) => ReactNode;

/**
 * The tables' look, as one style sheet keyed by a class rather than `sx`
 * props on every cell: `sx` would rebuild and hash its styles on each redraw.
 * Theme colours are CSS variables, so the sheet never changes with the theme.
 */
const TableStyles = memo(function TableStyles() {
  return <GlobalStyles styles={tableStyles} />;
});

const tableStyles = (theme: Theme) => {
  const { palette } = theme.vars ?? theme;
  const line = `1px solid ${palette.divider}`;
  return {
    [`.${TABLE_CLASS}`]: {
      overflow: 'auto',
      border: line,
      borderRadius: theme.shape.borderRadius,
      '&.fill': {
        height: 'calc(100vh - 290px)',
        minHeight: 240,
        // The box's size never depends on its rows, so a redrawn row never makes the browser lay out the page again.
        contain: 'strict',
      },
      // A list of a few hundred rows at most: its cells wrap rather than cut a customer's name, and its rows are measured.
      '&:not(.fill)': { maxHeight: '70vh', '& td': { whiteSpace: 'normal', height: 'auto', padding: theme.spacing(0.75, 2) } },
      '& table': { width: '100%', borderCollapse: 'collapse', tableLayout: 'fixed', ...theme.typography.body2 },
      '& th': { backgroundColor: palette.background.paper, fontWeight: 500, whiteSpace: 'nowrap' },
      // One line per row in the window-high list (the partners): the virtualizer then takes every row as ROW_HEIGHT tall.
      '& td': {
        padding: theme.spacing(0, 2),
        height: ROW_HEIGHT,
        borderBottom: line,
        whiteSpace: 'nowrap',
        overflow: 'hidden',
        textOverflow: 'ellipsis',
      },
      '& td.right': { textAlign: 'right' },
      // A cell of several lines (a program's rules): its row is measured rather than taken as ROW_HEIGHT.
      '& td.wrap': { whiteSpace: 'normal', height: 'auto', padding: theme.spacing(0.75, 2) },
      '& td.empty': { whiteSpace: 'normal', color: palette.text.secondary, height: ROW_HEIGHT * 2, textAlign: 'center' },
      '& tbody tr.clickable': { cursor: 'pointer' },
      '& tbody tr:hover': { backgroundColor: palette.action.hover },
      '& td a.row-link': { color: 'inherit', textDecoration: 'none', fontWeight: 500 },
      // Small badges drawn like MUI's small chips, without a component per badge.
      '& .flag': {
        display: 'inline-block',
        marginRight: theme.spacing(0.5),
        padding: theme.spacing(0, 1),
        lineHeight: '22px',
        borderRadius: 11,
        border: `1px solid ${palette.text.disabled}`,
        fontSize: theme.typography.pxToRem(12),
      },
      '& .flag.at-risk': { backgroundColor: palette.warning.main, borderColor: palette.warning.main, color: palette.warning.contrastText },
      '& .flag.error': { backgroundColor: palette.error.main, borderColor: palette.error.main, color: palette.error.contrastText },
      '& .flag.success': { backgroundColor: palette.success.main, borderColor: palette.success.main, color: palette.success.contrastText },
    },
  };
};

/** The headings: a sort button each (its state on `aria-sort`), and a screen-reader-only name over the row actions. */
const ListHeader = memo(function ListHeader<T>({
  columns,
  sorting,
  onSort,
}: {
  columns: readonly ListColumn<T>[];
  sorting: SortingState;
  onSort(id: string, event: MouseEvent): void;
}) {
  return (
    <TableRow>
      {columns.map((column) => {
        if (column.actions)
          return (
            <TableCell key={column.id} align="right">
              <span style={visuallyHidden}>{column.header}</span>
            </TableCell>
          );
        const sort = sorting.find((s) => s.id === column.id);
        const direction = sort ? (sort.desc ? 'desc' : 'asc') : false;
        return (
          <TableCell key={column.id} align={column.align} sortDirection={direction}>
            <TableSortLabel active={direction !== false} direction={direction || 'asc'} onClick={(event) => onSort(column.id, event)} title={`Sort by ${column.header}`}>
              {column.header}
            </TableSortLabel>
          </TableCell>
        );
      })}
    </TableRow>
  );
}) as <T>(props: { columns: readonly ListColumn<T>[]; sorting: SortingState; onSort(id: string, event: MouseEvent): void }) => ReactNode;

/** A column's sort value: empty (null, '') as undefined, which TanStack sorts last in either direction. */
const sortValueOf = <T,>(column: ListColumn<T>, row: T): string | number | undefined => {
  const value = column.value ? column.value(row) : textOf(column, row);
  return value === null || value === undefined || value === '' ? undefined : value;
};

/**
 * The column as TanStack sorts it. Text is sorted by its rank among the
 * column's distinct values, ranked once with the reader's collation the first
 * time the column is sorted: a collator comparison costs far more than a
 * number's, and a sort of 10,000 partners makes about 130,000 of them.
 * Numbers (and ranks) then compare as numbers; TanStack keeps each row's
 * value, so sorting the column the other way is a sort of numbers alone.
 */
const sortableColumn = <T,>(column: ListColumn<T>, data: readonly T[]): ColumnDef<T, unknown> => {
  let ranks: Map<string, number> | undefined;
  const rankOf = (text: string): number => {
    if (!ranks) {
      const distinct = new Set<string>();
      for (const row of data) {
        const value = sortValueOf(column, row);
        if (typeof value === 'string') distinct.add(value);
      }
      ranks = new Map([...distinct].sort(compareText).map((value, rank) => [value, rank]));
    }
    return ranks.get(text) ?? 0;
  };
  return {
    id: column.id,
    accessorFn: (row: T) => {
      const value = sortValueOf(column, row);
      return typeof value === 'string' ? rankOf(value) : value;
    },
    enableSorting: !column.actions,
    sortUndefined: 'last',
    sortDescFirst: false,
    sortingFn: (a: Row<T>, b: Row<T>, id: string) => a.getValue<number>(id) - b.getValue<number>(id),
  };
};

export interface ListTableProps<T> {
  /** The table's name for screen readers, and the exported file's and sheet's. */
  label: string;
  /** Every row the list can show, in its default order. Keep it the same array while the data is unchanged: sorting it is then paid once. */
  rows: readonly T[];
  /** The rows the screen's filters let through (a subset of `rows`); all of them when absent. */
  shown?: readonly T[];
  rowKey(row: T): string;
  /** Memoized by the caller: new columns re-read every row's values. */
  columns: readonly ListColumn<T>[];
  /** Why nothing is shown, in words (see `emptyListText`). */
  emptyText: string;
  onRowClick?(row: T): void;
  /** Fills the window's height (the partner list); else the table is as tall as its rows, up to 70% of the window. */
  fill?: boolean;
  /** Put on the toolbar's left, before the Export menu (a count, a caption). */
  toolbar?: ReactNode;
  /** A column id to sort by at first. */
  initialSort?: { id: string; desc?: boolean };
  testId?: string;
}

/**
 * Every list in the app: TanStack Table sorts (click a header; the sort is
 * shown with MUI's sort label and announced through `aria-sort`), TanStack
 * Virtual draws only the rows in view (so 10,000 partners cost the same to
 * draw as 30, and there is no row cap), the screen keeps its own filters and
 * the toolbar exports exactly the rows and columns shown.
 *
 * Sorting runs on `rows`, before the screen's filter: the sorted order is
 * kept while a manager types a search, and each keystroke only picks the
 * shown rows out of it, in one pass.
 */
export function ListTable<T>({ label, rows, shown, rowKey, columns, emptyText, onRowClick, fill, toolbar, initialSort, testId }: ListTableProps<T>) {
  const kept = useListSorts((state) => state.byList[label]);
  // A list of the same name may show other columns elsewhere (a partner's certifications, all certifications): only a sort by a column shown here applies.
  const sorting = useMemo<SortingState>(
    () => kept?.filter((sort) => columns.some((c) => c.id === sort.id)) ?? (initialSort ? [{ id: initialSort.id, desc: initialSort.desc ?? false }] : []),
    [kept, columns, initialSort?.id, initialSort?.desc],
  );
  const setSorting = useCallback((change: Updater<SortingState>) => setListSort(label, typeof change === 'function' ? change(sorting) : change), [label, sorting]);
  // New columns may read values differently (the territory names arrived): a new data array makes TanStack read them again.
  const data = useMemo(() => rows.slice(), [rows, columns]);
  const columnDefs = useMemo<ColumnDef<T, unknown>[]>(() => columns.map((c) => sortableColumn(c, data)), [columns, data]);
  const table = useReactTable({
    data,
    columns: columnDefs,
    state: { sorting },
    onSortingChange: setSorting,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
  });
  const sorted = table.getRowModel().rows;
  const only = useMemo(() => (shown ? new Set(shown) : null), [shown]);
  const visible = useMemo(() => {
    const originals = sorted.map((r) => r.original);
    return only ? originals.filter((r) => only.has(r)) : originals;
  }, [sorted, only]);

  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: visible.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    getItemKey: (index) => rowKey(visible[index]!),
    overscan: 8,
    // The first frame draws a screenful before the box is measured (and a server render has rows to show).
    initialRect: { width: 1200, height: 800 },
  });
  const items = virtualizer.getVirtualItems();
  const wraps = !fill || columns.some((c) => c.wrap);
  const before = items[0]?.start ?? 0;
  const after = Math.max(0, virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0));
  // The header and the Export menu stay as they are while a search keystroke changes the rows: one asks for the rows only on export.
  const onSort = useCallback((id: string, event: MouseEvent) => table.getColumn(id)?.getToggleSortingHandler()?.(event), [table]);
  const shownNow = useRef(visible);
  shownNow.current = visible;
  const exportFile = useCallback(() => tableFileOf(label, columns, shownNow.current), [label, columns]);

  return (
    <Stack spacing={1}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', minHeight: 32 }}>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexGrow: 1 }}>
          {toolbar}
        </Stack>
        <ExportMenu title={label} file={exportFile} disabled={visible.length === 0} />
      </Stack>
      <div ref={scroller} className={fill ? `${TABLE_CLASS} fill` : TABLE_CLASS} data-testid={testId}>
        <TableStyles />
        <div style={{ paddingTop: before, paddingBottom: after }}>
          <Table size="small" stickyHeader aria-label={label} aria-rowcount={visible.length + 1}>
            <colgroup>
              {columns.map((c) => (
                <col key={c.id} style={c.width ? { width: c.width } : undefined} />
              ))}
            </colgroup>
            <TableHead>
              <ListHeader columns={columns} sorting={sorting} onSort={onSort} />
            </TableHead>
            <tbody>
              {visible.length === 0 ? (
                <tr>
                  <td className="empty" colSpan={columns.length} data-testid="list-empty">
                    {emptyText}
                  </td>
                </tr>
              ) : (
                items.map((item) => (
                  <ListRow
                    key={item.key}
                    row={visible[item.index]!}
                    columns={columns}
                    index={item.index}
                    onClick={onRowClick}
                    measure={wraps ? virtualizer.measureElement : undefined}
                  />
                ))
              )}
            </tbody>
          </Table>
        </div>
      </div>
    </Stack>
  );
}
