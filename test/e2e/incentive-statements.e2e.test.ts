import { mkdir } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoWorkspace } from '../../shared/demo';
import { choose } from './choose';
import { openHqSession, SYNC_TIMEOUT, waitSynced, type HqSession } from './hq-session';
import { SHOTS, shoot } from './screenshots';

const AS_OF = '2026-11-22';
/** A quarter the demo left open (it closed the four after it), long over by the server's calendar. */
const QUARTER = '2025-Q3';
const demo = demoWorkspace(AS_OF);
const hq = demo.users.find((u) => u.role === 'hq')!;
const manager = demo.users.find((u) => u.email === 'manager1@demo.test')!;
/** A reseller of the manager's territory, enrolled well before the quarter. */
const partner = demo.records.partners.find((p) => p.territoryId === manager.territoryIds[0] && p.partnerType === 'reseller' && p.enrolledOn < '2025-01-01')!;

const status = (page: Page) => page.getByTestId('statement-status');
const statusText = async (page: Page) => (await status(page).textContent()) ?? '';

/** The partner's Incentives tab at the quarter, as a user gets there: the partner's page, its tab, the quarter picker. */
const openStatement = async (page: Page) => {
  await page.evaluate((id) => (window.location.hash = `#/partners/${encodeURIComponent(id)}/incentives`), partner.id);
  await expect.poll(() => page.getByRole('heading', { level: 2 }).first().textContent(), SYNC_TIMEOUT).toBe(partner.name);
  await choose(page, 'Quarter', QUARTER);
};

// The statement lifecycle against a real HQ server (issue 14): HQ closes a quarter's statement through
// the server, approves it and marks it paid; the partner's manager sees it paid on their own device.
describe('an incentive statement closed, approved and paid by HQ', () => {
  let session: HqSession;
  let lead: Page;

  beforeAll(async () => {
    await mkdir(SHOTS, { recursive: true });
    session = await openHqSession(AS_OF);
  }, 180_000);

  afterAll(async () => {
    await session?.close();
  });

  it('HQ closes the statement through the server: the frozen figures come back by sync', async () => {
    lead = await session.signIn('hq@demo.test');
    await openStatement(lead);
    await expect.poll(() => statusText(lead)).toBe('Open — accruing');
    const liveTotal = await lead.getByRole('table', { name: 'Incentive statement' }).locator('tfoot').textContent();
    await lead.getByRole('button', { name: 'Close statement' }).click();
    await expect.poll(() => statusText(lead), SYNC_TIMEOUT).toMatch(new RegExp(`^Closed on \\w{3} \\d+, \\d{4} by ${hq.displayName}$`));
    await expect.poll(() => lead.getByText('This is the statement as it was closed.', { exact: false }).count()).toBe(1);
    expect(await lead.getByRole('table', { name: 'Incentive statement' }).locator('tfoot').textContent()).toBe(liveTotal);
  });

  it('HQ approves it and marks it paid, and the server records who did it', async () => {
    await lead.getByRole('button', { name: 'Approve' }).click();
    await waitSynced(lead);
    await expect.poll(() => statusText(lead), SYNC_TIMEOUT).toMatch(new RegExp(`^Approved on .+ by ${hq.displayName} · Closed on`));
    await lead.getByRole('button', { name: 'Mark paid' }).click();
    const dialog = lead.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Mark paid' }).click();
    // Without a reference the dialog names the field and nothing is saved.
    await expect.poll(() => dialog.getByText('Payment reference is required').count()).toBe(1);
    await dialog.getByLabel('Payment reference').fill('REM-E2E-0042');
    await dialog.getByRole('button', { name: 'Mark paid' }).click();
    await expect.poll(() => lead.getByRole('dialog').count()).toBe(0);
    await waitSynced(lead);
    await expect.poll(() => statusText(lead), SYNC_TIMEOUT).toMatch(new RegExp(`^Paid on .+ ref REM-E2E-0042 by ${hq.displayName} · Approved on`));
    await shoot(lead, 'incentive-statement-paid');
  });

  it('keeps Close statement disabled offline and says why, since only the server can close one', async () => {
    await lead.context().setOffline(true);
    await expect.poll(() => lead.getByTestId('sync-status').textContent(), SYNC_TIMEOUT).toMatch(/offline/i);
    await choose(lead, 'Quarter', '2025-Q2');
    await expect.poll(() => statusText(lead)).toBe('Open — accruing');
    expect(await lead.getByRole('button', { name: 'Close statement' }).isDisabled()).toBe(true);
    await expect.poll(() => lead.getByText('Closing a statement needs the HQ server, and this device is offline. Connect to close it.').count()).toBe(1);
    await lead.context().setOffline(false);
    await expect.poll(() => lead.getByRole('button', { name: 'Close statement' }).isDisabled(), SYNC_TIMEOUT).toBe(false);
  });

  it("lists a quarter's statements for HQ and closes them all at once", async () => {
    await lead.getByRole('link', { name: 'Incentives', exact: true }).click();
    const list = lead.getByTestId('quarter-statements');
    await choose(lead, 'Quarter', '2025-Q2');
    await expect.poll(() => lead.getByText(`0 closed, ${demo.records.partners.length} open`).count(), SYNC_TIMEOUT).toBe(1);
    await lead.getByRole('button', { name: 'Close all for 2025-Q2' }).click();
    await expect.poll(() => lead.getByText(`${demo.records.partners.length} closed, 0 open`).count(), SYNC_TIMEOUT).toBe(1);
    expect(await list.getByRole('row').filter({ hasText: partner.name }).textContent()).toMatch(new RegExp(`Closed.*Closed on .+ by ${hq.displayName}`));
    expect(await lead.getByRole('button', { name: 'Close all for 2025-Q2' }).isDisabled()).toBe(true);
    await shoot(lead, 'incentive-statements-quarter');
  });

  it("shows the partner's manager the statement paid, on their own device, with no action for them", async () => {
    const field = await session.signIn(manager.email);
    await openStatement(field);
    await expect.poll(() => statusText(field), SYNC_TIMEOUT).toMatch(/^Paid on .+ ref REM-E2E-0042/);
    expect(await field.getByRole('button', { name: /Close statement|Approve|Mark paid/ }).count()).toBe(0);
    expect(session.errors).toEqual([]);
  });
});
