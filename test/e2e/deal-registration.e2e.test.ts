import { addDays, format } from 'date-fns';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoWorkspace } from '../../shared/demo';
import { dateText } from '../../shared/domain/date-text';
import { formatCents } from '../../shared/domain/money';
import { protectedUntil, registrationState } from '../../shared/registrations/lifecycle';
import { choose } from './choose';
import { shoot } from './screenshots';
import { openDemoSession, type DemoSession } from './web-build';

// Issue 15 as a partner manager and an HQ approver meet it in demo mode: a registration for a customer another
// partner already holds, the conflict named on submit and side by side in the queue, HQ's decisions with their reasons.
describe('deal registration: submit, conflict, review queue, decisions', () => {
  let session: DemoSession;
  let page: Page;
  const today = format(new Date(), 'yyyy-MM-dd');
  const { records } = demoWorkspace(today);
  const partnerName = (id: string | null) => records.partners.find((p) => p.id === id)!.name;
  // Another partner's registration protecting its customer today, for weeks yet.
  const held = records.opportunities.find((o) => !o.deleted && registrationState(o, today) === 'protected' && protectedUntil(o)! > format(addDays(new Date(), 30), 'yyyy-MM-dd'))!;
  const heldUntil = dateText(protectedUntil(held)!);
  // What the demo's queue holds already, before this test adds to it.
  const awaiting = records.opportunities.filter((o) => !o.deleted && ['submitted', 'flagged'].includes(registrationState(o, today))).length;
  const holder = partnerName(held.partnerId);
  // A partner of the same territory that now claims the same customer.
  const claimant = records.partners.find((p) => p.territoryId === held.territoryId && p.id !== held.partnerId && p.status !== 'inactive')!;
  const closeOn = format(addDays(new Date(), 45), 'yyyy-MM-dd');

  const openPartner = async (name: string, tab: string) => {
    await page.getByRole('link', { name: 'Partners', exact: true }).click();
    await page.getByLabel('Search partners').fill(name);
    await page.getByRole('link', { name, exact: true }).click();
    await page.getByRole('tab', { name: tab }).click();
  };

  const registerDeal = async (customer: string, amount: string) => {
    await page.getByRole('button', { name: 'Register deal' }).click();
    const dialog = page.getByRole('dialog', { name: 'Register a deal' });
    await dialog.getByRole('textbox', { name: 'Customer' }).fill(customer);
    await dialog.getByRole('textbox', { name: 'Product line' }).fill('Analytics');
    await dialog.getByLabel('Amount', { exact: true }).fill(amount);
    await dialog.getByLabel('Close date').fill(closeOn);
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
  };

  const dealRow = (customer: string) => page.getByRole('table', { name: 'Opportunities' }).getByRole('row').filter({ hasText: customer }).first();

  beforeAll(async () => {
    session = await openDemoSession();
    page = session.page;
    await page.goto(session.site.url);
    await page.waitForFunction(() => /^\d+ partners$/.test(document.querySelector('[data-testid="partner-count"]')?.textContent ?? ''), undefined, { timeout: 60_000 });
  }, 180_000);

  afterAll(async () => {
    await session?.close();
  });

  it('names the conflict when a manager submits a registration for a customer another partner holds', async () => {
    expect(held, 'a protected registration in the demo').toBeDefined();
    expect(claimant, 'a second partner in its territory').toBeDefined();
    await openPartner(claimant.name, 'Pipeline');
    await registerDeal(held.customerName, '48000');
    await expect.poll(() => dealRow(held.customerName).textContent()).toContain('Not registered');
    await dealRow(held.customerName).getByRole('button', { name: `Submit registration for ${held.customerName}` }).click();
    const dialog = page.getByRole('dialog', { name: `Submit the registration for ${held.customerName}` });
    const warning = dialog.getByRole('alert').filter({ hasText: 'Possible channel conflict' });
    await expect.poll(() => warning.textContent()).toContain(`${held.customerName} is protected for ${holder} until ${heldUntil}`);
    await expect.poll(() => dialog.getByText('This demo has no server, so the check on this device is the only one.').count()).toBe(1);
    const side = dialog.getByRole('table', { name: `Conflict side by side for ${held.customerName}` });
    await expect.poll(() => side.textContent()).toContain(holder);
    await dialog.getByLabel('Note to the approver').fill('Met their CFO at the partner summit; they asked us for a quote');
    await shoot(page, 'registration-submit-conflict');
    await dialog.getByRole('button', { name: 'Submit registration' }).click();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await expect.poll(() => dealRow(held.customerName).textContent()).toContain(`Awaiting approval since ${dateText(today)}`);
    expect(session.errors).toEqual([]);
  }, 120_000);

  it('shows HQ the registration beside the one it conflicts with, and records an approval with its reason on the deal', async () => {
    await choose(page, 'Demo role', 'HQ program lead');
    await page.getByRole('link', { name: 'Registrations', exact: true }).click();
    await expect.poll(() => page.getByRole('heading', { level: 2 }).textContent()).toBe(`Registration review · ${awaiting + 1} awaiting a decision`);
    const item = page.getByRole('region', { name: `Registration for ${held.customerName}` });
    const side = item.getByRole('table', { name: `Conflict side by side for ${held.customerName}` });
    const rowText = (label: string) => side.getByRole('row').filter({ has: page.getByRole('rowheader', { name: label, exact: true }) }).textContent();
    await expect.poll(() => rowText('Partner')).toContain(claimant.name);
    expect(await rowText('Partner')).toContain(holder);
    expect(await rowText('Customer')).toContain(`${held.customerName}${held.customerName}`);
    expect(await rowText('Protected until')).toContain(heldUntil);
    expect(await rowText('Amount')).toContain(`${formatCents(48_000_00)}${formatCents(held.amountCents, held.currency)}`);
    await expect.poll(() => item.getByText('Note from the partner manager', { exact: false }).count()).toBe(1);
    await shoot(page, 'registration-queue', { fullPage: true });

    await item.getByRole('button', { name: `Approve the registration for ${held.customerName}` }).click();
    const dialog = page.getByRole('dialog', { name: `Approve the registration for ${held.customerName}` });
    // No reason: refused under the reason box, the dialog kept open.
    await dialog.getByRole('button', { name: 'Approve registration' }).click();
    await expect.poll(() => dialog.getByText('Reason is required', { exact: false }).count()).toBe(1);
    await shoot(page, 'registration-approve-reason-required');
    await dialog.getByRole('textbox', { name: 'Reason' }).fill(`${holder} confirmed it no longer works the account`);
    await dialog.getByRole('button', { name: 'Approve registration' }).click();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await expect.poll(() => page.getByRole('heading', { level: 2 }).textContent()).toBe(`Registration review · ${awaiting} awaiting a decision`);

    await openPartner(claimant.name, 'Pipeline');
    const row = dealRow(held.customerName);
    await expect.poll(() => row.textContent()).toContain(`Approved ${dateText(today)}: ${holder} confirmed it no longer works the account`);
    expect(await row.textContent()).toContain(`Protected until ${dateText(format(addDays(new Date(), 90), 'yyyy-MM-dd'))} (90 days left)`);
    await shoot(page, 'registration-approved-deal-row');
    expect(session.errors).toEqual([]);
  }, 120_000);

  it('shows a rejection and its reason on the deal and on the partner page', async () => {
    const customer = 'Quillfeather Studios Ltd';
    await registerDeal(customer, '12000');
    await dealRow(customer).getByRole('button', { name: `Submit registration for ${customer}` }).click();
    const submit = page.getByRole('dialog', { name: `Submit the registration for ${customer}` });
    await expect.poll(() => submit.getByText(`No conflicting registration or direct deal for ${customer}`, { exact: false }).count()).toBe(1);
    await submit.getByLabel('Customer domain').fill('quillfeather.example');
    await submit.getByRole('button', { name: 'Submit registration' }).click();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);

    // HQ decides from the deal row too.
    await dealRow(customer).getByRole('button', { name: `Reject the registration for ${customer}` }).click();
    const reject = page.getByRole('dialog', { name: `Reject the registration for ${customer}` });
    await reject.getByRole('textbox', { name: 'Reason' }).fill('The customer buys direct under its enterprise agreement');
    await shoot(page, 'registration-reject-dialog');
    await reject.getByRole('button', { name: 'Reject registration' }).click();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await expect.poll(() => dealRow(customer).textContent()).toContain(`Rejected ${dateText(today)}: The customer buys direct under its enterprise agreement`);
    expect(await dealRow(customer).textContent()).toContain('Registration rejected');

    await page.getByRole('tab', { name: 'Overview' }).click();
    const card = page.getByRole('region', { name: 'Deal registrations' });
    const rejected = records.opportunities.filter((o) => o.partnerId === claimant.id && !o.deleted && registrationState(o, today) === 'rejected').length;
    await expect.poll(() => card.textContent()).toContain(`${rejected + 1} rejected`);
    expect(await card.textContent()).toContain('The customer buys direct under its enterprise agreement');
    await card.scrollIntoViewIfNeeded();
    await shoot(page, 'registration-partner-overview');
    await choose(page, 'Demo role', 'Partner manager');
    expect(session.errors).toEqual([]);
  }, 120_000);
});
