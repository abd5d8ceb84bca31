import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { choose } from './choose';
import { SHOTS, shoot } from './screenshots';
import { openDemoSession, waitForOfflineCopy, type DemoSession } from './web-build';
import { holdStoreOnceFilled } from './idb-hold';

const SAMPLE = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/import/salesforce-accounts-report.csv');
/** The partner accounts of the sample; its fifth row is a customer, which the suggested value mapping leaves out. */
const CONTACTS = join(dirname(SAMPLE), 'salesforce-contacts-dataloader.csv');
/** Rows of the generated file for Cancel: several chunks of 500, so a click lands between two. */
const BULK_ROWS = 6000;
const IMPORTED = ['Acme Software, Inc.', 'Northwind Traders Ltd', 'Müller Systemhaus GmbH', 'Globex Devices Corp.'];

/** The partner count for exactly this search, once the list has filtered for it. */
const countFor = async (page: Page, search: string) => {
  await page.getByLabel('Search partners').fill(search);
  const count = page.locator(`[data-testid="partner-count"][data-search="${search}"]`);
  await expect.poll(() => count.count()).toBe(1);
  return count.textContent();
};

const selectShows = (scope: Locator, label: string) => scope.getByRole('combobox', { name: label, exact: true }).textContent();

// A partner-ops person brings a Salesforce accounts report in with the network off, imports it again, then undoes it.
describe('CRM import, offline', () => {
  let session: DemoSession;
  let page: Page;
  let dialog: Locator;

  const next = () => dialog.getByRole('button', { name: 'Next', exact: true }).click();
  const stepIs = (label: string) => expect.poll(() => dialog.locator('.MuiStepLabel-label.Mui-active').textContent()).toBe(label);
  const openWithSample = async () => {
    await page.getByRole('button', { name: 'Import…' }).click();
    await expect.poll(() => dialog.count()).toBe(1);
    await dialog.getByTestId('import-file').setInputFiles(SAMPLE);
    await expect.poll(() => dialog.getByTestId('import-file-summary').textContent()).toContain('Source detected: Salesforce report export of partners');
  };

  beforeAll(async () => {
    await mkdir(SHOTS, { recursive: true });
    session = await openDemoSession();
    page = session.page;
    dialog = page.getByRole('dialog', { name: 'Import from a CRM' });
  }, 180_000);

  afterAll(async () => {
    await session?.close();
  });

  it('opens the app with no network at all', async () => {
    await page.goto(session.site.url);
    await expect.poll(() => page.getByTestId('partner-count').textContent(), { timeout: 30_000 }).toMatch(/^\d+ partners$/);
    await waitForOfflineCopy(page);
    await session.context.setOffline(true);
    await page.reload();
    await expect.poll(() => page.getByTestId('partner-count').textContent(), { timeout: 30_000 }).toMatch(/^\d+ partners$/);
  });

  it('imports the sample: source detected, columns and values mapped, rows previewed and checked, a dry run, applied', async () => {
    for (const name of IMPORTED) expect(await countFor(page, name)).toBe('0 partners');
    await page.getByLabel('Search partners').fill('');

    await page.getByRole('button', { name: 'Import…' }).click();
    await expect.poll(() => dialog.getByText('No imports yet on this device.').count()).toBe(1);
    await dialog.getByTestId('import-file').setInputFiles(SAMPLE);
    await expect.poll(() => dialog.getByTestId('import-file-summary').textContent()).toContain('Source detected: Salesforce report export of partners');
    expect(await selectShows(dialog, 'Records in the file')).toBe('Partners');
    await shoot(page, 'import-1-file');

    await next();
    await stepIs('Map columns');
    expect(await selectShows(dialog, 'Name')).toBe('Account Name');
    expect(await selectShows(dialog, 'Partner type')).toBe('Type');
    expect(await selectShows(dialog, 'Id in the source CRM')).toBe('Account ID');
    // A column the suggestion left out is chosen by hand, as a user maps any file.
    expect(await selectShows(dialog, 'Vertical')).toBe('Industry');
    await choose(page, 'Notes', 'Description', dialog);
    // A field no column fills says what new partners get there.
    const mappingLine = (field: string) => dialog.getByRole('table', { name: 'Column mapping' }).getByRole('row').filter({ has: page.getByRole('cell', { name: field, exact: true }) });
    expect(await mappingLine('Tier').textContent()).toContain('New records: Registered');
    expect(await mappingLine('Enrollment date').textContent()).toContain("New records: the import's date");
    await shoot(page, 'import-2-columns', { fullPage: true });

    await next();
    await stepIs('Map values');
    expect(await selectShows(dialog, 'Partner type: Technology Partner')).toBe('ISV');
    expect(await selectShows(dialog, 'Partner type: Channel Partner / Reseller')).toBe('Reseller');
    expect(await selectShows(dialog, 'Partner type: Customer - Direct')).toBe('Leave these rows out');
    await shoot(page, 'import-3-values', { fullPage: true });

    await next();
    await stepIs('Preview and check');
    const preview = dialog.getByRole('table', { name: 'Preview' });
    await expect.poll(() => preview.locator('tbody tr').count()).toBe(4);
    const firstRow = await preview.locator('tbody tr').first().locator('td').allTextContents();
    expect(firstRow.slice(0, 5)).toEqual(['2', 'New', '0015g00000AbCdE', 'Acme Software, Inc.', 'https://www.acme-software.com']);
    expect(firstRow).toContain('ISV');
    expect(await dialog.getByText('No errors: every row can be imported as it stands.').count()).toBe(1);
    await shoot(page, 'import-4-preview', { fullPage: true });

    await next();
    await stepIs('Summary');
    expect(await dialog.getByTestId('import-summary').textContent()).toBe('Dry run, nothing written yet: 4 new, 0 updated, 0 unchanged, 1 skipped, 0 errors, 0 possible duplicates.');
    await shoot(page, 'import-5-summary');

    await dialog.getByRole('button', { name: 'Apply', exact: true }).click();
    await expect.poll(() => dialog.getByTestId('import-result').textContent(), { timeout: 30_000 }).toContain('Import done: 4 of 4 rows written or checked.');
    expect(await dialog.getByRole('button', { name: 'Undo import' }).count()).toBe(1);
    await shoot(page, 'import-6-applied');
    await dialog.getByRole('button', { name: 'Close', exact: true }).click();
    await expect.poll(() => dialog.count()).toBe(0);

    for (const name of IMPORTED) expect(await countFor(page, name)).toBe('1 partner');
    expect(await countFor(page, 'Initech')).toBe('0 partners');
    await shoot(page, 'import-7-partners-listed');
    await page.getByLabel('Search partners').fill('');
  });

  it('imports the same file again with the mapping it saved: nothing new, nothing updated', async () => {
    await openWithSample();
    expect(await dialog.getByTestId('import-file-summary').textContent()).toContain('Columns mapped as you saved them last time.');
    await next();
    await stepIs('Map columns');
    expect(await selectShows(dialog, 'Notes')).toBe('Description');
    await next();
    await next();
    await stepIs('Preview and check');
    await expect.poll(() => dialog.getByRole('table', { name: 'Preview' }).locator('tbody tr').first().locator('td').nth(1).textContent()).toBe('Unchanged');
    await next();
    await stepIs('Summary');
    expect(await dialog.getByTestId('import-summary').textContent()).toBe('Dry run, nothing written yet: 0 new, 0 updated, 4 unchanged, 1 skipped, 0 errors, 0 possible duplicates.');
    await shoot(page, 'import-8-reimport-summary');
    await dialog.getByRole('button', { name: 'Apply', exact: true }).click();
    await expect.poll(() => dialog.getByTestId('import-result').textContent(), { timeout: 30_000 }).toContain('Import done: 4 of 4 rows');
    // Nothing was written, so there is nothing to undo.
    expect(await dialog.getByRole('button', { name: 'Undo import' }).count()).toBe(0);
    await dialog.getByRole('button', { name: 'Close', exact: true }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    for (const name of IMPORTED) expect(await countFor(page, name)).toBe('1 partner');
    await page.getByLabel('Search partners').fill('');
  });

  it('undoes the first import from the list of past imports: its partners are gone', async () => {
    await page.getByRole('button', { name: 'Import…' }).click();
    const past = dialog.getByRole('table', { name: 'Past imports' });
    await expect.poll(() => past.locator('tbody tr').count()).toBe(2);
    const rows = await past.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')));
    // Newest first: the re-import (nothing to undo), then the first import.
    expect(rows.map((r) => [r[1], r[2], r[3], r[4], r[5]])).toEqual([
      ['Demo partner manager', 'salesforce-accounts-report.csv', 'Partners', '0 new, 0 updated, 4 unchanged, 1 skipped, 0 errors', 'Applied'],
      ['Demo partner manager', 'salesforce-accounts-report.csv', 'Partners', '4 new, 0 updated, 0 unchanged, 1 skipped, 0 errors', 'Applied'],
    ]);
    const undo = past.getByRole('button', { name: /^Undo import of salesforce-accounts-report\.csv/ });
    await expect.poll(() => undo.count()).toBe(1);
    await shoot(page, 'import-9-past-imports');
    await undo.click();
    await expect.poll(() => dialog.getByText('Import undone: 4 records put back as they were.').count()).toBe(1);
    await expect.poll(async () => (await past.locator('tbody tr').nth(1).locator('td').nth(5).textContent())).toBe('Undone');
    await shoot(page, 'import-10-undone');
    await dialog.getByRole('button', { name: 'Cancel', exact: true }).click();
    await expect.poll(() => dialog.count()).toBe(0);

    for (const name of IMPORTED) expect(await countFor(page, name)).toBe('0 partners');
    await page.getByLabel('Search partners').fill('');
  });

  it('names each bad row by row, column and field, and asks about a possible duplicate: merged into the stored partner', async () => {
    // A partner the manager typed in by hand, under a name close to the CRM's.
    await page.getByRole('button', { name: 'New partner' }).click();
    const form = page.getByRole('dialog');
    await form.getByLabel('Name').fill('Globex Device Corp');
    await form.getByLabel('Region').fill('United States');
    await form.getByLabel('Vertical').fill('Hardware');
    await choose(page, 'Partner type', 'ISV', form);
    await form.getByRole('button', { name: 'Add partner' }).click();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await page.evaluate(() => (window.location.hash = '#/partners'));
    expect(await countFor(page, 'Globex')).toBe('1 partner');

    await openWithSample();
    await next();
    await next();
    await stepIs('Map values');
    // Installation Partner left without a value of ours: Müller's row cannot be stored.
    await choose(page, 'Partner type: Installation Partner', '(choose a value)', dialog);
    await next();
    await stepIs('Preview and check');
    const errors = dialog.getByRole('list', { name: 'Row errors' });
    await expect.poll(() => errors.getByRole('listitem').allTextContents()).toEqual([
      'Row 4, column "Type": Partner type "Installation Partner" is not mapped to one of ours yet: choose a value for it in the value mapping',
    ]);
    await shoot(page, 'import-11-row-errors');

    await next();
    await stepIs('Summary');
    expect(await dialog.getByTestId('import-summary').textContent()).toBe('Dry run, nothing written yet: 2 new, 0 updated, 0 unchanged, 1 skipped, 1 error, 1 possible duplicate.');
    const merge = dialog.getByRole('radio', { name: 'Merge into Globex Device Corp' });
    expect(await dialog.getByRole('radio', { name: 'Create new' }).count()).toBe(1);
    expect(await dialog.getByRole('radio', { name: 'Skip' }).count()).toBe(1);
    await merge.check();
    await expect.poll(() => dialog.getByTestId('import-summary').textContent()).toBe('Dry run, nothing written yet: 2 new, 1 updated, 0 unchanged, 1 skipped, 1 error, 0 possible duplicates.');
    // The row stays listed with the choice made for it.
    expect(await merge.isChecked()).toBe(true);
    await shoot(page, 'import-12-duplicate-merged');

    await dialog.getByRole('button', { name: 'Apply', exact: true }).click();
    await expect.poll(() => dialog.getByTestId('import-result').textContent(), { timeout: 30_000 }).toContain('Import done: 3 of 3 rows written or checked.');
    await dialog.getByRole('button', { name: 'Close', exact: true }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    // Merged: one Globex, now under the CRM's name; Müller was not imported.
    expect(await countFor(page, 'Globex')).toBe('1 partner');
    expect(await countFor(page, 'Globex Devices Corp.')).toBe('1 partner');
    expect(await countFor(page, 'Müller')).toBe('0 partners');
    await page.getByLabel('Search partners').fill('');
  });

  it('cancels a big import between chunks, says how far it got, and undoes what it wrote', async () => {
    const rows = Array.from({ length: BULK_ROWS }, (_, i) => `Bulk Partner ${String(i + 1).padStart(4, '0')},Reseller,bulk${i + 1}.example`);
    await page.getByRole('button', { name: 'Import…' }).click();
    await dialog.getByTestId('import-file').setInputFiles({ name: 'bulk-partners.csv', mimeType: 'text/csv', buffer: Buffer.from(['Account Name,Type,Website', ...rows].join('\n')) });
    await expect.poll(() => dialog.getByTestId('import-file-summary').textContent()).toContain('Not an export we know');
    await next();
    await stepIs('Map columns');
    expect(await selectShows(dialog, 'Name')).toBe('Account Name');
    expect(await selectShows(dialog, 'Partner type')).toBe('Type');
    await next();
    await next();
    await stepIs('Preview and check');
    await next();
    await stepIs('Summary');
    expect(await dialog.getByTestId('import-summary').textContent()).toBe(`Dry run, nothing written yet: ${BULK_ROWS.toLocaleString('en-US')} new, 0 updated, 0 unchanged, 0 skipped, 0 errors, 0 possible duplicates.`);

    // The first chunk's part of the import record is the cue: from it on, the import's record is held, so the
    // next chunk waits and Cancel lands between chunks however fast they are written.
    const hold = await holdStoreOnceFilled(page, 'partner-desk', 'importRunParts', 'importRuns');
    await dialog.getByRole('button', { name: 'Apply', exact: true }).click();
    const progress = dialog.getByTestId('import-progress');
    // Cancel once the first chunk is in: the chunk under way finishes, no further one starts.
    await expect.poll(async () => Number(((await progress.textContent()) ?? '0').split(' ')[0]!.replace(/,/g, '')), { timeout: 30_000 }).toBeGreaterThan(0);
    await shoot(page, 'import-13-progress');
    await dialog.getByRole('button', { name: 'Cancel', exact: true }).click();
    await hold.release();
    const result = dialog.getByTestId('import-result');
    await expect.poll(() => result.textContent(), { timeout: 30_000 }).toMatch(new RegExp(`^Import cancelled after [\\d,]+ of ${BULK_ROWS.toLocaleString('en-US')} rows\\. Those rows are stored; the rest were not written\\.`));
    const written = Number(/after ([\d,]+) of/.exec((await result.textContent())!)![1]!.replace(/,/g, ''));
    expect(written).toBeGreaterThan(0);
    expect(written).toBeLessThan(BULK_ROWS);
    await shoot(page, 'import-14-cancelled');

    await dialog.getByRole('button', { name: 'Undo import' }).click();
    await expect.poll(() => dialog.getByText(`Import undone: ${written.toLocaleString('en-US')} records put back as they were.`).count(), { timeout: 30_000 }).toBe(1);
    await dialog.getByRole('button', { name: 'Close', exact: true }).click();
    expect(await countFor(page, 'Bulk Partner')).toBe('0 partners');
    await page.getByLabel('Search partners').fill('');
  });

  it("imports contacts to the partners they belong to, and names the row whose partner is not here", async () => {
    await page.getByRole('button', { name: 'Import…' }).click();
    await dialog.getByTestId('import-file').setInputFiles(CONTACTS);
    await expect.poll(() => dialog.getByTestId('import-file-summary').textContent()).toContain('Source detected: Salesforce Data Loader export of contacts');
    // The chooser follows the file: a contacts export is imported as contacts.
    expect(await selectShows(dialog, 'Records in the file')).toBe('Contacts');
    await next();
    await stepIs('Map columns');
    expect(await selectShows(dialog, 'Partner id in the source CRM')).toBe('AccountId');
    expect(await selectShows(dialog, 'First name')).toBe('FirstName');
    await next();
    await next();
    await stepIs('Preview and check');
    const preview = dialog.getByRole('table', { name: 'Preview' });
    await expect.poll(() => preview.locator('tbody tr').count()).toBe(2);
    // The contact's partner by its name, the name made of first and last name.
    expect((await preview.locator('tbody tr').first().locator('td').allTextContents()).slice(0, 4)).toEqual(['2', 'New', 'Priya Shah', '0035g00000Aa1Bb']);
    expect(await preview.locator('tbody tr').first().textContent()).toContain('Acme Software, Inc.');
    // Müller was left out of the last partners import, so its contact has no partner to go to.
    const errors = await dialog.getByRole('list', { name: 'Row errors' }).getByRole('listitem').allTextContents();
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^Row 4, column "AccountId": Partner with .* was not found among the stored partners or those in this import: import the partners first$/);
    await shoot(page, 'import-15-contacts-preview', { fullPage: true });
    await next();
    await stepIs('Summary');
    expect(await dialog.getByTestId('import-summary').textContent()).toBe('Dry run, nothing written yet: 2 new, 0 updated, 0 unchanged, 0 skipped, 1 error, 0 possible duplicates.');
    await dialog.getByRole('button', { name: 'Apply', exact: true }).click();
    await expect.poll(() => dialog.getByTestId('import-result').textContent(), { timeout: 30_000 }).toContain('Import done: 2 of 2 rows written or checked.');
    await dialog.getByRole('button', { name: 'Close', exact: true }).click();
    await expect.poll(() => dialog.count()).toBe(0);
  });

  it('refuses a file it cannot read with a sentence that says what to do', async () => {
    await page.getByRole('button', { name: 'Import…' }).click();
    await dialog.getByTestId('import-file').setInputFiles({ name: 'accounts.xls', mimeType: 'application/vnd.ms-excel', buffer: Buffer.from('Account Name\tType\nAcme\tOEM\n') });
    await expect.poll(() => dialog.getByRole('alert').textContent()).toBe('accounts.xls is an old Excel file (.xls). Save it as .xlsx or .csv and import that.');
    expect(await dialog.getByRole('button', { name: 'Next', exact: true }).isDisabled()).toBe(true);
    await dialog.getByRole('button', { name: 'Cancel', exact: true }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    expect(session.errors).toEqual([]);
  });
});
