import type { ReactNode } from 'react';
import type { ColumnKind, FileCell, TableFile } from '../../shared/export/table-file';
import { dateText } from './dates';

/** What a list's column sorts and exports by: text, a number, or an ISO date (which sorts as text). */
export type SortValue = string | number | null | undefined;

/**
 * One column of a list (`ListTable`). `value` is what it sorts by and what a
 * workbook stores (a number for amounts, in currency units; an ISO date);
 * (one column's values are all text or all numbers); `text` what the screen shows and the CSV holds (by default the value as
 * text; a date column's ISO value as "Sep 30, 2026"); `cell` what is drawn when it is more than text (a link, a chip).
 * A date column still sorts by its ISO value, and its files keep the ISO date.
 */
export interface ListColumn<T> {
  id: string;
  header: string;
  kind?: ColumnKind;
  value?(row: T): SortValue;
  text?(row: T): string;
  cell?(row: T): ReactNode;
  align?: 'right';
  /** The cell may take several lines (a list of rules); the table then measures its rows. */
  wrap?: boolean;
  /** A CSS width for the column (the table lays out fixed, so rows never change its widths). */
  width?: string;
  /**
   * The row's actions (Edit, Delete): never sorted or exported; the header
   * is read by screen readers ("Actions") but not shown.
   */
  actions?: boolean;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** What the cell shows: the column's own text, else its value; a date as every screen reads one ("Sep 30, 2026"). */
export const textOf = <T>(column: ListColumn<T>, row: T): string => {
  if (column.text) return column.text(row);
  const value = column.value?.(row);
  if (value === null || value === undefined) return '';
  return column.kind === 'date' && typeof value === 'string' ? dateText(value) : String(value);
};

/**
 * What a file holds for the cell: the shown text, except a date column's ISO
 * date (`2026-09-30`), which a spreadsheet reads as a date whatever its locale;
 * the workbook stores the same day as a date cell.
 */
const fileTextOf = <T>(column: ListColumn<T>, row: T, value: SortValue): string =>
  column.kind === 'date' && typeof value === 'string' && ISO_DATE.test(value) ? value : textOf(column, row);

const byText = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

/** Text in the reader's collation: Zürich beside Zurich, case aside, "Beta 9" before "Beta 10". */
export const compareText = (a: string, b: string): number => byText.compare(a, b);

/** The rows and columns shown, as the file writers take them. */
export const tableFileOf = <T>(title: string, columns: readonly ListColumn<T>[], rows: readonly T[]): TableFile => {
  const exported = columns.filter((c) => !c.actions);
  return {
    title,
    columns: exported.map((c) => ({ header: c.header, kind: c.kind ?? 'text' })),
    rows: rows.map((row) =>
      exported.map((c): FileCell => {
        const value = c.value?.(row);
        return { text: fileTextOf(c, row, value), value: value === undefined ? null : value };
      }),
    ),
  };
};

/**
 * Why a list is empty, in words: "No partners yet" when there are none at
 * all, else what the filters asked for: "No partners match 'acme' in Gold tier".
 * `conditions` are phrases a screen writes for its active filters ("in Gold tier").
 */
export const emptyListText = (plural: string, { total, search = '', conditions = [] }: { total: number; search?: string; conditions?: readonly string[] }): string => {
  if (total === 0) return `No ${plural} yet`;
  const asked = conditions.join(', ');
  const typed = search.trim();
  if (typed) return `No ${plural} match '${typed}'${asked ? ` ${asked}` : ''}`;
  return asked ? `No ${plural} ${asked}` : `No ${plural} to show`;
};
