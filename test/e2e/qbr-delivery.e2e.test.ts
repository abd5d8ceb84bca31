import { mkdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoWorkspace } from '../../shared/demo';
import type { Partner } from '../../shared/domain/partner';
import type { QbrRecord } from '../../shared/domain/qbr';
import { quarterOf, CALENDAR_YEAR } from '../../shared/domain/quarter';
import { choose } from './choose';
import { openHqSession, SYNC_TIMEOUT, waitSynced, type HqSession } from './hq-session';
import { SHOTS, shoot } from './screenshots';

const localToday = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};
const AS_OF = localToday();
const QUARTER = quarterOf(AS_OF, CALENDAR_YEAR);
const MANAGER = 'manager1@demo.test';
/** Typed in by hand: someone of the vendor's side who is no contact of the partner. */
const TYPED_ATTENDEE = 'Jordan Vendorside';

// The demo the server seeds: a partner of manager1's territory, active, whose review of this quarter is not on record as delivered.
const demo = demoWorkspace(AS_OF);
const territory = demo.users.find((u) => u.email === MANAGER)!.territoryIds[0]!;
const deliveredBefore = new Set((demo.records.qbrRecords as QbrRecord[]).filter((r) => r.quarter === QUARTER && r.delivery).map((r) => r.partnerId));
const partner = (demo.records.partners as Partner[])
  .filter((p) => p.territoryId === territory && p.status === 'active' && p.enrolledOn < AS_OF && !deliveredBefore.has(p.id))
  .sort((a, b) => a.name.localeCompare(b.name))[0]!;
const territoryName = demo.records.territories.find((t) => t.id === territory)!.name;

const deliveredCount = async (page: Page) => Number(/^(\d+) of \d+ partners had their/.exec((await page.getByTestId('qbr-delivered-count').textContent()) ?? '')?.[1]);
const waitingCount = async (page: Page) => Number(/^(\d+) partners? ha/.exec((await page.getByTestId('qbr-waiting-count').textContent()) ?? '')?.[1] ?? 0);
const partnerRow = (page: Page): Locator =>
  page.getByRole('table', { name: /per partner/ }).getByRole('row').filter({ has: page.getByRole('link', { name: partner.name, exact: true }) });

