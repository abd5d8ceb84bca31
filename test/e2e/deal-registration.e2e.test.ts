import { addDays, format } from 'date-fns';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoWorkspace } from '../../shared/demo';
import { dateText } from '../../shared/domain/date-text';
import { formatCents } from '../../shared/domain/money';
import { mayDecide, protectedUntil, registrationState } from '../../shared/registrations/lifecycle';
import { choose } from './choose';
import { shoot } from './screenshots';
import { openDemoWorkspace, type DemoSession } from './web-build';

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
    session = await openDemoWorkspace();
    page = session.page;
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

  it('lets the manager ask for longer protection, and HQ grant it with a reason', async () => {
    const until = format(addDays(new Date(), 150), 'yyyy-MM-dd');
    await page.getByRole('tab', { name: 'Pipeline' }).click();
    await dealRow(held.customerName).getByRole('button', { name: `Request extension for ${held.customerName}` }).click();
    const ask = page.getByRole('dialog', { name: `Ask to extend the protection for ${held.customerName}` });
    await ask.getByLabel('Protect until').fill(until);
    await ask.getByRole('textbox', { name: 'Reason' }).fill('Their budget moves to the next fiscal year');
    await shoot(page, 'registration-extension-request');
    await ask.getByRole('button', { name: 'Request extension' }).click();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await expect.poll(() => dealRow(held.customerName).textContent()).toContain(`Extension to ${dateText(until)} asked ${dateText(today)}, awaiting the approver`);

    await choose(page, 'Demo role', 'HQ program lead');
    await page.getByRole('link', { name: 'Registrations', exact: true }).click();
    const item = page.getByRole('region', { name: `Registration for ${held.customerName}` });
    await item.getByRole('button', { name: `Approve extension for ${held.customerName}` }).click();
    const grant = page.getByRole('dialog', { name: `Approve the extension for ${held.customerName}` });
    await expect.poll(() => grant.textContent()).toContain('Their budget moves to the next fiscal year');
    await grant.getByRole('textbox', { name: 'Reason' }).fill('Customer confirmed the new budget date');
    await grant.getByRole('button', { name: 'Approve extension' }).click();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await expect.poll(() => item.count()).toBe(0);

    await openPartner(claimant.name, 'Pipeline');
    const row = dealRow(held.customerName);
    await expect.poll(() => row.textContent()).toContain(`Protected until ${dateText(until)} (150 days left)`);
    expect(await row.textContent()).toContain(`Extension to ${dateText(until)} approved: Customer confirmed the new budget date`);
    await shoot(page, 'registration-extended-deal-row');
    expect(session.errors).toEqual([]);
  }, 120_000);

  it('lets HQ hand decisions up to an amount to territory managers, who then decide those in the queue', async () => {
    await page.getByRole('link', { name: 'Registrations', exact: true }).click();
    const editor = page.getByTestId('registration-approval-editor');
    await choose(page, 'Who approves', 'Territory manager, up to an amount', editor);
    await editor.getByLabel('Approval limit for managers ($)').fill('100000');
    await editor.getByLabel('Protection (days)').fill('0');
    await editor.getByRole('button', { name: 'Save registration approval' }).click();
    await expect.poll(() => editor.getByText('Protection (days) must be from 1 to 730 days').count()).toBe(1);
    await editor.getByLabel('Protection (days)').fill('60');
    await editor.getByRole('button', { name: 'Save registration approval' }).click();
    await expect
      .poll(() => page.getByText('The territory manager decides deals up to $100,000, HQ any deal; an approval protects the deal for 60 days.', { exact: false }).count())
      .toBe(1);
    await editor.scrollIntoViewIfNeeded();
    await shoot(page, 'registration-approval-editor');

    // The demo's manager is the one who submitted its territory's registrations: those go to HQ or another manager.
    const settings = { ...records.programSettings[0]!, registrationApproval: { approver: 'territory-manager' as const, managerLimitCents: 100_000_00, protectionDays: 60 } };
    const managerId = [...records.partners].sort((a, b) => a.name.localeCompare(b.name))[0]!.ownerUserId;
    const pending = records.opportunities.filter((o) => !o.deleted && ['submitted', 'flagged'].includes(registrationState(o, today)));
    const decidable = pending.filter((o) => mayDecide(settings, { id: managerId, role: 'manager' }, o));
    expect(decidable.length, 'a registration the demo manager may decide under the limit').toBeGreaterThan(0);
    expect(decidable.length, 'and one that still goes to HQ').toBeLessThan(pending.length);
    await choose(page, 'Demo role', 'Partner manager');
    await page.getByRole('link', { name: 'Registrations', exact: true }).click();
    await expect.poll(() => page.getByRole('heading', { level: 2 }).textContent()).toBe(`Registration review · ${pending.length} awaiting a decision`);
    await expect.poll(() => page.getByRole('button', { name: /^Approve the registration for / }).count()).toBe(decidable.length);
    for (const deal of pending.filter((o) => !decidable.includes(o))) {
      expect(await page.getByRole('region', { name: `Registration for ${deal.customerName}` }).getByText(/decides/).count()).toBeGreaterThan(0);
    }
    await page.evaluate(() => window.scrollTo(0, 0));
    await shoot(page, 'registration-queue-manager', { fullPage: true });
    expect(session.errors).toEqual([]);
  }, 120_000);
});
