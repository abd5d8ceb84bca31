import { addDays, format } from 'date-fns';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoWorkspace } from '../../shared/demo';
import { dateText } from '../../shared/domain/date-text';
import type { Partner } from '../../shared/domain/partner';
import { protectedUntil, registrationState } from '../../shared/registrations/lifecycle';
import { openHqSession, SYNC_TIMEOUT, waitSynced, type HqSession } from './hq-session';
import { shoot } from './screenshots';

const MANAGER = 'manager1@demo.test';

// Issue 15 against a real HQ server: the manager's device cannot see another territory's registrations, so its own
// check finds nothing; the server finds the conflict on push and the device shows it. HQ's approval into that
// conflict is held by the server as flagged.
describe('deal registration against the HQ server: the conflict only the server can see', () => {
  const today = format(new Date(), 'yyyy-MM-dd');
  const demo = demoWorkspace(today);
  const managerTerritory = demo.users.find((u) => u.email === MANAGER)!.territoryIds[0]!;
  const partners = demo.records.partners as Partner[];
  // A registration protected for weeks yet, in a territory the manager does not work.
  const held = demo.records.opportunities.find(
    (o) => !o.deleted && o.territoryId !== managerTerritory && registrationState(o, today) === 'protected' && protectedUntil(o)! > format(addDays(new Date(), 30), 'yyyy-MM-dd'),
  )!;
  const holder = partners.find((p) => p.id === held.partnerId)!;
  const claimant = partners.filter((p) => p.territoryId === managerTerritory && p.status !== 'inactive').sort((a, b) => a.name.localeCompare(b.name))[0]!;
  let session: HqSession;
  let manager: Page;

  const dealRow = (page: Page) => page.getByRole('table', { name: 'Opportunities' }).getByRole('row').filter({ hasText: held.customerName }).first();

  beforeAll(async () => {
    session = await openHqSession(today);
  }, 180_000);

  afterAll(async () => {
    await session?.close();
  });

  it('finds nothing on the device, and shows the conflict the server attached on push', async () => {
    expect(held, 'a protected registration outside the manager’s territory').toBeDefined();
    manager = await session.signIn(MANAGER);
    await manager.getByLabel('Search partners').fill(claimant.name);
    await manager.getByRole('link', { name: claimant.name, exact: true }).click();
    await manager.getByRole('tab', { name: 'Pipeline' }).click();
    await manager.getByRole('button', { name: 'Register deal' }).click();
    const form = manager.getByRole('dialog', { name: 'Register a deal' });
    await form.getByRole('textbox', { name: 'Customer' }).fill(held.customerName);
    await form.getByRole('textbox', { name: 'Product line' }).fill('Analytics');
    await form.getByLabel('Amount', { exact: true }).fill('36000');
    await form.getByLabel('Close date').fill(format(addDays(new Date(), 40), 'yyyy-MM-dd'));
    await form.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => manager.getByRole('dialog').count()).toBe(0);

    await dealRow(manager).getByRole('button', { name: `Submit registration for ${held.customerName}` }).click();
    const dialog = manager.getByRole('dialog', { name: `Submit the registration for ${held.customerName}` });
    await expect.poll(() => dialog.getByText(`No conflicting registration or direct deal for ${held.customerName} among the deals on this device.`).count()).toBe(1);
    await expect.poll(() => dialog.getByText('The server checks again, against every territory, when this registration reaches it', { exact: false }).count()).toBe(1);
    await shoot(manager, 'registration-server-submit');
    await dialog.getByRole('button', { name: 'Submit registration' }).click();
    await expect.poll(() => manager.getByRole('dialog').count()).toBe(0);
    await waitSynced(manager);
    // The other partner is not on this device: the server's finding names the customer and the end of its protection.
    await expect
      .poll(() => dealRow(manager).textContent(), SYNC_TIMEOUT)
      .toContain(`Conflict found by the server: ${held.customerName} is protected for a partner outside your territories until ${dateText(protectedUntil(held)!)}`);
    await shoot(manager, 'registration-server-conflict-row');
    expect(session.errors).toEqual([]);
  }, 180_000);

  it('shows HQ both sides; an approval into the conflict is held by the server, a rejection stands', async () => {
    const lead = await session.signIn('hq@demo.test');
    await lead.getByRole('link', { name: 'Registrations', exact: true }).click();
    const item = lead.getByRole('region', { name: `Registration for ${held.customerName}` }).filter({ hasText: claimant.name });
    const side = item.getByRole('table', { name: `Conflict side by side for ${held.customerName}` });
    await expect.poll(() => side.textContent(), SYNC_TIMEOUT).toContain(holder.name);
    expect(await side.textContent()).toContain('found by the server');
    await shoot(lead, 'registration-server-queue', { fullPage: true });

    await item.getByRole('button', { name: `Approve the registration for ${held.customerName}` }).click();
    const approve = lead.getByRole('dialog', { name: `Approve the registration for ${held.customerName}` });
    await expect.poll(() => approve.getByText('The server checks again when your approval reaches it', { exact: false }).count()).toBe(1);
    await approve.getByRole('textbox', { name: 'Reason' }).fill('Partner brought the customer to the summit');
    await approve.getByRole('button', { name: 'Approve registration' }).click();
    await expect.poll(() => lead.getByRole('dialog').count()).toBe(0);
    await waitSynced(lead);
    await expect.poll(() => item.textContent(), SYNC_TIMEOUT).toContain('Approval of');
    expect(await item.textContent()).toContain('held by the server for a conflict: Partner brought the customer to the summit');

    await item.getByRole('button', { name: `Reject the registration for ${held.customerName}` }).click();
    const reject = lead.getByRole('dialog', { name: `Reject the registration for ${held.customerName}` });
    await reject.getByRole('textbox', { name: 'Reason' }).fill(`${holder.name} holds this customer until ${dateText(protectedUntil(held)!)}`);
    await reject.getByRole('button', { name: 'Reject registration' }).click();
    await expect.poll(() => lead.getByRole('dialog').count()).toBe(0);
    await waitSynced(lead);

    // The manager's device pulls the decision and its reason onto the deal.
    await expect.poll(() => dealRow(manager).textContent(), SYNC_TIMEOUT).toContain(`${holder.name} holds this customer until`);
    expect(await dealRow(manager).textContent()).toContain('Registration rejected');
    await shoot(manager, 'registration-server-rejected-row');
    expect(session.errors).toEqual([]);
  }, 180_000);
});
