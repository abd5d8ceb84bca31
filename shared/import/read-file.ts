import { asBytes } from './decode';
import { checkImportSize, ImportFileError } from './limits';
import { readCsv, type CsvDelimiter } from './read-csv';
import { readXlsx } from './read-xlsx';
import type { ImportTable } from './table';

export interface ImportFile {
  fileName: string;
  format: 'csv' | 'xlsx';
  table: ImportTable;
  /** XLSX: the sheet read and every sheet's name. */
  sheet?: string;
  sheets?: string[];
  /** CSV: what was detected, for the dialog to show. */
  delimiter?: CsvDelimiter;
  encoding?: string;
}

export interface ReadImportFileOptions {
  sheet?: string;
  delimiter?: CsvDelimiter;
}

/** An .xlsx is a zip archive: its first bytes are "PK\x03\x04" whatever the file is called. */
const isZip = (bytes: Uint8Array): boolean => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

/** A file with nothing but blank lines (or a sheet with nothing on it) has no header to map: said now, not as an empty preview. */
const withRows = (file: ImportFile): ImportFile => {
  if (file.table.headers.length === 0) {
    const where = file.sheet === undefined ? file.fileName : `The sheet "${file.sheet}" of ${file.fileName}`;
    throw new ImportFileError('empty', `${where} has no header row and no records to import.`);
  }
  return file;
};

/** Reads a CSV or XLSX file, told apart by content rather than by name, which users rename. */
export const readImportFile = async (fileName: string, data: Uint8Array | ArrayBuffer, options: ReadImportFileOptions = {}): Promise<ImportFile> => {
  const bytes = asBytes(data);
  checkImportSize(bytes.byteLength, fileName);
  if (isZip(bytes)) {
    const table = await readXlsx(bytes, { fileName, ...(options.sheet === undefined ? {} : { sheet: options.sheet }) });
    return withRows({ fileName, format: 'xlsx', table: { headers: table.headers, rows: table.rows }, sheet: table.sheet, sheets: table.sheets });
  }
  if (/\.xls$/i.test(fileName)) {
    throw new ImportFileError('unsupported-type', `${fileName} is an old Excel file (.xls). Save it as .xlsx or .csv and import that.`);
  }
  const table = readCsv(bytes, { fileName, ...(options.delimiter === undefined ? {} : { delimiter: options.delimiter }) });
  return withRows({ fileName, format: 'csv', table: { headers: table.headers, rows: table.rows }, delimiter: table.delimiter, encoding: table.encoding });
};
