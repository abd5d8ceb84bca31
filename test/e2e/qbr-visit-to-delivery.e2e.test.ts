import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoWorkspace } from '../../shared/demo';
import { halfOf } from '../../shared/domain/plan-period';
import { quarterOf, quarterRange, shiftQuarter, CALENDAR_YEAR } from '../../shared/domain/quarter';
import { activate } from './activate';
import { choose } from './choose';
import { openHqSession, SYNC_TIMEOUT, waitSynced, type HqSession } from './hq-session';
import { scrollToRow } from './list-rows';
import { SHOTS, shoot } from './screenshots';

const localToday = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};
const TODAY = localToday();
const QUARTER = quarterOf(TODAY, CALENDAR_YEAR);
const HALF = halfOf(TODAY, CALENDAR_YEAR);
const MANAGER = 'manager1@demo.test';
const demo = demoWorkspace(TODAY);
const territoryName = demo.records.territories.find((t) => t.id === demo.users.find((u) => u.email === MANAGER)!.territoryIds[0])!.name;

// What the partner and the manager agree in the room, each to be found again in the pack they take away.
const PARTNER = 'Wayfarer Freight Systems';
const OBJECTIVE = 'Reference customers signed';
const VISIT = 'Kick-off at Wayfarer HQ';
const VISIT_NOTES = 'Both sides back the retail logistics bundle.';
/** Due on the last day of this quarter: reviewed in this quarter's pack. */
const THIS_QUARTER = { what: 'Publish the joint case study', owner: 'Ana Lopez', due: quarterRange(QUARTER, CALENDAR_YEAR).end };
/** Due early next quarter: in the pack's look ahead, with its owner and date. */
const NEXT_QUARTER = { what: 'Train six Wayfarer engineers', owner: 'Sam Rivera', due: quarterRange(shiftQuarter(QUARTER, 1), CALENDAR_YEAR).start };
const ATTENDEE = 'Ana Lopez';

const objective = (page: Page, n: number) => page.getByRole('region', { name: new RegExp(`^Objective ${n}:`) });
const xmlEscape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
const oneLine = (text: string) => text.replace(/\s+/g, ' ');

/** Every cell's text of every sheet, one string, as a reader scanning the workbook would see it (dates as the ISO day the pack writes). */
const workbookText = async (bytes: Uint8Array) => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const cells: string[] = [];
  workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => void cells.push(cell.value instanceof Date ? cell.value.toISOString().slice(0, 10) : cell.text))));
  return cells.join('\n');
};

