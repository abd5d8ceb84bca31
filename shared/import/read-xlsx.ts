import ExcelJS from 'exceljs';
import { asBytes } from './decode';
import { checkImportSize, ImportFileError } from './limits';
import { tableFromRows, type CellValue, type ImportTable } from './table';

export interface XlsxTable extends ImportTable {
  sheet: string;
  sheets: string[];
}

export interface XlsxOptions {
  /** The sheet to read; the first one when absent. */
  sheet?: string;
  fileName?: string;
}

const loadWorkbook = async (data: Uint8Array | ArrayBuffer, fileName?: string): Promise<ExcelJS.Workbook> => {
  const bytes = asBytes(data);
  checkImportSize(bytes.byteLength, fileName);
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs's types name Node's Buffer; its zip reader takes any Uint8Array, in the browser as in Node.
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new ImportFileError('unreadable', `${fileName ?? 'The file'} is not an Excel workbook that can be read (.xlsx).`);
  }
  return workbook;
};

/** The value a person sees in the cell: a formula's result, a link's text, rich text as plain text. */
const plainValue = (value: ExcelJS.CellValue): CellValue => {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('result' in value) return plainValue((value.result ?? null) as ExcelJS.CellValue);
  if ('text' in value) return plainValue(value.text as ExcelJS.CellValue);
  if ('error' in value) return null;
  return null;
};

/** The sheet names, in workbook order, for the dialog's sheet choice. */
export const listSheets = async (data: Uint8Array | ArrayBuffer, fileName?: string): Promise<string[]> =>
  (await loadWorkbook(data, fileName)).worksheets.map((sheet) => sheet.name);

/** Reads one sheet (the first unless named) with exceljs; dates stay dates and numbers stay numbers. */
export const readXlsx = async (data: Uint8Array | ArrayBuffer, options: XlsxOptions = {}): Promise<XlsxTable> => {
  const workbook = await loadWorkbook(data, options.fileName);
  const sheets = workbook.worksheets.map((sheet) => sheet.name);
  const worksheet = options.sheet === undefined ? workbook.worksheets[0] : workbook.getWorksheet(options.sheet);
  if (!worksheet) {
    const named = options.sheet === undefined ? 'has no sheets' : `has no sheet named "${options.sheet}" (it has: ${sheets.join(', ')})`;
    throw new ImportFileError(options.sheet === undefined ? 'empty' : 'unknown-sheet', `${options.fileName ?? 'The workbook'} ${named}.`);
  }
  const raw: { rowNumber: number; cells: CellValue[] }[] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: CellValue[] = [];
    // Row.values is 1-based (index 0 is empty) and sparse.
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = plainValue(cell.value);
    });
    raw.push({ rowNumber, cells: Array.from(cells, (cell) => cell ?? null) });
  });
  return { ...tableFromRows(raw), sheet: worksheet.name, sheets };
};
