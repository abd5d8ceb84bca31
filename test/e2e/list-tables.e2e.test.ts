import { mkdir, readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { choose } from './choose';
import { SHOTS, shoot } from './screenshots';
import { openDemoSession, type DemoSession } from './web-build';

/** A partner name a spreadsheet would run as a formula if the export wrote it as it is. */
const FORMULA_NAME = '=HYPERLINK("https://evil.example","Acme")';
const byText = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

const tierRank = ['Registered', 'Silver', 'Gold', 'Platinum'];
const ranks = (rows: string[][]) => rows.map((r) => tierRank.indexOf(r[2]!));

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A date as the screen shows it ("Jan 15, 2028") as the ISO day it stands for ("2028-01-15"); anything else is refused. */
const isoDayOf = (shown: string): string => {
  const [, month, day, year] = /^([A-Z][a-z]{2}) (\d{1,2}), (\d{4})$/.exec(shown) ?? [];
  const index = MONTHS.indexOf(month ?? '');
  if (index < 0) throw new Error(`not a date as the screen shows one: "${shown}"`);
  return `${year}-${String(index + 1).padStart(2, '0')}-${day!.padStart(2, '0')}`;
};

const partnerCount = async (page: Page) => Number((await page.getByTestId('partner-count').textContent())!.replace(/\D/g, ''));

/** The cells of the rows in the DOM (the table draws only the rows in view), each row's cells as text. */
const shownRows = (table: Locator) => table.locator('tbody tr').evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent ?? '')));

/** A header's sort as announced to screen readers: its aria-sort, or none. */
const sortOf = (table: Locator, header: string) => table.getByRole('columnheader', { name: header }).getAttribute('aria-sort');

const sortBy = (table: Locator, header: string) => table.getByRole('columnheader', { name: header }).getByRole('button', { name: header }).click();

/** Picks `option` in a multiple-choice MUI select by keyboard (`choose` is for single selects, whose menu closes on Enter). */
const chooseAlso = async (page: Page, label: string, option: string) => {
  const select = page.getByRole('combobox', { name: label });
  await select.focus();
  await select.press('ArrowDown');
  const item = page.getByRole('listbox').getByRole('option', { name: option, exact: true });
  await item.focus();
  await item.press('Enter');
  await expect.poll(() => item.getAttribute('aria-selected')).toBe('true');
  await item.press('Escape');
  await expect.poll(() => page.getByRole('listbox').count()).toBe(0);
};

/** Exports the list through its toolbar's Export menu and returns the saved file's bytes and name. */
const exportList = async (page: Page, list: string, format: 'CSV (.csv)' | 'Excel workbook (.xlsx)') => {
  await page.getByRole('button', { name: `Export ${list}` }).click();
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByRole('menuitem', { name: format }).click()]);
  return { name: download.suggestedFilename(), bytes: await readFile((await download.path())!) };
};

