import { mkdir } from 'node:fs/promises';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { choose } from './choose';
import { SHOTS, shoot } from './screenshots';
import { openDemoSession, waitForOfflineCopy, type DemoSession } from './web-build';


const heading = (page: Page) => page.getByRole('heading', { level: 2 }).first();

// The workspace as a manager uses it, in real Chromium against the production web build, demo mode.
describe('partner manager workspace', () => {
  let session: DemoSession;
  let site: DemoSession['site'];
  let context: BrowserContext;
  let page: Page;
  const partnerName = 'Zephyr Test Partners';
  let partnerId = '';

  beforeAll(async () => {
    await mkdir(SHOTS, { recursive: true });
    session = await openDemoSession();
    ({ site, context, page } = session);
  }, 180_000);

  afterAll(async () => {
    await session?.close();
  });

  it('creates a partner, showing what is wrong until it is fixed, then edits it', async () => {
    await page.goto(site.url);
    await expect.poll(() => page.getByTestId('partner-count').textContent(), { timeout: 30_000 }).toMatch(/^\d+ partners$/);
    await page.getByRole('button', { name: 'New partner' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Region').fill('Nordics');
    await dialog.getByLabel('Vertical').fill('Retail');
    await dialog.getByRole('button', { name: 'Add partner' }).click();
    await expect.poll(() => dialog.getByText('Name is required').count()).toBe(1);
    // Nothing typed was lost by the failed save.
    expect(await dialog.getByLabel('Region').inputValue()).toBe('Nordics');

    await dialog.getByLabel('Name').fill(partnerName);
    await choose(page, 'Partner type', 'ISV');
    await dialog.getByRole('button', { name: 'Add partner' }).click();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);

    await page.getByLabel('Search partners').fill('zephyr');
    await expect.poll(() => page.getByTestId('partner-count').textContent()).toBe('1 partner');
    await page.getByRole('link', { name: partnerName }).click();
    await expect.poll(() => heading(page).textContent()).toBe(partnerName);
    partnerId = decodeURIComponent(page.url().split('#/partners/')[1]!.split('/')[0]!);

    await page.getByRole('button', { name: 'Edit partner' }).click();
    await page.getByRole('dialog').getByLabel('Website').fill('zephyr.example');
    await page.getByRole('button', { name: 'Save partner' }).click();
    await expect.poll(() => page.getByText('Website must be a web address starting with https://').count()).toBe(1);
    await page.getByRole('dialog').getByLabel('Website').fill('https://zephyr.example');
    await page.getByRole('button', { name: 'Save partner' }).click();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
  });

  it('adds a contact and a certification for them', async () => {
    await page.getByRole('tab', { name: 'Contacts' }).click();
    await page.getByRole('button', { name: 'Add contact' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Name').fill('Ada Field');
    await dialog.getByLabel('Role').fill('Solutions engineer');
    await dialog.getByLabel('Email').fill('ada@zephyr.example');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.getByRole('table', { name: 'Contacts' }).getByText('Ada Field').count()).toBe(1);

    await page.getByRole('tab', { name: 'Certifications' }).click();
    await page.getByRole('button', { name: 'Add certification' }).click();
    await choose(page, 'Status', 'Certified');
    await page.getByRole('button', { name: 'Save' }).click();
    // Certified without dates is refused in plain words, and the dialog stays.
    await expect.poll(() => page.getByText('Expiry date is required once the contact is certified').count()).toBe(1);
    await page.getByRole('dialog').getByLabel('Issue date').fill('2026-01-15');
    await page.getByRole('dialog').getByLabel('Expiry date').fill('2028-01-15');
    await page.getByRole('button', { name: 'Save' }).click();
    const certifications = page.getByRole('table', { name: 'Certifications' });
    await expect.poll(() => certifications.getByText('Ada Field').count()).toBe(1);
    await expect.poll(() => certifications.getByText('Jan 15, 2028').count()).toBe(1);
  });

  it('fills a commercial model until it is complete, and only then allows co-selling', async () => {
    await page.getByRole('tab', { name: 'Joint solutions' }).click();
    await page.getByRole('button', { name: 'Add joint solution' }).click();
    await page.getByRole('dialog').getByLabel('Name').fill('Zephyr Connector');
    await page.getByRole('button', { name: 'Save' }).click();
    const missing = page.getByTestId('model-missing');
    await expect.poll(() => missing.textContent()).toMatch(/Pricing model/);
    expect(await page.getByRole('button', { name: 'Approve for co-sell' }).isDisabled()).toBe(true);

    await choose(page, 'Pricing model', 'Marketplace');
    await page.getByLabel('Revenue share (%)').fill('20');
    for (const level of ['L1', 'L2', 'L3']) await choose(page, `${level} support`, 'Partner');
    await choose(page, 'Customer-success owner', 'Shared');
    await choose(page, 'Renewal owner', 'Vendor');
    await choose(page, 'Renewal model', 'Co termed');
    expect(await missing.textContent()).toBe('Missing: Integration certification');
    await choose(page, 'Integration certification', 'Certified');
    await expect.poll(() => missing.count()).toBe(0);
    await expect.poll(() => page.getByText('Commercial model 100% complete').count()).toBe(1);

    await page.getByRole('button', { name: 'Mark defined' }).click();
    await expect.poll(() => page.getByText('Ready to co-sell').count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByRole('button', { name: 'Approve for co-sell' }).isEnabled()).toBe(true);
  });

  it('deletes a contact only after confirming, and Undo brings it back', async () => {
    await page.getByRole('tab', { name: 'Contacts' }).click();
    await page.getByRole('button', { name: 'Delete Ada Field' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => page.getByRole('table', { name: 'Contacts' }).getByText('Ada Field').count()).toBe(0);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => page.getByRole('table', { name: 'Contacts' }).getByText('Ada Field').count()).toBe(1);
  });

  it("keeps the ISV's integrations on its overview: add, refuse a duplicate, edit, delete with Undo", async () => {
    await page.getByRole('tab', { name: 'Overview' }).click();
    const integrations = page.getByRole('table', { name: 'Integrations' });
    await expect.poll(() => page.getByText('No integrations recorded yet.').count()).toBe(1);
    // The tier and the key figures above the list arrive after it and push it down: let the page settle
    // before clicking, or a click can land where the button was a moment ago.
    await expect.poll(() => page.getByText('Assessing…').count()).toBe(0);
    await expect.poll(() => page.getByText('Win rate vs direct').count()).toBe(1);

    await page.getByRole('button', { name: 'Add integration' }).click();
    let dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => dialog.getByText('Name is required').count()).toBe(1);
    await dialog.getByLabel('Integration name').fill('Zephyr CRM connector');
    await choose(page, 'Certification', 'Certified');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await expect.poll(() => integrations.getByRole('row').filter({ hasText: 'Zephyr CRM connector' }).textContent()).toMatch(/Certified/);

    // A second entry with the same name is refused under the name, with what was typed kept.
    await page.getByRole('button', { name: 'Add integration' }).click();
    dialog = page.getByRole('dialog');
    await dialog.getByLabel('Integration name').fill('zephyr crm connector');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => dialog.getByText('zephyr crm connector is already listed: edit that integration').count()).toBe(1);
    await dialog.getByLabel('Integration name').fill('Zephyr billing API');
    await choose(page, 'Depth', 'Native');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => integrations.getByRole('row').count()).toBe(3);

    await integrations.getByRole('row').filter({ hasText: 'Zephyr billing API' }).getByRole('button', { name: 'Edit' }).click();
    await choose(page, 'Listed on the marketplace', 'Yes');
    await page.getByRole('dialog').getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => integrations.getByRole('row').filter({ hasText: 'Zephyr billing API' }).textContent()).toMatch(/Native.*Listed/);

    await page.getByRole('button', { name: 'Delete Zephyr billing API' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => integrations.getByText('Zephyr billing API').count()).toBe(0);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => integrations.getByText('Zephyr billing API').count()).toBe(1);
    // Still there after a reload: the list lives in the partner record in IndexedDB.
    await page.reload();
    await expect.poll(() => page.getByRole('table', { name: 'Integrations' }).getByRole('row').count(), { timeout: 30_000 }).toBe(3);
  });

  it('logs an activity, corrects it, and deletes it only after confirming, with Undo', async () => {
    await page.getByRole('tab', { name: 'Activity & commitments' }).click();
    const activities = page.getByRole('list', { name: 'Activities' });
    await page.getByRole('button', { name: 'Log visit or call' }).click();
    let dialog = page.getByRole('dialog');
    await dialog.getByLabel('Subject').fill('Kick-off visit');
    await dialog.getByRole('button', { name: 'Save note' }).click();
    await expect.poll(() => activities.getByText('Visit · Kick-off visit').count()).toBe(1);

    await page.getByRole('button', { name: 'Edit Kick-off visit' }).click();
    dialog = page.getByRole('dialog');
    expect(await dialog.getByLabel('Subject').inputValue()).toBe('Kick-off visit');
    await dialog.getByLabel('Subject').fill('Kick-off call with their alliance team');
    await choose(page, 'Kind', 'Call');
    await shoot(page, 'activity-dialog');
    await dialog.getByRole('button', { name: 'Save note' }).click();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await expect.poll(() => activities.getByText('Call · Kick-off call with their alliance team').count()).toBe(1);
    expect(await activities.getByRole('listitem').count()).toBe(1);

    await page.getByRole('button', { name: 'Delete Kick-off call with their alliance team' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => activities.getByRole('listitem').count()).toBe(0);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => activities.getByText('Call · Kick-off call with their alliance team').count()).toBe(1);
  });

  it('refuses a new commitment due in the past, naming the date, then edits and deletes it with Undo', async () => {
    const commitments = page.getByRole('table', { name: 'Commitments' });
    const row = (text: string) => commitments.getByRole('row').filter({ hasText: text });
    await page.getByRole('button', { name: 'Add commitment' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('What was agreed').fill('Joint webinar for logistics buyers');
    await dialog.getByRole('textbox', { name: 'Owner' }).fill('Sam Rivera');
    await dialog.getByLabel('Due date').fill('2020-03-31');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => dialog.getByText(/^Due date cannot be in the past for a new commitment \(today is [A-Z][a-z]{2} \d{1,2}, \d{4}\)$/).count()).toBe(1);
    // Nothing typed was lost by the refused save.
    expect(await dialog.getByLabel('What was agreed').inputValue()).toBe('Joint webinar for logistics buyers');
    await shoot(page, 'commitment-dialog-past-due');
    await dialog.getByLabel('Due date').fill('2031-06-30');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await expect.poll(() => row('Joint webinar for logistics buyers').textContent()).toMatch(/Sam Rivera.*Jun 30, 2031/);

    await row('Joint webinar for logistics buyers').getByRole('button', { name: 'Edit' }).click();
    await page.getByRole('dialog').getByLabel('What was agreed').fill('Joint webinar for logistics and energy buyers');
    await page.getByRole('dialog').getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => row('Joint webinar for logistics and energy buyers').textContent()).toMatch(/Jun 30, 2031/);

    await page.getByRole('button', { name: 'Delete Joint webinar for logistics and energy buyers' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => row('Joint webinar').count()).toBe(0);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => row('Joint webinar for logistics and energy buyers').count()).toBe(1);
    await shoot(page, 'activity-and-commitments');
  });

  it('opens the dashboard and reads a chart as a table', async () => {
    await page.getByRole('link', { name: 'Dashboard' }).click();
    const title = 'Win rate: partner vs direct';
    await page.getByRole('button', { name: `Show as table: ${title}` }).click();
    const table = page.getByRole('table', { name: `${title} table` });
    await expect.poll(() => table.locator('tbody tr').count()).toBe(4);
    expect(await page.getByRole('img', { name: 'Average deal size: co-sell vs direct' }).count()).toBe(1);
  });

  it('jumps to a partner from the command palette', async () => {
    await page.keyboard.press('Control+k');
    await page.getByRole('combobox', { name: 'Go to partner' }).fill('zephyr test');
    // The palette reads the partners when it opens; pick once the match is listed.
    await page.getByRole('option', { name: new RegExp(partnerName) }).waitFor();
    await page.keyboard.press('Enter');
    await expect.poll(() => heading(page).textContent()).toBe(partnerName);
  });

  it('says the demo is a demo, not offline, and Ctrl/Cmd+S or the status opens sign-in with this origin as the server', async () => {
    const status = page.getByTestId('sync-status');
    await expect.poll(() => status.getByText('Demo workspace, not synced').count()).toBe(1);
    // The network and the page's own server are up: nothing in the bar may say offline.
    expect(await page.locator('header').getByText(/offline/i).count()).toBe(0);

    const ways: [string, () => Promise<void>][] = [
      ['Ctrl+S', () => page.keyboard.press('Control+s')],
      ['Cmd+S', () => page.keyboard.press('Meta+s')],
      ['the status', () => status.getByRole('button', { name: 'Demo workspace, not synced' }).click()],
      ['its Sign in button', () => status.getByRole('button', { name: 'Sign in' }).click()],
    ];
    for (const [way, open] of ways) {
      await open();
      await expect.poll(() => page.getByLabel('Server address').inputValue(), { message: way }).toBe(new URL(site.url).origin);
      // Straight to the form: no error on the way, and the email is where the typing goes.
      expect(await page.locator('form').getByRole('alert').count(), way).toBe(0);
      expect(await page.evaluate(() => document.activeElement?.getAttribute('type')), way).toBe('email');
      await page.goBack();
      await expect.poll(() => heading(page).textContent()).toBe(partnerName);
      expect(await status.textContent(), way).toMatch(/^Demo workspace, not synced/);
    }
  });

  it('fits the top bar on one line at 1280 px, light and dark, every control whole, named and reachable by Tab', async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    const bar = page.locator('header');
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      // Every text on one line, no label cut short, and the bar no wider than the window.
      const layout = await bar.evaluate((header) => {
        const toolbar = header.querySelector('.MuiToolbar-root')!;
        const texts: Text[] = [];
        const walker = document.createTreeWalker(toolbar, NodeFilter.SHOW_TEXT);
        while (walker.nextNode()) if (walker.currentNode.textContent!.trim()) texts.push(walker.currentNode as Text);
        const lineCount = (text: Text) => {
          const range = document.createRange();
          range.selectNodeContents(text);
          return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
        };
        const labels = [...toolbar.querySelectorAll<HTMLElement>('h1, button, .MuiChip-label, .MuiSelect-select')];
        return {
          wrapped: texts.filter((text) => lineCount(text) > 1).map((text) => text.textContent),
          cut: labels.filter((label) => label.scrollWidth > label.clientWidth).map((label) => label.textContent),
          overflow: toolbar.scrollWidth - toolbar.clientWidth,
          right: Math.max(...labels.map((label) => label.getBoundingClientRect().right)),
        };
      });
      expect(layout, scheme).toEqual({ wrapped: [], cut: [], overflow: 0, right: expect.any(Number) });
      expect(layout.right, scheme).toBeLessThanOrEqual(1280);
      await bar.screenshot({ path: `${SHOTS}/top-bar-${scheme}.png` });
    }
    await page.emulateMedia({ colorScheme: 'light' });

    const tabStops = ['Go to partner', 'Demo workspace, not synced', 'Sign in', 'Demo role'];
    const themes = ['Light theme', 'System theme', 'Dark theme'];
    for (const name of [...tabStops, ...themes]) {
      expect(await bar.getByRole(name === 'Demo role' ? 'combobox' : 'button', { name, exact: true }).count(), name).toBe(1);
    }
    const focusedName = () =>
      page.evaluate(() => {
        const el = document.activeElement;
        return el?.closest('header') ? (el.getAttribute('aria-label') ?? el.textContent?.trim() ?? '') : null;
      });
    // Tab from the bar's title stops at every control in order; the theme switch is one stop whose
    // choices the arrow keys walk (MUI's toggle group keeps a roving tab stop).
    await bar.getByRole('heading', { name: 'Partner Desk' }).click();
    const reached: string[] = [];
    for (let i = 0; i < tabStops.length + 1; i++) {
      await page.keyboard.press('Tab');
      reached.push((await focusedName()) ?? '(left the bar)');
    }
    expect(reached.slice(0, -1)).toEqual(tabStops);
    expect(themes).toContain(reached.at(-1));
    const choices = new Set([reached.at(-1)]);
    for (let i = 0; i < themes.length - 1; i++) {
      await page.keyboard.press('ArrowRight');
      choices.add((await focusedName()) ?? '(left the bar)');
    }
    expect([...choices].sort()).toEqual([...themes].sort());
    await page.setViewportSize({ width: 1440, height: 900 });
  });

  it('keeps an edit made offline across a reload, still waiting to sync', async () => {
    const pending = page.getByTestId('pending-count');
    const before = Number((await pending.textContent())!.match(/\d+/)?.[0] ?? 0);
    // The edit dialog's code must be in the offline copy before the network goes.
    await waitForOfflineCopy(page);
    await context.setOffline(true);
    await page.getByRole('button', { name: 'Edit partner' }).click();
    await page.getByRole('dialog').getByLabel('Vertical').fill('Hospitality');
    await page.getByRole('button', { name: 'Save partner' }).click();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    // Offline or not, the demo has no server: it keeps saying it is a demo.
    expect(await page.getByTestId('sync-status').getByText('Demo workspace, not synced').count()).toBe(1);
    await expect.poll(() => pending.textContent()).toBe(`${before + 1} changes on this device only`);

    // No service worker serves the page offline, so the reload itself needs the loopback server back.
    await context.setOffline(false);
    await page.reload();
    await expect.poll(() => heading(page).textContent(), { timeout: 20_000 }).toBe(partnerName);
    await expect.poll(() => page.getByText('Retail').count()).toBe(0);
    await expect.poll(() => page.getByText(/Hospitality/).count()).toBe(1);
    await expect.poll(() => pending.textContent()).toBe(`${before + 1} changes on this device only`);
  });

  it('restores an overwritten value from the Conflict Center', async () => {
    // A conflict as sync would store it: the server kept another device's name, ours was overwritten.
    await page.evaluate(async (id) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('partner-desk');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const partner = await new Promise<{ territoryId: string }>((resolve) => {
        const r = db.transaction('partners').objectStore('partners').get(id);
        r.onsuccess = () => resolve(r.result);
      });
      const side = (value: string, userName: string, at: string) => ({ value, hlc: `${at}-0000-x`, userId: 'u', userName, at });
      await new Promise((resolve) => {
        const tx = db.transaction('conflicts', 'readwrite');
        tx.objectStore('conflicts').put({
          id: 'conflict-1',
          territoryId: partner.territoryId,
          updatedAt: '2026-11-22T10:00:00.000Z',
          deleted: false,
          table: 'partners',
          rowId: id,
          field: 'vertical',
          rowLabel: 'Zephyr Test Partners',
          kept: side('Hospitality', 'Ada Field', '2026-11-22T09:30:00.000Z'),
          lost: side('Travel', 'Sam Rivera', '2026-11-22T09:20:00.000Z'),
          status: 'open',
        });
        tx.oncomplete = resolve;
      });
      db.close();
    }, partnerId);

    await page.getByRole('link', { name: /Conflicts/ }).click();
    const conflict = page.getByTestId('conflict');
    await expect.poll(() => conflict.count()).toBe(1);
    expect(await conflict.textContent()).toMatch(/Zephyr Test Partners: Vertical.*Hospitality.*by Ada Field.*Travel.*by Sam Rivera/);
    await page.screenshot({ path: `${SHOTS}/conflicts-light.png` });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: `${SHOTS}/conflicts-dark.png` });
    await page.emulateMedia({ colorScheme: 'light' });

    await page.getByRole('button', { name: 'Restore overwritten value' }).click();
    await expect.poll(() => conflict.count()).toBe(0);
    await page.goto(`${site.url}#/partners/${partnerId}`);
    await expect.poll(() => page.getByText(/Travel/).count()).toBe(1);
  });

  it('saves screenshots of the main screens, light and dark', async () => {
    const screens: [string, string][] = [
      ['dashboard', '#/dashboard'],
      ['partners', '#/partners'],
      ['partner', `#/partners/${partnerId}`],
      ['partner-solutions', `#/partners/${partnerId}/solutions`],
      ['settings', '#/settings'],
    ];
    for (const [name, hash] of screens) {
      await page.goto(`${site.url}${hash}`);
      await heading(page).waitFor();
      await shoot(page, name, { fullPage: true });
    }
    expect(session.errors).toEqual([]);
  });

  it('saves screenshots of the record dialogs and their lists, light and dark', async () => {
    const open = async (hash: string, button: string, name: string) => {
      await page.goto(`${site.url}${hash}`);
      await page.getByRole('button', { name: button }).click();
      await expect.poll(() => page.getByRole('dialog').count()).toBe(1);
      await shoot(page, name);
      await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
      await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    };
    await open(`#/partners/${partnerId}`, 'Edit partner', 'partner-dialog');
    await open(`#/partners/${partnerId}/contacts`, 'Add contact', 'contact-dialog');
    await open(`#/partners/${partnerId}/pipeline`, 'Register deal', 'deal-dialog');
    await open(`#/partners/${partnerId}/solutions`, 'Add joint solution', 'joint-solution-dialog');
    await page.getByRole('button', { name: /^Zephyr Connector/ }).click();
    await shoot(page, 'joint-solution-actions');

    // HQ's program-wide editors, through the demo's role switch; the manager's role is put back after.
    await choose(page, 'Demo role', 'HQ program lead');
    await page.getByRole('link', { name: 'Program rules', exact: true }).click();
    await expect.poll(() => page.getByRole('table', { name: 'Certification programs' }).getByRole('row').count(), { timeout: 20_000 }).toBeGreaterThan(1);
    await page.getByRole('table', { name: 'Certification programs' }).getByRole('button', { name: 'Edit' }).first().click();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(1);
    await shoot(page, 'certification-program-dialog');
    await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await page.getByTestId('branding-editor').scrollIntoViewIfNeeded();
    await shoot(page, 'program-rules-editors');
    await choose(page, 'Demo role', 'Partner manager');
    expect(session.errors).toEqual([]);
  });
});
