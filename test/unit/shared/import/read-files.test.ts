import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { cellText, ImportFileError, listSheets, MAX_IMPORT_BYTES, readCsv, readImportFile, readXlsx } from '../../../../shared/import';
import { fixture } from './support';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

const columnOf = (table: { headers: string[]; rows: { cells: unknown[] }[] }, header: string): string[] =>
  table.rows.map((r) => cellText((r.cells[table.headers.indexOf(header)] ?? null) as never));

describe('reading CSV files', () => {
  it('reads a Salesforce report export: BOM gone, quoted newline kept, footer not taken for records', () => {
    const table = readCsv(fixture('salesforce-accounts-report.csv'));
    expect(table.headers[0]).toBe('Account ID');
    expect(table.encoding).toBe('utf-8');
    expect(table.rows).toHaveLength(5);
    expect(columnOf(table, 'Account Name')).toContain('Acme Software, Inc.');
    expect(columnOf(table, 'Description')[0]).toBe('CRM connector, certified.\nRenewal in Q3.');
    expect(table.rows.map((r) => r.rowNumber)).toEqual([2, 3, 4, 5, 6]);
  });

  it('detects a semicolon delimiter', () => {
    const table = readCsv(fixture('partners-semicolon.csv'));
    expect(table.delimiter).toBe(';');
    expect(table.headers).toEqual(['Partner', 'Website', 'Partner Type', 'Country', 'Revenue Target', 'Enrolled']);
    expect(columnOf(table, 'Revenue Target')[0]).toBe('1.234.567,50 €');
  });

  it('reads a Windows-1252 file with its accents and euro signs', () => {
    const table = readCsv(fixture('partners-windows-1252.csv'));
    expect(table.encoding).toBe('windows-1252');
    expect(columnOf(table, 'Partner')).toEqual(['Müller GmbH', 'Société Générale Solutions', 'Ærø Data ApS']);
    expect(columnOf(table, 'Revenue Target')[0]).toBe('€ 75.000');
  });

  it('reads tab- and pipe-separated files', () => {
    expect(readCsv(utf8('Name\tWebsite\nAcme\tacme.example\n')).delimiter).toBe('\t');
    const piped = readCsv(utf8('Name|Website\nAcme|acme.example\n'));
    expect(piped.delimiter).toBe('|');
    expect(piped.rows[0]!.cells).toEqual(['Acme', 'acme.example']);
  });

  it('drops empty rows and trailing empty columns, trims headers and keeps the row numbers the user sees', () => {
    const table = readCsv(utf8(' Name , Website ,,\nAcme,acme.example,,\n,,,\n\nGlobex,globex.example,,\n'));
    expect(table.headers).toEqual(['Name', 'Website']);
    expect(table.rows.map((r) => [r.rowNumber, r.cells[0]])).toEqual([
      [2, 'Acme'],
      [5, 'Globex'],
    ]);
  });

  it('names blank and repeated headers so every column can be mapped', () => {
    const table = readCsv(utf8('Email,,Email\na@x.example,1,b@x.example\n'));
    expect(table.headers).toEqual(['Email', 'Column 2', 'Email (2)']);
  });

  it('refuses a file over 50 MB before parsing it, saying the size and the limit', () => {
    const huge = new Uint8Array(MAX_IMPORT_BYTES + 1);
    expect(() => readCsv(huge, { fileName: 'accounts.csv' })).toThrow(ImportFileError);
    expect(() => readCsv(huge, { fileName: 'accounts.csv' })).toThrow(/accounts\.csv is 50\.0 MB; an import reads files up to 50\.0 MB/);
  });

  it('refuses a file whose quote never closes instead of reading half of it', () => {
    expect(() => readCsv(utf8('Name,Notes\nAcme,"runs on\nGlobex,ok\n'))).toThrow(/quote that is never closed/);
  });
});

/** A workbook as a user would save it: a Partners sheet and a Contacts sheet, with a real date and a number. */
const twoSheetWorkbook = async (): Promise<Uint8Array> => {
  const workbook = new ExcelJS.Workbook();
  const partners = workbook.addWorksheet('Partners');
  partners.addRow(['Partner', 'Website', 'Partner Type', 'Revenue Target', 'Enrolled']);
  partners.addRow(['Acme Software', 'acme.example', 'ISV', 125000.5, new Date(Date.UTC(2026, 0, 15))]);
  partners.addRow([]);
  partners.addRow(['Globex', { text: 'globex.example', hyperlink: 'https://globex.example' }, 'OEM', { formula: '1000*2', result: 2000 }, new Date(Date.UTC(2025, 11, 1))]);
  const contacts = workbook.addWorksheet('Contacts');
  contacts.addRow(['First Name', 'Last Name', 'Email', 'Partner']);
  contacts.addRow(['Priya', 'Shah', 'priya@acme.example', 'Acme Software']);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
};

describe('reading XLSX workbooks', () => {
  it('lists the sheets and reads the first one, with dates, numbers, links and formula results as the user sees them', async () => {
    const bytes = await twoSheetWorkbook();
    expect(await listSheets(bytes)).toEqual(['Partners', 'Contacts']);
    const table = await readXlsx(bytes);
    expect(table.sheet).toBe('Partners');
    expect(table.rows.map((r) => r.rowNumber)).toEqual([2, 4]);
    expect(table.rows[0]!.cells).toEqual(['Acme Software', 'acme.example', 'ISV', 125000.5, new Date(Date.UTC(2026, 0, 15))]);
    expect(table.rows[1]!.cells.slice(1, 4)).toEqual(['globex.example', 'OEM', 2000]);
  });

  it('reads a chosen sheet, and names the sheets when the chosen one is missing', async () => {
    const bytes = await twoSheetWorkbook();
    const contacts = await readXlsx(bytes, { sheet: 'Contacts' });
    expect(contacts.headers).toEqual(['First Name', 'Last Name', 'Email', 'Partner']);
    await expect(readXlsx(bytes, { sheet: 'Deals', fileName: 'crm.xlsx' })).rejects.toThrow('crm.xlsx has no sheet named "Deals" (it has: Partners, Contacts).');
  });

  it('tells a workbook from a CSV by its content, whatever the file is called', async () => {
    const file = await readImportFile('export.csv', await twoSheetWorkbook());
    expect(file.format).toBe('xlsx');
    expect(file.sheets).toEqual(['Partners', 'Contacts']);
    const csv = await readImportFile('accounts.csv', fixture('salesforce-accounts-report.csv'));
    expect(csv.format).toBe('csv');
  });

  it('says so when a file holds nothing to import, before any mapping', async () => {
    await expect(readImportFile('blank.csv', utf8('\uFEFF\r\n,,\r\n'))).rejects.toThrow('blank.csv has no header row and no records to import.');
    await expect(readImportFile('empty.csv', new Uint8Array(0))).rejects.toThrow('empty.csv is empty.');
  });
});