// The lists as a manager works them: sorted by a column, filtered to nothing, exported as shown.
describe('list tables: sort, empty state and export', () => {
  let session: DemoSession;
  let page: Page;
  let partners: Locator;

  beforeAll(async () => {
    await mkdir(SHOTS, { recursive: true });
    session = await openDemoSession({ acceptDownloads: true });
    page = session.page;
    partners = page.getByRole('table', { name: 'Partners' });
  }, 180_000);

  afterAll(async () => {
    await session?.close();
  });

  it('adds a partner whose name looks like a formula', async () => {
    await page.goto(session.site.url);
    await expect.poll(() => page.getByTestId('partner-count').textContent(), { timeout: 30_000 }).toMatch(/^\d+ partners$/);
    const before = await partnerCount(page);
    await page.getByRole('button', { name: 'New partner' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Name').fill(FORMULA_NAME);
    await dialog.getByLabel('Region').fill('Nordics');
    await dialog.getByLabel('Vertical').fill('Retail');
    await choose(page, 'Partner type', 'ISV', dialog);
    await dialog.getByRole('button', { name: 'Add partner' }).click();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await page.evaluate(() => (window.location.hash = '#/partners'));
    await expect.poll(() => partnerCount(page)).toBe(before + 1);
  });

  it('sorts the partner list by a column when its header is clicked, and says so on the header', async () => {
    expect(await sortOf(partners, 'Tier')).toBeNull();
    const unsorted = (await shownRows(partners)).map((r) => r[0]);

    await sortBy(partners, 'Tier');
    await expect.poll(() => sortOf(partners, 'Tier')).toBe('ascending');
    // By tier's rank, not its name: Registered, Silver, Gold, Platinum.
    await expect.poll(async () => ranks(await shownRows(partners))).toEqual([...ranks(await shownRows(partners))].sort((a, b) => a - b));
    expect((await shownRows(partners))[0]![2]).toBe('Registered');
    await sortBy(partners, 'Tier');
    await expect.poll(() => sortOf(partners, 'Tier')).toBe('descending');
    await expect.poll(async () => (await shownRows(partners))[0]![2]).toBe('Platinum');
    const descending = ranks(await shownRows(partners));
    expect(descending).toEqual([...descending].sort((a, b) => b - a));
    await shoot(page, 'list-partners-by-tier');

    // A second column: the sort moves to it, the first header no longer claims one.
    await sortBy(partners, 'Region');
    await expect.poll(() => sortOf(partners, 'Region')).toBe('ascending');
    expect(await sortOf(partners, 'Tier')).toBeNull();
    const regions = (await shownRows(partners)).map((r) => r[5]!);
    expect(regions).toEqual([...regions].sort(byText.compare));
    expect((await shownRows(partners)).map((r) => r[0])).not.toEqual(unsorted);
  });

  it('says why nothing matches: the search and the filters asked for', async () => {
    await page.getByLabel('Search partners').fill('no such partner');
    await expect.poll(() => page.getByTestId('list-empty').textContent()).toBe("No partners match 'no such partner'");
    await chooseAlso(page, 'Tier', 'Gold');
    await expect.poll(() => page.getByTestId('list-empty').textContent()).toBe("No partners match 'no such partner' in Gold tier");
    await shoot(page, 'list-partners-empty');
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.getByLabel('Search partners').fill('');
    await expect.poll(() => page.getByTestId('list-empty').count()).toBe(0);
  });

  it('exports the list as shown to CSV: the same rows in the same order, a formula-like name neutralized', async () => {
    await sortBy(partners, 'Name');
    await expect.poll(() => sortOf(partners, 'Name')).toBe('ascending');
    const total = await partnerCount(page);
    const visible = await shownRows(partners);

    const { name, bytes } = await exportList(page, 'Partners', 'CSV (.csv)');
    expect(name).toMatch(/^Partners \d{4}-\d{2}-\d{2}\.csv$/);
    const text = bytes.toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const [header, ...rows] = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
    expect(header).toEqual(['Name', 'Type', 'Tier', 'Status', 'Territory', 'Region', 'Attention']);
    expect(rows).toHaveLength(total);
    // The screen's first rows are the file's first rows (the attention badges are one cell, comma-separated, in the file).
    const unquote = (cell: string) => (cell.startsWith("'") ? cell.slice(1) : cell);
    expect(rows.slice(0, visible.length).map((r) => [unquote(r[0]!), ...r.slice(1, 6)])).toEqual(visible.map((r) => r.slice(0, 6)));
    const formula = rows.find((r) => r[0]!.includes('HYPERLINK'));
    expect(formula?.[0]).toBe(`'${FORMULA_NAME}`);
  });

  it('exports a filtered list to XLSX: only the rows the filter lets through, typed text never a formula', async () => {
    await chooseAlso(page, 'Type', 'ISV');
    await expect.poll(async () => (await shownRows(partners)).every((r) => r[1] === 'ISV')).toBe(true);
    const total = await partnerCount(page);
    const { bytes } = await exportList(page, 'Partners', 'Excel workbook (.xlsx)');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).values).toEqual([undefined, 'Name', 'Type', 'Tier', 'Status', 'Territory', 'Region', 'Attention']);
    expect(sheet.rowCount).toBe(total + 1);
    const types = sheet.getColumn(2).values.slice(2);
    expect(new Set(types)).toEqual(new Set(['ISV']));
    const formula = sheet.getColumn(1).values.find((v) => String(v).includes('HYPERLINK'));
    expect(formula).toBe(`'${FORMULA_NAME}`);
    await page.getByRole('button', { name: 'Clear filters' }).click();
  });

  it('sorts the pipeline by amount and by close date, amounts as numbers in the workbook', async () => {
    await page.getByRole('link', { name: 'Pipeline', exact: true }).click();
    const deals = page.getByRole('table', { name: 'Open partner deals' });
    await expect.poll(() => deals.locator('tbody tr').count(), { timeout: 20_000 }).toBeGreaterThan(1);
    const amount = (text: string) => Number(text.replace(/[^\d.-]/g, ''));

    await sortBy(deals, 'Amount');
    await sortBy(deals, 'Amount');
    await expect.poll(() => sortOf(deals, 'Amount')).toBe('descending');
    const amounts = (await shownRows(deals)).map((r) => amount(r[3]!));
    expect(amounts).toEqual([...amounts].sort((a, b) => b - a));

    await sortBy(deals, 'Close');
    await expect.poll(() => sortOf(deals, 'Close')).toBe('ascending');
    // The cells read "Jan 15, 2028"; sorted by the days they stand for, not by their words.
    const closes = (await shownRows(deals)).map((r) => isoDayOf(r[5]!));
    expect(closes).toEqual([...closes].sort());
    await shoot(page, 'list-pipeline-by-close');

    const { bytes } = await exportList(page, 'Open partner deals', 'Excel workbook (.xlsx)');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(typeof sheet.getCell('D2').value).toBe('number');
    expect(sheet.getCell('F2').value).toBeInstanceOf(Date);
    expect((sheet.getCell('F2').value as Date).toISOString().slice(0, 10)).toBe(closes[0]);

    // Away to another screen and back: the pipeline is still sorted by close date.
    await page.getByRole('link', { name: 'Partners', exact: true }).click();
    await expect.poll(() => deals.count()).toBe(0);
    await page.getByRole('link', { name: 'Pipeline', exact: true }).click();
    await expect.poll(() => sortOf(deals, 'Close'), { timeout: 20_000 }).toBe('ascending');
    expect(await sortOf(deals, 'Amount')).toBeNull();
    expect((await shownRows(deals)).map((r) => isoDayOf(r[5]!))).toEqual(closes);
  });

  it('draws the other lists with the same table', async () => {
    for (const [link, table] of [
      ['Certifications', 'Expiring certifications'],
      ['Joint solutions', 'Joint solutions'],
      ['QBR', /QBR .* per partner/],
    ] as const) {
      await page.getByRole('link', { name: link, exact: true }).click();
      const list = page.getByRole('table', { name: table });
      await expect.poll(() => list.getByRole('columnheader').count(), { timeout: 20_000 }).toBeGreaterThan(2);
      await expect.poll(async () => (await list.locator('tbody tr').count()) > 0).toBe(true);
      await shoot(page, `list-${link.toLowerCase().replace(/\s+/g, '-')}`);
    }
    expect(session.errors).toEqual([]);
  });
});
