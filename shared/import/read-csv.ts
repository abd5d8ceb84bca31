import Papa from 'papaparse';
import { asBytes, decodeText, type TextEncodingName } from './decode';
import { checkImportSize, ImportFileError } from './limits';
import { tableFromRows, type ImportTable } from './table';

/** The separators CRM exports and spreadsheets use: comma (US), semicolon (European Excel), tab, pipe. */
export const csvDelimiters = [',', ';', '\t', '|'] as const;
export type CsvDelimiter = (typeof csvDelimiters)[number];

export interface CsvTable extends ImportTable {
  delimiter: CsvDelimiter;
  encoding: TextEncodingName;
}

export interface CsvOptions {
  /** Overrides the detected delimiter, for the rare file papaparse guesses wrong. */
  delimiter?: CsvDelimiter;
  fileName?: string;
}

/** The delimiter papaparse finds in the first rows; a one-column file has none to find and reads as comma-separated. */
const guessDelimiter = (text: string): CsvDelimiter => {
  const sample = Papa.parse<string[]>(text.slice(0, 64 * 1024), { preview: 20, skipEmptyLines: 'greedy', delimitersToGuess: [...csvDelimiters] });
  return (csvDelimiters as readonly string[]).includes(sample.meta.delimiter) ? (sample.meta.delimiter as CsvDelimiter) : ',';
};

/** Reads a CSV with papaparse: quoted separators and newlines, any of the usual delimiters, UTF-8 or Windows-1252. */
export const readCsv = (data: Uint8Array | ArrayBuffer, options: CsvOptions = {}): CsvTable => {
  const bytes = asBytes(data);
  checkImportSize(bytes.byteLength, options.fileName);
  const { text, encoding } = decodeText(bytes);
  // Blank lines are kept in the parse and dropped by tableFromRows, so every row keeps the number the user
  // sees; papaparse's guess counts a blank line as a one-field row, so the delimiter is guessed without them.
  const delimiter = options.delimiter ?? guessDelimiter(text);
  const parsed = Papa.parse<string[]>(text, { header: false, skipEmptyLines: false, delimiter });
  // A quote that never closes swallows the rest of the file: better refused than half read.
  const broken = parsed.errors.find((e) => e.type === 'Quotes');
  if (broken) {
    const row = typeof broken.row === 'number' ? ` near row ${broken.row + 1}` : '';
    throw new ImportFileError('unreadable', `${options.fileName ?? 'The file'} has a quote that is never closed${row}, so its rows cannot be told apart.`);
  }
  const table = tableFromRows(parsed.data.map((cells, index) => ({ rowNumber: index + 1, cells })));
  return { ...table, delimiter, encoding };
};
