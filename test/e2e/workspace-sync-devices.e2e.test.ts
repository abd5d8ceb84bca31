import { mkdir } from 'node:fs/promises';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoWorkspace } from '../../shared/demo';
import { choose } from './choose';
import { openHqSession, SYNC_TIMEOUT, waitSynced, type HqSession } from './hq-session';
import { SHOTS, shoot } from './screenshots';
import { waitForOfflineCopy } from './web-build';

const AS_OF = '2026-11-22';
const EMAIL = 'manager1@demo.test';
const PARTNER = 'Zephyr Sync Partners';

const heading = (page: Page) => page.getByRole('heading', { level: 2 }).first();
const status = (page: Page) => page.getByTestId('sync-status');
const pending = (page: Page) => page.getByTestId('pending-count');
const statusText = async (page: Page) => (await status(page).textContent()) ?? '';

/** The partner's page, found the way a manager finds it: search the list and follow the link. */
const openPartner = async (page: Page) => {
  await page.getByRole('link', { name: 'Partners', exact: true }).click();
  await page.getByLabel('Search partners').fill('zephyr sync');
  await expect.poll(() => page.getByTestId('partner-count').textContent(), SYNC_TIMEOUT).toBe('1 partner');
  await page.getByRole('link', { name: PARTNER }).click();
  await expect.poll(() => heading(page).textContent()).toBe(PARTNER);
};

const editVertical = async (page: Page, value: string) => {
  await page.getByRole('button', { name: 'Edit partner' }).click();
  await page.getByRole('dialog').getByLabel('Vertical').fill(value);
  await page.getByRole('button', { name: 'Save partner' }).click();
  await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
};

/** The partner page's header line, "Region · Vertical": the text on screen, not the store. */
const showsVertical = (page: Page, value: string) => page.getByText(new RegExp(` · ${value}$`)).count();

/** The website as the edit dialog shows it (the overview does not list it); the dialog is closed unchanged. */
const websiteInDialog = async (page: Page) => {
  await page.getByRole('button', { name: 'Edit partner' }).click();
  const value = await page.getByRole('dialog').getByLabel('Website').inputValue();
  await page.keyboard.press('Escape');
  await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
  return value;
};

