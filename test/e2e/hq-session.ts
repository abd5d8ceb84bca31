import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import { DEMO_PASSWORD } from '../../server/admin/demo';
import { startServer, type RunningServer } from '../../server/app';
import { launchChromium } from '../support/chromium';
import { buildWeb, waitForOfflineCopy } from './web-build';

/** Long enough for a push, the server's poke and the other device's pull on a busy two-core machine. */
export const SYNC_TIMEOUT = { timeout: 30_000 };

/**
 * The page's outbox as stored (its store is named for the server that serves
 * it), not as the top bar last heard of it: a save that has just committed
 * counts here at once, while the top bar learns of it a moment later.
 */
const storedOutboxCount = (page: Page): Promise<number> =>
  page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open(`partner-desk@${location.host}`);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const count = db.transaction('outbox', 'readonly').objectStore('outbox').count();
          count.onsuccess = () => {
            db.close();
            resolve(count.result);
          };
          count.onerror = () => reject(count.error);
        };
      }),
  );

/**
 * Nothing waits in the outbox and the last sync round finished: what the user
 * reads as "saved and synced". The stored outbox is read first: right after a
 * save the top bar can still show the previous round's "All changes saved" and
 * "Synced at", and a test that trusted it raced the push it meant to wait for
 * (seen in CI: HQ's move had not reached the server when the manager pushed).
 * An outbox entry leaves the store only once the server has answered for it.
 */
export const waitSynced = async (page: Page): Promise<void> => {
  await expect.poll(() => storedOutboxCount(page), SYNC_TIMEOUT).toBe(0);
  await expect.poll(() => page.getByTestId('pending-count').textContent(), SYNC_TIMEOUT).toBe('All changes saved');
  await expect.poll(() => page.getByTestId('sync-status').textContent(), SYNC_TIMEOUT).toMatch(/^Synced at \d\d:\d\d/);
};

export interface HqSession {
  server: RunningServer;
  browser: Browser;
  /** Uncaught errors of every page signed in: a test file ends by expecting none. */
  errors: string[];
  /** A new device: a browser profile of its own (its own IndexedDB), desktop-sized, downloads kept. */
  device(): Promise<BrowserContext>;
  /** Signs `email` in through the sign-in screen, on `device` or a new one, and waits for the first sync. */
  signIn(email: string, device?: BrowserContext): Promise<Page>;
  close(): Promise<void>;
}

/**
 * What an end-to-end file against a real HQ server starts from: the production
 * web build served by the HQ server on loopback, its embedded store seeded with
 * the demo as of `asOf`, and Chromium. Every device is signed in as a user
 * would be, through the sign-in screen.
 */
export const openHqSession = async (asOf: string): Promise<HqSession> => {
  const web = await buildWeb();
  const server = await startServer({ host: '127.0.0.1', port: 0, dataDir: 'memory://', demo: { asOf }, webRoot: web.dir, logger: false });
  const browser = await launchChromium();
  const devices: BrowserContext[] = [];
  const errors: string[] = [];

  const device = async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
    devices.push(context);
    return context;
  };

  const signIn = async (email: string, on?: BrowserContext) => {
    const page = await (on ?? (await device())).newPage();
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${server.url}/#/sign-in`);
    await expect.poll(() => page.getByLabel('Server address').inputValue(), SYNC_TIMEOUT).toBe(new URL(server.url).origin);
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await waitSynced(page);
    await expect.poll(() => page.getByTestId('partner-count').textContent(), SYNC_TIMEOUT).toMatch(/^\d+ partners?$/);
    // Tests take devices offline: the screens' code must be in the offline copy by then, or the first screen
    // opened offline fails to load its chunk (seen on a loaded machine: "Failed to fetch dynamically imported module").
    await waitForOfflineCopy(page);
    return page;
  };

  const close = async () => {
    for (const context of devices) await context.close();
    await browser.close();
    await server.close();
    await web.remove();
  };

  return { server, browser, errors, device, signIn, close };
};