// Issue 12, the whole of one QBR as the manager lives it: at the partner's site with no network, a plan
// made and agreed, a visit note marked to share, two commitments; the partner pack exported and
// checked in all three files; the pack marked delivered; back online, HQ counts that delivery.
describe('from a visit at the partner to a delivered QBR, offline then synced', () => {
  let session: HqSession;
  let manager: Page;
  let hq: Page;
  let work: string;
  let hqDeliveredBefore = 0;
  const files: Record<string, Uint8Array> = {};

  const deliveredCount = async (page: Page) => Number(/^(\d+) of \d+ partners had their/.exec((await page.getByTestId('qbr-delivered-count').textContent()) ?? '')?.[1]);
  const partnerRow = (page: Page): Promise<Locator> =>
    scrollToRow(page.getByRole('table', { name: /per partner/ }), page.getByRole('link', { name: PARTNER, exact: true }));
  const openQbrScreen = async (page: Page) => {
    await page.evaluate(() => (window.location.hash = '#/qbr'));
    await expect.poll(() => page.getByTestId('qbr-delivered-count').count(), SYNC_TIMEOUT).toBe(1);
    await choose(page, 'Territory', territoryName);
  };

  beforeAll(async () => {
    await mkdir(SHOTS, { recursive: true });
    work = await mkdtemp(join(tmpdir(), 'qbr-visit-'));
    session = await openHqSession(TODAY);
  }, 180_000);

  afterAll(async () => {
    await session?.close();
    if (work) await rm(work, { recursive: true, force: true });
  });

  it('HQ reads the territory’s deliveries before the visit', async () => {
    hq = await session.signIn('hq@demo.test');
    await openQbrScreen(hq);
    hqDeliveredBefore = await deliveredCount(hq);
    expect(hqDeliveredBefore).toBeGreaterThanOrEqual(0);
  }, 120_000);

  it('offline at the partner’s site: a new partner, its plan for this half made and agreed', async () => {
    manager = await session.signIn(MANAGER);
    await manager.context().setOffline(true);
    await manager.getByRole('button', { name: 'New partner' }).click();
    const dialog = manager.getByRole('dialog');
    await dialog.getByLabel('Name').fill(PARTNER);
    await dialog.getByLabel('Region').fill('Nordics');
    await dialog.getByLabel('Vertical').fill('Logistics');
    await dialog.getByRole('button', { name: 'Add partner' }).click();
    await expect.poll(() => manager.getByRole('dialog').count()).toBe(0);
    await manager.getByLabel('Search partners').fill('wayfarer');
    await manager.getByRole('link', { name: PARTNER }).click();

    // The tier card above it grows once assessed: pressed by keyboard, not clicked where it was.
    await activate(manager.getByRole('button', { name: `Make the ${HALF} plan` }));
    await manager.getByRole('button', { name: 'Create plan' }).click();
    await expect.poll(() => manager.getByTestId('plan-status').textContent()).toBe('Draft');
    await manager.getByRole('button', { name: 'Add objective' }).click();
    const o = objective(manager, 1);
    await choose(manager, 'Kind', 'Custom (actual typed in)', o);
    await o.getByRole('textbox', { name: 'Objective' }).fill(OBJECTIVE);
    await o.getByLabel('Target').fill('4');
    await o.getByLabel('Actual to date').fill('1');
    expect(await o.getByLabel('Weight (%)').inputValue()).toBe('100');
    await manager.getByRole('button', { name: 'Save plan' }).click();
    await expect.poll(() => manager.getByRole('button', { name: 'Agree plan…' }).isEnabled()).toBe(true);

    await manager.getByRole('button', { name: 'Agree plan…' }).click();
    const agree = manager.getByRole('dialog');
    await agree.getByLabel('Vendor name').fill('Sam Rivera');
    await agree.getByLabel('Partner name').fill('Ana Lopez');
    expect(await agree.getByLabel('Agreement date').inputValue()).toBe(TODAY);
    await agree.getByRole('button', { name: 'Agree plan' }).click();
    await expect.poll(() => manager.getByTestId('plan-status').textContent()).toBe('Agreed');
    // Nothing has reached the server: the partner and its plan wait in the outbox.
    await expect.poll(() => manager.getByTestId('pending-count').textContent()).toMatch(/^\d+ changes to sync$/);
  }, 120_000);

  it('offline: the visit note marked to share and two commitments, this quarter’s and next', async () => {
    await manager.getByRole('tab', { name: 'Activity & commitments' }).click();
    await manager.getByRole('button', { name: 'Log visit or call' }).click();
    let dialog = manager.getByRole('dialog');
    await dialog.getByLabel('Subject').fill(VISIT);
    await dialog.getByRole('textbox', { name: 'Notes' }).fill(VISIT_NOTES);
    await dialog.getByRole('checkbox', { name: 'Share these notes with the partner (shown in their QBR pack)' }).check();
    await dialog.getByRole('button', { name: 'Save note' }).click();
    const note = manager.getByRole('list', { name: 'Activities' }).getByRole('listitem', { name: VISIT });
    await expect.poll(() => note.getByText('Shared', { exact: true }).count()).toBe(1);

    const commitments = manager.getByRole('table', { name: 'Commitments' });
    for (const c of [THIS_QUARTER, NEXT_QUARTER]) {
      await manager.getByRole('button', { name: 'Add commitment' }).click();
      dialog = manager.getByRole('dialog');
      await dialog.getByLabel('What was agreed').fill(c.what);
      await dialog.getByRole('textbox', { name: 'Owner' }).fill(c.owner);
      await dialog.getByLabel('Due date').fill(c.due);
      await dialog.getByRole('button', { name: 'Save' }).click();
      await expect.poll(() => manager.getByRole('dialog').count()).toBe(0);
      await expect.poll(() => commitments.getByRole('row').filter({ hasText: c.what }).textContent()).toContain(c.owner);
    }
  }, 120_000);

  it('offline: exports the partner pack, and the plan, the shared note and both commitments are in all three files', async () => {
    await manager.getByRole('tab', { name: 'QBR' }).click();
    await manager.getByRole('button', { name: 'Export QBR pack…' }).click();
    const dialog = manager.getByRole('dialog');
    expect(await dialog.getByRole('radio', { name: /^Partner pack/ }).isChecked()).toBe(true);
    const [download] = await Promise.all([manager.waitForEvent('download', { timeout: 90_000 }), dialog.getByRole('button', { name: 'Export pack' }).click()]);
    const zipPath = join(work, 'pack.zip');
    await download.saveAs(zipPath);
    const zip = unzipSync(new Uint8Array(await readFile(zipPath)));
    for (const [name, bytes] of Object.entries(zip)) files[name.split('.').pop()!] = bytes;
    expect(Object.keys(files).sort()).toEqual(['pdf', 'pptx', 'xlsx']);

    const deck = unzipSync(files.pptx!);
    const slides = Object.keys(deck).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));
    const slideText = slides.map((n) => new TextDecoder().decode(deck[n])).join('\n');
    await writeFile(join(work, 'pack.pdf'), files.pdf!);
    const pdfText = oneLine(execFileSync('pdftotext', ['-layout', join(work, 'pack.pdf'), '-'], { encoding: 'utf8' }));
    const cells = await workbookText(files.xlsx!);

    for (const text of [PARTNER, OBJECTIVE, VISIT, VISIT_NOTES, THIS_QUARTER.what, NEXT_QUARTER.what, NEXT_QUARTER.owner]) {
      expect(slideText, `the deck names “${text}”`).toContain(xmlEscape(text));
      expect(pdfText, `the PDF names “${text}”`).toContain(text);
      expect(cells, `the workbook names “${text}”`).toContain(text);
    }
    // The plan as it was agreed, with its standing: 1 of 4 is 25% attained.
    expect(pdfText).toMatch(/Agreed/);
    expect(pdfText).toMatch(/25%/);
    // Next quarter's commitment carries its date, as the partner will hold the vendor to it.
    expect(cells).toContain(NEXT_QUARTER.due);
    await expect.poll(() => manager.getByRole('dialog').count(), SYNC_TIMEOUT).toBe(0);
  }, 180_000);

  it('offline: marks the pack delivered, with who attended', async () => {
    const pack = manager.getByRole('list', { name: 'QBR packs' }).getByRole('listitem').first();
    await expect.poll(() => pack.textContent()).toMatch(/Not marked delivered yet/);
    await pack.getByRole('button', { name: 'Mark delivered…' }).click();
    const dialog = manager.getByRole('dialog');
    expect(await dialog.getByLabel('Delivery date').inputValue()).toBe(TODAY);
    const who = dialog.getByLabel('Who attended');
    await who.fill(ATTENDEE);
    await who.press('Enter');
    await dialog.getByRole('button', { name: 'Mark delivered' }).click();
    await expect.poll(() => manager.getByRole('dialog').count()).toBe(0);
    await expect.poll(() => manager.getByTestId('last-qbr').textContent()).toMatch(new RegExp(`^Last QBR delivered: ${QUARTER}, .* with ${ATTENDEE}\\.$`));
    await shoot(manager, 'qbr-visit-to-delivery-delivered');
  }, 120_000);

  it('back online, everything syncs and HQ’s QBR screen counts the delivery', async () => {
    await manager.context().setOffline(false);
    await waitSynced(manager);
    await hq.getByTestId('sync-status').getByRole('button').first().click();
    await waitSynced(hq);
    await expect.poll(() => deliveredCount(hq), SYNC_TIMEOUT).toBe(hqDeliveredBefore + 1);
    const cells = (await partnerRow(hq)).getByRole('cell');
    await expect.poll(() => cells.nth(2).textContent(), SYNC_TIMEOUT).toMatch(/^Delivered /);
    expect(await cells.nth(3).textContent()).toContain(ATTENDEE);
    expect(session.errors).toEqual([]);
  }, 120_000);
});