// Two devices of one manager against a real HQ server serving the production web build (issue #4):
// sign in, work, go offline, reload, come back, see it on the other device, and settle a conflict.
describe('one manager on two devices, synced through the HQ server', () => {
  let session: HqSession;
  /** Two devices of one manager: browser profiles of their own, each with its own IndexedDB. */
  let laptop: BrowserContext;
  let desktop: BrowserContext;
  let a: Page;
  let b: Page;
  const displayName = demoWorkspace(AS_OF).users.find((u) => u.email === EMAIL)!.displayName;

  beforeAll(async () => {
    await mkdir(SHOTS, { recursive: true });
    session = await openHqSession(AS_OF);
    laptop = await session.device();
    desktop = await session.device();
  }, 180_000);

  afterAll(async () => {
    await session?.close();
  });

  it('signs in as a manager and creates and edits a partner', async () => {
    a = await session.signIn(EMAIL, laptop);
    await a.getByRole('button', { name: 'New partner' }).click();
    const dialog = a.getByRole('dialog');
    await dialog.getByLabel('Name').fill(PARTNER);
    await choose(a, 'Partner type', 'ISV');
    await dialog.getByLabel('Region').fill('Nordics');
    await dialog.getByLabel('Vertical').fill('Retail');
    await dialog.getByRole('button', { name: 'Add partner' }).click();
    await expect.poll(() => a.getByRole('dialog').count()).toBe(0);
    await openPartner(a);

    await a.getByRole('button', { name: 'Edit partner' }).click();
    await a.getByRole('dialog').getByLabel('Website').fill('https://zephyr.example');
    await a.getByRole('button', { name: 'Save partner' }).click();
    await expect.poll(() => a.getByRole('dialog').count()).toBe(0);
    expect(await showsVertical(a, 'Retail')).toBe(1);
    expect(await websiteInDialog(a)).toBe('https://zephyr.example');
    await waitSynced(a);
  });

  it('adds a certification for a new contact', async () => {
    await a.getByRole('tab', { name: 'Contacts' }).click();
    await a.getByRole('button', { name: 'Add contact' }).click();
    const dialog = a.getByRole('dialog');
    await dialog.getByLabel('Name').fill('Ada Field');
    await dialog.getByLabel('Role').fill('Solutions engineer');
    await dialog.getByLabel('Email').fill('ada@zephyr.example');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => a.getByRole('table', { name: 'Contacts' }).getByText('Ada Field').count()).toBe(1);

    await a.getByRole('tab', { name: 'Certifications' }).click();
    await a.getByRole('button', { name: 'Add certification' }).click();
    await choose(a, 'Status', 'Certified');
    await a.getByRole('dialog').getByLabel('Issue date').fill('2026-01-15');
    await a.getByRole('dialog').getByLabel('Expiry date').fill('2028-01-15');
    await a.getByRole('button', { name: 'Save' }).click();
    const certifications = a.getByRole('table', { name: 'Certifications' });
    await expect.poll(() => certifications.getByText('Ada Field').count()).toBe(1);
    await expect.poll(() => certifications.getByText('Jan 15, 2028').count()).toBe(1);
    await waitSynced(a);
  });

  it('fills a joint solution’s commercial model until it is complete', async () => {
    await a.getByRole('tab', { name: 'Joint solutions' }).click();
    await a.getByRole('button', { name: 'Add joint solution' }).click();
    await a.getByRole('dialog').getByLabel('Name').fill('Zephyr Connector');
    await a.getByRole('button', { name: 'Save' }).click();
    const missing = a.getByTestId('model-missing');
    await expect.poll(() => missing.textContent()).toMatch(/Pricing model/);

    await choose(a, 'Pricing model', 'Marketplace');
    await a.getByLabel('Revenue share (%)').fill('20');
    for (const level of ['L1', 'L2', 'L3']) await choose(a, `${level} support`, 'Partner');
    await choose(a, 'Customer-success owner', 'Shared');
    await choose(a, 'Renewal owner', 'Vendor');
    await choose(a, 'Renewal model', 'Co termed');
    await choose(a, 'Integration certification', 'Certified');
    await expect.poll(() => missing.count()).toBe(0);
    await expect.poll(() => a.getByText('Commercial model 100% complete').count()).toBe(1);
    await a.getByRole('button', { name: 'Save model' }).click();
    await expect.poll(() => a.getByRole('button', { name: /^Zephyr Connector/ }).textContent()).toMatch(/100% complete/);
    await waitSynced(a);
    await a.screenshot({ path: `${SHOTS}/synced-partner-solutions.png` });
  });

  it('keeps edits made offline across a reload, still pending, then syncs them when the server is back', async () => {
    await a.getByRole('tab', { name: 'Overview' }).click();
    // The web build's service worker has kept a copy of the whole app since the first visit.
    await waitForOfflineCopy(a);
    await laptop.setOffline(true);
    await expect.poll(() => statusText(a)).toMatch(/^Offline/);
    await editVertical(a, 'Hospitality');
    await expect.poll(() => pending(a).textContent()).toBe('1 change to sync');
    expect(await statusText(a)).toMatch(/^Offline/);
    await shoot(a, 'synced-workspace-offline');

    // No network at all: the page reloads from the service worker's copy and the store still holds the edit.
    await a.reload();
    await expect.poll(() => heading(a).textContent(), SYNC_TIMEOUT).toBe(PARTNER);
    await expect.poll(() => showsVertical(a, 'Hospitality')).toBe(1);
    expect(await showsVertical(a, 'Retail')).toBe(0);
    await expect.poll(() => pending(a).textContent()).toBe('1 change to sync');
    await expect.poll(() => statusText(a), SYNC_TIMEOUT).toMatch(/^Offline/);
    expect(await pending(a).textContent()).toBe('1 change to sync');

    // The network is back; the device notices and syncs on its own.
    await laptop.setOffline(false);
    await waitSynced(a);
    expect(await showsVertical(a, 'Hospitality')).toBe(1);
    await shoot(a, 'synced-workspace');
    await a.getByRole('link', { name: 'Partners', exact: true }).click();
    await a.getByLabel('Search partners').fill('');
    await expect.poll(() => a.getByTestId('partner-count').textContent()).toMatch(/^\d+ partners$/);
    await shoot(a, 'synced-partners');
  });

  it('shows everything on a second device after its sync', async () => {
    b = await session.signIn(EMAIL, desktop);
    await openPartner(b);
    await expect.poll(() => showsVertical(b, 'Hospitality')).toBe(1);
    expect(await websiteInDialog(b)).toBe('https://zephyr.example');
    await b.getByRole('tab', { name: 'Certifications' }).click();
    const certifications = b.getByRole('table', { name: 'Certifications' });
    await expect.poll(() => certifications.getByText('Ada Field').count()).toBe(1);
    expect(await certifications.getByText('Jan 15, 2028').count()).toBe(1);
    await b.getByRole('tab', { name: 'Joint solutions' }).click();
    const solution = b.getByRole('button', { name: /^Zephyr Connector/ });
    await expect.poll(() => solution.textContent()).toMatch(/100% complete/);
    await solution.click();
    await expect.poll(() => b.getByText('Commercial model 100% complete').count()).toBe(1);
    expect(await b.getByRole('combobox', { name: 'Renewal model' }).textContent()).toBe('Co termed');
    await b.getByRole('tab', { name: 'Overview' }).click();
  });

  it('lists the value a same-field edit overwrote, with who and when, and Restore brings it back on both devices', async () => {
    await openPartner(a);
    await openPartner(b);
    // Both devices go offline and change the same field; the laptop first, the desktop a moment later.
    await laptop.setOffline(true);
    await desktop.setOffline(true);
    await editVertical(a, 'Travel');
    await expect.poll(() => pending(a).textContent()).toBe('1 change to sync');
    // Later by the clock, not only by the order of the lines: the desktop's clock has passed the laptop's edit.
    const laptopEditedAt = await a.evaluate(() => Date.now());
    await b.waitForFunction((at) => Date.now() > at, laptopEditedAt);
    await editVertical(b, 'Logistics');
    await expect.poll(() => pending(b).textContent()).toBe('1 change to sync');

    // The laptop syncs first; the desktop's later edit then wins the field, and the laptop hears of it.
    await laptop.setOffline(false);
    await waitSynced(a);
    await desktop.setOffline(false);
    await waitSynced(b);
    await expect.poll(() => showsVertical(a, 'Logistics'), SYNC_TIMEOUT).toBe(1);
    expect(await showsVertical(a, 'Travel')).toBe(0);

    // The laptop's value was overwritten: its Conflict Center shows it, who wrote each side and when.
    await a.getByRole('link', { name: /Conflicts/ }).click();
    const conflict = a.getByTestId('conflict');
    await expect.poll(() => conflict.count(), SYNC_TIMEOUT).toBe(1);
    // As every screen writes an instant (renderer/ui/dates): "Dec 3, 2026, 14:05".
    const today = await a.evaluate(() => new Date().toLocaleDateString('en-US', { month: 'short', day: 'numeric', year: 'numeric' }));
    const text = (await conflict.textContent()) ?? '';
    expect(text).toContain(`${PARTNER}: Vertical`);
    expect(text).toMatch(new RegExp(`Kept.*Logistics.*by ${displayName}, ${today}, \\d\\d:\\d\\d`));
    expect(text).toMatch(new RegExp(`Overwritten.*Travel.*by ${displayName}, ${today}, \\d\\d:\\d\\d`));
    await a.screenshot({ path: `${SHOTS}/synced-conflicts-light.png` });
    await a.emulateMedia({ colorScheme: 'dark' });
    await a.screenshot({ path: `${SHOTS}/synced-conflicts-dark.png` });
    await a.emulateMedia({ colorScheme: 'light' });

    await a.getByRole('button', { name: 'Restore overwritten value' }).click();
    await expect.poll(() => conflict.count()).toBe(0);
    await waitSynced(a);
    await openPartner(a);
    expect(await showsVertical(a, 'Travel')).toBe(1);

    // The desktop hears of the restore and shows the value back, with nothing left to review.
    await expect.poll(() => showsVertical(b, 'Travel'), SYNC_TIMEOUT).toBe(1);
    expect(await showsVertical(b, 'Logistics')).toBe(0);
    await b.getByRole('link', { name: /Conflicts/ }).click();
    await expect.poll(() => b.getByText('No overwritten values to review.').count(), SYNC_TIMEOUT).toBe(1);
  });

  it('shows a commercial model changed on the other device in an editor that is open and untouched', async () => {
    await openPartner(b);
    await b.getByRole('tab', { name: 'Joint solutions' }).click();
    await b.getByRole('button', { name: /^Zephyr Connector/ }).click();
    await expect.poll(() => b.getByLabel('Revenue share (%)').inputValue()).toBe('20');

    await a.getByRole('tab', { name: 'Joint solutions' }).click();
    await a.getByRole('button', { name: /^Zephyr Connector/ }).click();
    await a.getByLabel('Revenue share (%)').fill('25');
    await a.getByRole('button', { name: 'Save model' }).click();
    await waitSynced(a);

    await expect.poll(() => b.getByLabel('Revenue share (%)').inputValue(), SYNC_TIMEOUT).toBe('25');
    // Nothing was typed here, so there is nothing to save that could put the old share back.
    expect(await b.getByRole('button', { name: 'Save model' }).isDisabled()).toBe(true);
  });

  it('keeps a field the other device changed while an edit dialog was open here', async () => {
    await openPartner(a);
    await openPartner(b);
    await b.getByRole('button', { name: 'Edit partner' }).click();

    await a.getByRole('button', { name: 'Edit partner' }).click();
    await a.getByRole('dialog').getByLabel('Region').fill('Baltics');
    await a.getByRole('button', { name: 'Save partner' }).click();
    await expect.poll(() => a.getByRole('dialog').count()).toBe(0);
    await waitSynced(a);
    // The desktop's page behind its open dialog shows the laptop's region once it has synced.
    await expect.poll(() => b.getByText('Baltics · Travel').count(), SYNC_TIMEOUT).toBe(1);

    // The desktop changes only the vertical; the region it opened with must not go back up.
    await b.getByRole('dialog').getByLabel('Vertical').fill('Energy');
    await b.getByRole('button', { name: 'Save partner' }).click();
    await expect.poll(() => b.getByRole('dialog').count()).toBe(0);
    await waitSynced(b);
    await expect.poll(() => b.getByText('Baltics · Energy').count()).toBe(1);
    await expect.poll(() => a.getByText('Baltics · Energy').count(), SYNC_TIMEOUT).toBe(1);
  });

  it('keeps a contact field the other device changed while the contact was open for editing here', async () => {
    // By its label, not its role: behind an open dialog the table is hidden from the accessibility tree.
    const contacts = (page: Page) => page.locator('table[aria-label="Contacts"]');
    await b.getByRole('tab', { name: 'Contacts' }).click();
    await contacts(b).getByRole('row', { name: /Ada Field/ }).getByRole('button', { name: 'Edit' }).click();

    await a.getByRole('tab', { name: 'Contacts' }).click();
    await contacts(a).getByRole('row', { name: /Ada Field/ }).getByRole('button', { name: 'Edit' }).click();
    await a.getByRole('dialog').getByLabel('Role').fill('Head of alliances');
    await a.getByRole('dialog').getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => a.getByRole('dialog').count()).toBe(0);
    await waitSynced(a);
    await expect.poll(() => contacts(b).getByText('Head of alliances').count(), SYNC_TIMEOUT).toBe(1);

    await b.getByRole('dialog').getByLabel('Phone').fill('+47 555 0100');
    await b.getByRole('dialog').getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => b.getByRole('dialog').count()).toBe(0);
    await waitSynced(b);
    await expect.poll(() => contacts(b).getByText('Head of alliances').count()).toBe(1);
    await expect.poll(() => contacts(a).getByText('+47 555 0100').count(), SYNC_TIMEOUT).toBe(1);
    expect(await contacts(a).getByText('Head of alliances').count()).toBe(1);
    expect(session.errors).toEqual([]);
  });

  it('keeps a deal field the other device changed while the deal dialog was open here', async () => {
    // The deal dialog used to save its whole draft: the stage it opened with would have gone back up.
    // By its text, not its role: behind an open dialog the table is hidden from the accessibility tree.
    const deal = (page: Page) => page.locator('table[aria-label="Opportunities"] tr', { hasText: 'Contoso Logistics' });
    await a.getByRole('tab', { name: 'Pipeline' }).click();
    await a.getByRole('button', { name: 'Register deal' }).click();
    const form = a.getByRole('dialog');
    await form.getByRole('textbox', { name: 'Customer' }).fill('Contoso Logistics');
    await form.getByRole('textbox', { name: 'Product line' }).fill('Analytics');
    await form.getByLabel('Amount', { exact: true }).fill('50000');
    await form.getByLabel('Close date').fill('2027-03-31');
    await form.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => a.getByRole('dialog').count()).toBe(0);
    await waitSynced(a);
    await b.getByRole('tab', { name: 'Pipeline' }).click();
    await expect.poll(() => deal(b).count(), SYNC_TIMEOUT).toBe(1);

    // The desktop opens the deal and starts typing a new amount; meanwhile the laptop moves the deal on.
    await deal(b).getByRole('button', { name: 'Edit' }).click();
    await b.getByRole('dialog').getByLabel('Amount', { exact: true }).fill('75000');
    await deal(a).getByRole('button', { name: 'Edit' }).click();
    await choose(a, 'Stage', 'Negotiate');
    await a.getByRole('dialog').getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => a.getByRole('dialog').count()).toBe(0);
    await waitSynced(a);
    await expect.poll(() => deal(b).textContent(), SYNC_TIMEOUT).toMatch(/Negotiate/);
    await shoot(b, 'deal-dialog-open-across-sync');

    await b.getByRole('dialog').getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => b.getByRole('dialog').count()).toBe(0);
    await waitSynced(b);
    // The saved row is drawn from the store's change notice, a moment after the dialog closes: waited for, not read at once.
    await expect.poll(() => deal(b).textContent()).toMatch(/\$75,000.*Negotiate/);
    await expect.poll(() => deal(a).textContent(), SYNC_TIMEOUT).toMatch(/\$75,000.*Negotiate/);
    expect(session.errors).toEqual([]);
  });
});
