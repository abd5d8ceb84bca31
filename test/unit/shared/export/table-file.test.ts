import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { neutralizeFormula, tableCsv, tableFileName, tableXlsx, type TableFile } from '../../../../shared/export/table-file';

/** A pipeline list as the screen shows it: a text column, an amount, a date, one figure that is a formula in disguise. */
const pipeline: TableFile = {
  title: 'Open partner deals',
  columns: [
    { header: 'Customer', kind: 'text' },
    { header: 'Amount', kind: 'money' },
    { header: 'Close', kind: 'date' },
    { header: 'Seats', kind: 'number' },
  ],
  rows: [
    [{ text: 'Société Générale' }, { text: '$40,000', value: 40_000 }, { text: '2026-03-31', value: '2026-03-31' }, { text: '12', value: 12 }],
    [{ text: '=HYPERLINK("http://evil.example","Click")' }, { text: '-$1,200.50', value: -1200.5 }, { text: '—', value: null }, { text: '-3', value: -3 }],
    [{ text: '@SUM(A1:A2)' }, { text: '', value: null }, { text: '2026-12-01', value: '2026-12-01' }, { text: '-1+1', value: 0 }],
  ],
};

const readCsv = (bytes: Uint8Array) => {
  const text = new TextDecoder().decode(bytes); // TextDecoder drops the BOM, as Excel does
  return Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
};

const readXlsx = async (bytes: Uint8Array) => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook.worksheets[0]!;
};

describe('the formula neutralizer', () => {
  it.each(['=1+1', '+1+1', '-1+1', '@SUM(A1)', '\t=1', '\r=1'])('prefixes %j with a quote, so no spreadsheet runs it', (text) => {
    expect(neutralizeFormula(text)).toBe(`'${text}`);
  });

  it.each(['Acme GmbH', 'Société Générale', '1+1', 'a=b', "O'Brien", ''])('leaves plain text %j untouched', (text) => {
    expect(neutralizeFormula(text)).toBe(text);
  });
});

describe('a list as CSV', () => {
  it('reads back, through papaparse, as the rows shown, with the dangerous cells neutralized', () => {
    expect(readCsv(tableCsv(pipeline))).toEqual([
      ['Customer', 'Amount', 'Close', 'Seats'],
      ['Société Générale', '$40,000', '2026-03-31', '12'],
      // A negative amount is a number to a spreadsheet, not a formula: it keeps its minus.
      ["'=HYPERLINK(\"http://evil.example\",\"Click\")", '-$1,200.50', '—', '-3'],
      ["'@SUM(A1:A2)", '', '2026-12-01', "'-1+1"],
    ]);
  });

  it('starts with a UTF-8 byte order mark, so Excel reads the accents right', () => {
    const bytes = tableCsv(pipeline);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes)).toContain('Société Générale');
  });

  it('quotes text with commas, quotes and line breaks, so each cell reads back whole', () => {
    const table: TableFile = { title: 'Notes', columns: [{ header: 'Note', kind: 'text' }], rows: [[{ text: 'one, "two"\nthree' }]] };
    expect(readCsv(tableCsv(table))).toEqual([['Note'], ['one, "two"\nthree']]);
  });
});

describe('a list as XLSX', () => {
  it('has the headers, amounts as numbers in a currency format and dates as dates', async () => {
    const sheet = await readXlsx(await tableXlsx(pipeline));
    expect(sheet.name).toBe('Open partner deals');
    expect(sheet.getRow(1).values).toEqual([undefined, 'Customer', 'Amount', 'Close', 'Seats']);
    expect(sheet.getCell('B2').value).toBe(40_000);
    expect(sheet.getCell('B2').numFmt).toContain('$');
    expect(sheet.getCell('C2').value).toEqual(new Date('2026-03-31T00:00:00Z'));
    expect(sheet.getCell('C2').type).toBe(ExcelJS.ValueType.Date);
    expect(sheet.getCell('D2').value).toBe(12);
  });

  it('keeps a negative number a number, and writes formula-like text as a neutralized string, never a formula', async () => {
    const sheet = await readXlsx(await tableXlsx(pipeline));
    expect(sheet.getCell('B3').value).toBe(-1200.5);
    expect(sheet.getCell('D3').value).toBe(-3);
    for (const ref of ['A3', 'A4']) {
      expect(sheet.getCell(ref).type).toBe(ExcelJS.ValueType.String);
      expect(String(sheet.getCell(ref).value).startsWith("'")).toBe(true);
    }
    // A shown dash where a date would be stays the text shown.
    expect(sheet.getCell('C3').value).toBe('—');
    expect(sheet.getCell('A2').value).toBe('Société Générale');
  });
});

describe('the file name', () => {
  it('is the list and the day, with characters no file system takes replaced', () => {
    expect(tableFileName('QBR 2026-Q3 per partner', '2026-12-03', 'xlsx')).toBe('QBR 2026-Q3 per partner 2026-12-03.xlsx');
    expect(tableFileName('A/B: deals', '2026-12-03', 'csv')).toBe('A B deals 2026-12-03.csv');
  });
});