// Issue 12: an export is not a delivery. The manager exports a partner pack (previewed first), marks
// it delivered with who attended, and HQ, after sync, counts that review; a batch export counts nothing.
describe('QBR delivery, marked by the manager and counted by HQ', () => {
  let session: HqSession;
  let manager: Page;
  let hq: Page;
  let hqDeliveredBefore = 0;
  const signIn = (email: string) => session.signIn(email);

  const openQbrScreen = async (page: Page, territoryLabel: string) => {
    await page.evaluate(() => (window.location.hash = '#/qbr'));
    await expect.poll(() => page.getByTestId('qbr-delivered-count').count(), SYNC_TIMEOUT).toBe(1);
    await choose(page, 'Territory', territoryLabel);
    await expect.poll(() => partnerRow(page).count()).toBe(1);
  };

  beforeAll(async () => {
    await mkdir(SHOTS, { recursive: true });
    session = await openHqSession(AS_OF);
  }, 180_000);

  afterAll(async () => {
    await session?.close();
  });

  it('HQ sees the partner’s review of the quarter not yet delivered', async () => {
    hq = await signIn('hq@demo.test');
    await openQbrScreen(hq, territoryName);
    hqDeliveredBefore = await deliveredCount(hq);
    expect(await partnerRow(hq).getByRole('cell').nth(2).textContent()).not.toMatch(/^Delivered/);
  }, 120_000);

  it('exports a partner pack, previewed page by page first; the record reads "Exported", not delivered', async () => {
    manager = await signIn(MANAGER);
    await manager.getByLabel('Search partners').fill(partner.name);
    await manager.getByRole('link', { name: partner.name, exact: true }).first().click();
    await manager.getByRole('tab', { name: 'QBR' }).click();
    await manager.getByRole('button', { name: 'Export QBR pack…' }).click();
    const dialog = manager.getByRole('dialog');

    // The partner pack is the default, and the dialog says what it leaves out.
    expect(await dialog.getByRole('radio', { name: /^Partner pack/ }).isChecked()).toBe(true);
    expect(await dialog.getByRole('radio', { name: /^Internal review/ }).isChecked()).toBe(false);
    expect(await dialog.textContent()).toContain('The partner pack leaves out the vendor’s investment in the partner, ROI and program-internal metrics');
    await shoot(manager, 'qbr-export-audience');

    // The preview: the PDF drawn on the device, every page a thumbnail, one page large.
    await dialog.getByRole('button', { name: 'Preview' }).click();
    const preview = dialog.getByTestId('qbr-preview');
    await expect.poll(() => preview.count(), SYNC_TIMEOUT).toBe(1);
    const pages = Number(await preview.getAttribute('data-pages'));
    expect(pages).toBeGreaterThan(3);
    await expect.poll(() => preview.getAttribute('data-thumbnails-drawn'), SYNC_TIMEOUT).toBe(String(pages));
    expect(await dialog.getByRole('button', { name: /^Page \d+$/ }).count()).toBe(pages);
    const large = dialog.getByRole('img', { name: `Page 1 of ${pages}` });
    await expect.poll(() => large.getAttribute('data-drawn')).toBe('true');
    // A drawn page has ink on it, not only the white of an empty canvas.
    const inked = await large.evaluate((canvas: HTMLCanvasElement) => {
      const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
      let dark = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i]! + data[i + 1]! + data[i + 2]! < 384) dark++;
      return dark;
    });
    expect(inked).toBeGreaterThan(1_000);
    await dialog.getByRole('button', { name: 'Next' }).click();
    await expect.poll(() => dialog.getByTestId('qbr-preview-page').textContent()).toBe(`Page 2 of ${pages}`);
    await expect.poll(() => dialog.getByRole('img', { name: `Page 2 of ${pages}` }).getAttribute('data-drawn')).toBe('true');
    await shoot(manager, 'qbr-preview');

    const [download] = await Promise.all([manager.waitForEvent('download', { timeout: 90_000 }), dialog.getByRole('button', { name: 'Export pack' }).click()]);
    const zipPath = join(tmpdir(), `qbr-delivery-${Date.now()}.zip`);
    await download.saveAs(zipPath);
    expect(Object.keys(unzipSync(new Uint8Array(await readFile(zipPath)))).map((n) => n.split('.').pop()).sort()).toEqual(['pdf', 'pptx', 'xlsx']);
    await expect.poll(() => manager.getByRole('dialog').count(), SYNC_TIMEOUT).toBe(0);

    const pack = manager.getByRole('list', { name: 'QBR packs' }).getByRole('listitem').first();
    await expect.poll(() => pack.textContent()).toMatch(new RegExp(`^ExportedPartner pack ${QUARTER}, exported .*Not marked delivered yet`));
    await expect.poll(() => manager.getByTestId('last-qbr').textContent()).toMatch(new RegExp(`(Last export|Since then): Partner pack ${QUARTER}, exported .*, not marked delivered\\.$`));
  }, 180_000);

  it('marks the pack delivered with the day and two attendees: a contact picked, a name typed', async () => {
    const pack = manager.getByRole('list', { name: 'QBR packs' }).getByRole('listitem').first();
    await pack.getByRole('button', { name: 'Mark delivered…' }).click();
    const dialog = manager.getByRole('dialog');
    expect(await dialog.getByLabel('Delivery date').inputValue()).toBe(AS_OF);

    // Nobody named: the dialog says so under the list and stays open.
    await dialog.getByRole('button', { name: 'Mark delivered' }).click();
    await expect.poll(() => dialog.getByText('Attendees must name at least one person who was in the review').count()).toBe(1);

    const who = dialog.getByLabel('Who attended');
    await who.click();
    const contact = manager.getByRole('listbox').getByRole('option').first();
    const contactName = ((await contact.evaluate((li) => li.firstChild?.textContent)) ?? '').trim();
    expect(contactName).not.toBe('');
    await contact.click();
    await who.fill(TYPED_ATTENDEE);
    await who.press('Enter');
    await expect.poll(() => dialog.locator('.MuiChip-root').allTextContents()).toEqual([contactName, TYPED_ATTENDEE]);
    await shoot(manager, 'qbr-mark-delivered');

    await dialog.getByRole('button', { name: 'Mark delivered' }).click();
    await expect.poll(() => manager.getByRole('dialog').count()).toBe(0);
    await expect.poll(() => pack.textContent()).toMatch(new RegExp(`^DeliveredPartner pack ${QUARTER}.*Delivered .* with ${contactName}, ${TYPED_ATTENDEE}`));
    await expect.poll(() => manager.getByTestId('last-qbr').textContent()).toMatch(new RegExp(`^Last QBR delivered: ${QUARTER}, .* with ${contactName}, ${TYPED_ATTENDEE}\\.$`));
    await waitSynced(manager);
  }, 120_000);

  it('after sync, HQ counts the delivery on the QBR screen', async () => {
    // The server pokes HQ's device as the change lands; a click on the status syncs at once in any case.
    await hq.getByTestId('sync-status').getByRole('button').first().click();
    await waitSynced(hq);
    await expect.poll(() => deliveredCount(hq), SYNC_TIMEOUT).toBe(hqDeliveredBefore + 1);
    const cells = partnerRow(hq).getByRole('cell');
    await expect.poll(() => cells.nth(2).textContent()).toMatch(/^Delivered /);
    expect(await cells.nth(3).textContent()).toContain(TYPED_ATTENDEE);
    expect(await cells.nth(4).textContent()).toBe('Partner pack (PPTX, PDF, XLSX)');
    // Off the sync status, whose tooltip the click left open.
    await hq.mouse.move(700, 880);
    await shoot(hq, 'qbr-screen-delivered');
  }, 120_000);

  it('a batch export of the territory marks nothing delivered', async () => {
    const waitingBefore = await waitingCount(hq);
    await hq.getByRole('button', { name: `Export packs for ${territoryName}…` }).click();
    const dialog = hq.getByRole('dialog');
    // The workbook alone keeps the batch quick; the batch offers the audience as the one-partner dialog does.
    expect(await dialog.getByRole('radio', { name: /^Partner pack/ }).isChecked()).toBe(true);
    for (const name of ['PowerPoint deck (.pptx)', 'PDF (.pdf)']) await dialog.getByLabel(name).uncheck();
    const [download] = await Promise.all([hq.waitForEvent('download', { timeout: 110_000 }), dialog.getByRole('button', { name: 'Export packs' }).click()]);
    await download.path();
    await expect.poll(() => dialog.getByTestId('qbr-batch-report').textContent(), SYNC_TIMEOUT).toMatch(/^Saved \d+ packs? of \d+/);
    const saved = Number(/^Saved (\d+)/.exec((await dialog.getByTestId('qbr-batch-report').textContent())!)![1]);
    await dialog.getByRole('button', { name: 'Close' }).click();

    // Every pack of the batch is on record as exported; the deliveries are the one the manager marked.
    await expect.poll(() => waitingCount(hq), SYNC_TIMEOUT).toBeGreaterThan(waitingBefore);
    expect(await waitingCount(hq)).toBeLessThanOrEqual(saved);
    expect(await deliveredCount(hq)).toBe(hqDeliveredBefore + 1);
    await expect.poll(() => partnerRow(hq).getByRole('cell').nth(2).textContent()).toMatch(/^Delivered /);
    await waitSynced(hq);
    expect(session.errors).toEqual([]);
  }, 180_000);
});
