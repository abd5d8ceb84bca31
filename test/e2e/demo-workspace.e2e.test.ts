import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoWorkspace } from '../../shared/demo';
import { launchChromium } from '../support/chromium';
import { serveWebBuild } from './web-build';

// The web build in real Chromium with real IndexedDB: what a manager sees on first start.
describe('web build on a fresh profile', () => {
  let browser: Browser;
  let site: Awaited<ReturnType<typeof serveWebBuild>>;

  beforeAll(async () => {
    site = await serveWebBuild();
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it('opens on the demo workspace, keeps it across a reload, and searches it', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));

    await page.goto(site.url);
    const count = page.getByTestId('partner-count');
    const partners = demoWorkspace('2026-01-01').records.partners;
    await expect.poll(() => count.textContent(), { timeout: 20_000 }).toBe(`${partners.length} partners`);
    await expect.poll(() => page.getByText('Demo workspace · stored on this device').count()).toBe(1);

    // The store is IndexedDB on disk, not memory: a reload finds the same partners without regenerating.
    const firstRow = await page.locator('table[aria-label="Partners"] tbody tr').first().locator('td').first().textContent();
    await page.reload();
    await expect.poll(() => count.textContent(), { timeout: 20_000 }).toBe(`${partners.length} partners`);
    const stored = await page.evaluate(async () => {
      const request = indexedDB.open('partner-desk');
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const tx = db.transaction('partners');
      const total = await new Promise<number>((resolve) => {
        const c = tx.objectStore('partners').count();
        c.onsuccess = () => resolve(c.result);
      });
      db.close();
      return total;
    });
    expect(stored).toBe(partners.length);

    // Search narrows the list to matching names.
    const name = firstRow!.trim();
    await page.getByLabel('Search partners').fill(name);
    const names = page.locator('table[aria-label="Partners"] tbody tr td:first-child');
    await expect
      .poll(async () => {
        const shown = await names.allTextContents();
        return shown.length > 0 && shown.length < partners.length && shown.every((text) => text.toLowerCase().includes(name.toLowerCase()));
      })
      .toBe(true);
    await page.getByLabel('Search partners').fill('no partner is called this');
    await expect.poll(() => count.textContent()).toBe('0 partners');

    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);
});
