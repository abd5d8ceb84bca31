import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../server/admin/demo';
import { startServer, type RunningServer } from '../../server/app';
import { launchChromium } from '../support/chromium';
import { buildWeb } from './web-build';
import { waitSynced } from './hq-session';

const heading = (page: Page) => page.getByRole('heading', { level: 2 }).first();

// The workspace against a real HQ server that serves the web build: sign in, sync, edit, sync back.
describe('workspace signed in to the HQ server', () => {
  let browser: Browser;
  let server: RunningServer;
  let dataDir: string;
  let web: Awaited<ReturnType<typeof buildWeb>>;

  beforeAll(async () => {
    web = await buildWeb();
    dataDir = await mkdtemp(join(tmpdir(), 'partner-desk-e2e-'));
    server = await startServer({ host: '127.0.0.1', port: 0, dataDir, demo: true, webRoot: web.dir, logger: false });
    browser = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
    await web?.remove();
  });

  it('signs in with the server address, syncs the territory, and pushes an edit', async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));

    await page.goto(`${server.url}/#/sign-in`);
    // Served by the server itself, the sign-in screen offers the page's own origin.
    await expect.poll(() => page.getByLabel('Server address').inputValue(), { timeout: 30_000 }).toBe(new URL(server.url).origin);
    await page.getByLabel('Email').fill('manager1@demo.test');
    await page.getByLabel('Password').fill('wrong password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => page.getByRole('alert').count()).toBe(1);
    // The failed attempt kept the email and server; only the password is asked again.
    expect(await page.getByLabel('Email').inputValue()).toBe('manager1@demo.test');

    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    const status = page.getByTestId('sync-status');
    await expect.poll(() => status.textContent(), { timeout: 30_000 }).toMatch(/Synced at \d\d:\d\d/);
    await expect.poll(() => page.getByTestId('partner-count').textContent()).toMatch(/^\d+ partners$/);
    expect(await page.getByText('Demo workspace · stored on this device').count()).toBe(0);

    const link = page.locator('table[aria-label="Partners"] tbody tr a').first();
    const name = (await link.textContent())!.trim();
    await link.click();
    // The partner's page, not the list still on screen the moment after the click.
    await expect.poll(() => heading(page).textContent()).toBe(name);
    await page.getByRole('button', { name: 'Edit partner' }).click();
    await page.getByRole('dialog').getByLabel('Vertical').fill('Synced Vertical');
    await page.getByRole('button', { name: 'Save partner' }).click();
    // "All changes saved" is already shown before the save: first see the edit, then wait for the stored outbox to empty.
    await expect.poll(() => page.getByText(/Synced Vertical/).count()).toBe(1);
    await waitSynced(page);

    // A reload comes back to the same server, signed in, with the edit.
    await page.reload();
    await expect.poll(() => heading(page).textContent(), { timeout: 30_000 }).toBe(name);
    await expect.poll(() => page.getByText(/Synced Vertical/).count()).toBe(1);
    await expect.poll(() => status.textContent(), { timeout: 30_000 }).toMatch(/Synced at/);
    expect(errors).toEqual([]);
    await context.close();
  }, 180_000);
});
