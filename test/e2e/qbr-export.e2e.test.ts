import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { quarterOf, CALENDAR_YEAR } from '../../shared/domain/quarter';
import { openDemoSession, waitForOfflineCopy, type DemoSession } from './web-build';
import { choose } from './choose';

const SHOTS = 'test-artifacts/screenshots';
/** The vendor name HQ sets in the branding editor; the exported deck and PDF must carry it. */
const VENDOR = 'Northwind Cloud Alliances';

const xmlEscape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
const localToday = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

// A manager exports a partner's QBR pack with the network off, in real Chromium against the production web build (demo mode).
describe('QBR pack export, offline', () => {
  let session: DemoSession;
  let site: DemoSession['site'];
  let context: BrowserContext;
  let page: Page;
  let work: string;
  const quarter = quarterOf(localToday(), CALENDAR_YEAR);
  let partnerName = '';

  beforeAll(async () => {
    await mkdir(SHOTS, { recursive: true });
    work = await mkdtemp(join(tmpdir(), 'qbr-e2e-'));
    session = await openDemoSession({ acceptDownloads: true });
    ({ site, context, page } = session);
  }, 180_000);

  afterAll(async () => {
    await session?.close();
    if (work) await rm(work, { recursive: true, force: true });
  });

  it('opens a partner offline and shows the QBR prep', async () => {
    await page.goto(site.url);
    await expect.poll(() => page.getByTestId('partner-count').textContent(), { timeout: 30_000 }).toMatch(/^\d+ partners$/);
    const first = page.getByRole('table').first().getByRole('link').first();
    partnerName = (await first.textContent())!.trim();
    // The first visit installs the service worker, which keeps every screen's code and the export writers.
    await waitForOfflineCopy(page);

    await context.setOffline(true);
    // With no network at all the app still loads: from the service worker's copy.
    await page.reload();
    await expect.poll(() => page.getByTestId('partner-count').textContent(), { timeout: 30_000 }).toMatch(/^\d+ partners$/);
    await page.getByRole('link', { name: partnerName, exact: true }).first().click();
    await expect.poll(() => page.getByRole('heading', { level: 2 }).first().textContent()).toBe(partnerName);
    await page.getByRole('tab', { name: 'QBR' }).click();
    await expect.poll(() => page.getByTestId('qbr-prep').count()).toBe(1);
    await expect.poll(() => page.getByTestId('last-qbr').textContent()).toBe('No QBR pack delivered yet.');
    // Let the tab indicator finish sliding to the QBR tab before the picture.
    // Once nothing is moving (the tab's fade-in), so the shot never catches a half-drawn page.
    await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
    await page.screenshot({ path: `${SHOTS}/qbr-prep.png`, fullPage: true });
  });

  it('lets HQ set the vendor branding that every pack carries', async () => {
    // The demo's role switch stands in for an HQ lead's device; the settings record syncs like any other.
    const switchRole = (name: string) => choose(page, 'Demo role', name);
    await switchRole('HQ program lead');
    await page.getByRole('link', { name: 'Program rules', exact: true }).click();
    const editor = page.getByTestId('branding-editor');
    await editor.getByLabel('Vendor name').fill(VENDOR);
    await editor.getByRole('button', { name: 'Save branding' }).click();
    await expect.poll(() => page.getByText('Program branding saved').count()).toBe(1);
    await switchRole('Partner manager');
    await expect.poll(() => page.getByRole('link', { name: 'Program rules', exact: true }).count()).toBe(0);
    await page.evaluate(() => (window.location.hash = '#/partners'));
    await page.getByRole('link', { name: partnerName, exact: true }).first().click();
    await page.getByRole('tab', { name: 'QBR' }).click();
    await expect.poll(() => page.getByTestId('qbr-prep').count()).toBe(1);
  });

  it('exports the pack as one .zip with the deck, PDF and workbook, and logs the QBR record', async () => {
    await page.getByRole('button', { name: 'Export QBR pack…' }).click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.getByRole('button', { name: 'Export pack' }).isEnabled()).toBe(true);
    await page.screenshot({ path: `${SHOTS}/qbr-export-dialog.png` });

    // No format chosen: the export says so and waits.
    for (const name of ['PowerPoint deck (.pptx)', 'PDF (.pdf)', 'Excel workbook (.xlsx)']) await dialog.getByLabel(name).uncheck();
    await expect.poll(() => dialog.getByText('Choose at least one format').count()).toBe(1);
    expect(await dialog.getByRole('button', { name: 'Export pack' }).isDisabled()).toBe(true);
    for (const name of ['PowerPoint deck (.pptx)', 'PDF (.pdf)', 'Excel workbook (.xlsx)']) await dialog.getByLabel(name).check();

    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 90_000 }), dialog.getByRole('button', { name: 'Export pack' }).click()]);
    expect(download.suggestedFilename()).toMatch(new RegExp(`${quarter} QBR\\.zip$`));
    const zipPath = join(work, 'pack.zip');
    await download.saveAs(zipPath);
    const files = unzipSync(new Uint8Array(await readFile(zipPath)));
    const names = Object.keys(files).sort();
    expect(names.map((n) => n.split('.').pop())).toEqual(['pdf', 'pptx', 'xlsx']);
    const file = (ext: string) => files[names.find((n) => n.endsWith(`.${ext}`))!]!;

    // The deck: a zip of slides, the partner named on them.
    const deck = unzipSync(file('pptx'));
    const slides = Object.keys(deck).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));
    expect(slides.length).toBeGreaterThan(5);
    const slideText = slides.map((n) => new TextDecoder().decode(deck[n])).join('\n');
    expect(slideText).toContain(xmlEscape(partnerName));
    expect(slideText).toContain(VENDOR);

    // The workbook: a sheet per section the pack holds. The dialog's default is the partner pack, so never the
    // vendor's investment and ROI or the program's own scorecard (sections with no data are left out).
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file('xlsx').buffer as ArrayBuffer);
    const sheets = workbook.worksheets.map((w) => w.name);
    expect(sheets.slice(0, 3)).toEqual(['Cover', 'Agenda', 'At a glance']);
    expect(sheets.at(-1)).toBe('Metric definitions');
    expect(sheets).not.toContain('Investment and ROI');
    expect(sheets).not.toContain('Scorecard');

    // The PDF: its text names the partner and the quarter.
    const pdfPath = join(work, 'pack.pdf');
    await writeFile(pdfPath, file('pdf'));
    const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain(partnerName.replace(/\s+/g, ' '));
    expect(text).toContain(quarter);
    expect(text).toContain(VENDOR);

    // The export is on record as an export, not a delivery (the manager marks that), and the partner page says so.
    await expect.poll(() => page.getByRole('dialog').count(), { timeout: 30_000 }).toBe(0);
    const exported = new RegExp(`^No QBR delivered yet\\. Last export: Partner pack ${quarter}, exported .* \\(PPTX, PDF, XLSX\\), not marked delivered\\.$`);
    await expect.poll(() => page.getByTestId('last-qbr').textContent()).toMatch(exported);
    await page.getByRole('tab', { name: 'Overview' }).click();
    await expect.poll(() => page.getByTestId('last-qbr').textContent()).toMatch(exported);
  });

  it('lists the exported pack on the QBR screen, not yet delivered', async () => {
    // Still offline: the QBR screen's code comes from the service worker's copy too.
    await page.evaluate(() => (window.location.hash = '#/qbr'));
    const table = page.getByRole('table', { name: new RegExp(`QBR ${quarter} per partner`) });
    const row = table.getByRole('row').filter({ has: page.getByRole('link', { name: partnerName, exact: true }) });
    await expect.poll(() => row.getByRole('cell').nth(2).textContent()).toMatch(/^Exported .*, not delivered$/);
    await expect.poll(() => page.getByTestId('qbr-delivered-count').textContent()).toMatch(new RegExp(`^\\d+ of \\d+ partners had their ${quarter} QBR delivered$`));
  });

  it('shows the export on the dashboard as waiting to be delivered, not as a delivery', async () => {
    await page.evaluate(() => (window.location.hash = '#/dashboard'));
    const card = page.getByLabel('QBR delivery');
    await expect.poll(() => card.count(), { timeout: 30_000 }).toBe(1);
    // The dashboard opens on one territory: look through each for the partner's delivery.
    const territory = page.getByRole('combobox', { name: 'Territory' });
    await territory.click();
    const options = await page.getByRole('option').allTextContents();
    await page.keyboard.press('Escape');
    let waiting = false;
    for (const option of options) {
      await choose(page, 'Territory', option);
      await expect.poll(() => card.textContent()).toMatch(new RegExp(`partners had their ${quarter} QBR delivered`));
      if (/; \d+ more exported, not yet marked delivered/.test((await card.textContent()) ?? '')) {
        waiting = true;
        break;
      }
    }
    expect(waiting).toBe(true);
    // The export alone is no delivery: the partner is not among the reviews held.
    expect(await card.getByRole('link', { name: partnerName, exact: true }).count()).toBe(0);
    await page.evaluate(() => (window.location.hash = '#/qbr'));
    await expect.poll(() => page.getByTestId('qbr-delivered-count').count()).toBe(1);
  });

  it('exports a territory in one batch: progress, one .zip of every pack, a report at the end', async () => {
    await page.getByRole('combobox', { name: 'Territory' }).click();
    await page.getByRole('option').nth(1).click();
    await page.getByRole('button', { name: /^Export packs for / }).click();
    const dialog = page.getByRole('dialog');
    const partners = Number(/\((\d+) partners?\)/.exec((await dialog.getByRole('heading').textContent())!)![1]);
    // The workbook alone keeps the batch quick; the formats were checked above.
    for (const name of ['PowerPoint deck (.pptx)', 'PDF (.pdf)']) await dialog.getByLabel(name).uncheck();
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 110_000 }), dialog.getByRole('button', { name: 'Export packs' }).click()]);
    const zipPath = join(work, 'batch.zip');
    await download.saveAs(zipPath);
    const names = Object.keys(unzipSync(new Uint8Array(await readFile(zipPath))));
    await expect.poll(() => dialog.getByTestId('qbr-batch-report').textContent(), { timeout: 30_000 }).toMatch(/^Saved \d+ packs? of \d+/);
    const report = (await dialog.getByTestId('qbr-batch-report').textContent())!;
    const saved = Number(/^Saved (\d+)/.exec(report)![1]);
    expect(names).toHaveLength(saved);
    expect(names.every((n) => n.endsWith(`${quarter} QBR.xlsx`))).toBe(true);
    // Partners whose data cannot make a pack are named with the reason, not silently dropped.
    expect(saved + (await dialog.getByRole('listitem').count())).toBe(partners);
    await page.screenshot({ path: `${SHOTS}/qbr-batch-report.png` });
    expect(session.errors).toEqual([]);
  }, 150_000);
});
