import ExcelJS from 'exceljs';
import Papa from 'papaparse';

/**
 * A list as a user saw it (the columns shown, the rows after filter and sort)
 * written as a CSV or an XLSX file (DESIGN §12). Pure: bytes in memory, no
 * DOM, no disk; the renderer hands them to the platform to save.
 */

/** How a column's values are typed in a workbook: a finance user sorts and sums amounts and dates. */
export type ColumnKind = 'text' | 'number' | 'money' | 'date';

export interface FileColumn {
  header: string;
  kind: ColumnKind;
  /** ISO 4217, for money columns; USD when absent. */
  currency?: string;
}

/**
 * One cell: `text` is what the screen shows (and what the CSV holds), `value`
 * what a workbook stores: a number for number columns, currency units (not
 * cents) for money columns, an ISO date (`2026-03-31`) for date columns.
 * Without a value (an empty amount, "never"), the workbook gets the text.
 */
export interface FileCell {
  text: string;
  value?: number | string | null;
}

export interface TableFile {
  /** The sheet's name (also the list's name). */
  title: string;
  columns: readonly FileColumn[];
  rows: readonly (readonly FileCell[])[];
}

/** What a spreadsheet reads as the start of a formula (OWASP, "CSV Injection"). */
const FORMULA_LEAD = /^[=+\-@\t\r]/;

/**
 * Text no spreadsheet runs: a cell starting with `=`, `+`, `-`, `@`, tab or
 * carriage return gets a leading `'`, which Excel, LibreOffice and Sheets
 * read as "this is text". Everything else is untouched.
 */
export const neutralizeFormula = (text: string): string => (FORMULA_LEAD.test(text) ? `'${text}` : text);

/**
 * A shown figure that is only a number ("-$1,200.50", "-12", "45%"): a
 * spreadsheet parses it as a number, never as a formula, so a negative amount
 * keeps its minus in the CSV. Anything else in a figure column ("-1+1") is
 * neutralized like text.
 */
const PLAIN_FIGURE = /^-?\p{Sc}?\d[\d,]*(\.\d+)?%?$/u;

const csvText = (cell: FileCell, column: FileColumn): string =>
  column.kind !== 'text' && typeof cell.value === 'number' && PLAIN_FIGURE.test(cell.text) ? cell.text : neutralizeFormula(cell.text);

/** A UTF-8 byte order mark: without it Excel opens a CSV as the system code page and garbles accents (Société → SociÃ©tÃ©). */
const BOM = '\uFEFF';

/** The CSV: the headers, then each row's shown text; CRLF line ends, as RFC 4180 and Excel expect. */
export const tableCsv = (table: TableFile): Uint8Array => {
  const text = Papa.unparse(
    {
      fields: table.columns.map((c) => neutralizeFormula(c.header)),
      data: table.rows.map((row) => table.columns.map((column, i) => csvText(row[i] ?? { text: '' }, column))),
    },
    { newline: '\r\n', quotes: false },
  );
  return new TextEncoder().encode(BOM + text);
};

const currencyFormat = (currency = 'USD'): string => {
  const symbol = { USD: '$', EUR: '€', GBP: '£' }[currency];
  return symbol ? `"${symbol}"#,##0.00;-"${symbol}"#,##0.00` : `#,##0.00 "${currency}"`;
};

const numberFormats: Record<Exclude<ColumnKind, 'text' | 'money'>, string> = { number: '#,##0.##', date: 'yyyy-mm-dd' };

/**
 * The value as the workbook stores it. Numbers stay numbers and ISO dates
 * become dates, so they sort and sum; text is written as a string cell, which
 * exceljs never turns into a formula (only a `{ formula }` value is one).
 * Dangerous text is still prefixed with `'`, on purpose: the workbook is often
 * saved again as CSV, or a cell edited and confirmed (F2, Enter), and either
 * would turn a bare `=HYPERLINK(…)` string into a live formula. The XLSX then
 * reads the same as the CSV, apostrophe included.
 */
const excelValue = (cell: FileCell, column: FileColumn): ExcelJS.CellValue => {
  const { value } = cell;
  if ((column.kind === 'number' || column.kind === 'money') && typeof value === 'number' && Number.isFinite(value)) return value;
  if (column.kind === 'date' && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return new Date(`${value}T00:00:00Z`);
  return cell.text === '' ? null : neutralizeFormula(cell.text);
};

/** Excel's limits on a sheet name: 31 characters, none of `: \ / ? * [ ]`. */
const sheetName = (title: string): string => title.replace(/[:\\/?*[\]]/g, ' ').trim().slice(0, 31) || 'Sheet1';

/** The XLSX: one sheet, a bold frozen header row with a filter, typed cells. */
export const tableXlsx = async (table: TableFile): Promise<Uint8Array> => {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Partner Desk';
  const sheet = workbook.addWorksheet(sheetName(table.title), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = table.columns.map((column) => ({
    header: neutralizeFormula(column.header),
    style: column.kind === 'text' ? {} : { numFmt: column.kind === 'money' ? currencyFormat(column.currency) : numberFormats[column.kind] },
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of table.rows) sheet.addRow(table.columns.map((column, i) => excelValue(row[i] ?? { text: '' }, column)));
  if (table.columns.length > 0) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.columns.length } };
  // Widths from the longest shown text of the first rows, so a name is not cut to ten characters.
  table.columns.forEach((column, i) => {
    const longest = Math.max(column.header.length, ...table.rows.slice(0, 500).map((row) => row[i]?.text.length ?? 0));
    sheet.getColumn(i + 1).width = Math.min(60, Math.max(10, longest + 2));
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
};

export type TableFileFormat = 'csv' | 'xlsx';

export const tableFileMime: Record<TableFileFormat, string> = {
  csv: 'text/csv;charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** The file's bytes in the chosen format. */
export const tableFile = (table: TableFile, format: TableFileFormat): Promise<Uint8Array> =>
  format === 'csv' ? Promise.resolve(tableCsv(table)) : tableXlsx(table);

/** `Partners 2026-12-03.csv`: the list's name and the day, safe on every file system. */
export const tableFileName = (title: string, day: string, format: TableFileFormat): string =>
  `${title.replace(/[\\/:*?"<>|]/g, ' ').replace(/\s+/g, ' ').trim() || 'List'} ${day}.${format}`;
