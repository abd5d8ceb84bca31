import { format } from 'date-fns';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoWorkspace } from '../../shared/demo';
import { formatCents } from '../../shared/domain/money';
import { quarterOf, quarterRange, CALENDAR_YEAR } from '../../shared/domain/quarter';
import { choose } from './choose';
import { shoot } from './screenshots';
import { openDemoWorkspace, type DemoSession } from './web-build';

// Issue 14 as a manager and an HQ lead meet it in demo mode: a return on a won deal, a second partner on a deal,
// and a tier ladder HQ cannot save upside down.
describe('credit notes, two partners on a deal, and the tier ladder', () => {
  let session: DemoSession;
  let page: Page;
  const today = format(new Date(), 'yyyy-MM-dd');
  const quarter = quarterRange(quarterOf(today, CALENDAR_YEAR), CALENDAR_YEAR);
  const { records } = demoWorkspace(today);
  // A reseller with a won deal of this quarter not yet credited, and an SI of its territory to put beside it on a new deal.
  const won = records.opportunities.find(
    (o) =>
      o.stage === 'won' &&
      o.closeOn >= quarter.start &&
      o.closeOn < today &&
      !o.creditNotes?.length &&
      o.amountCents >= 1_000_00 &&
      records.partners.find((p) => p.id === o.partnerId)?.partnerType === 'reseller',
  )!;
  const reseller = records.partners.find((p) => p.id === won.partnerId)!;
  const si = records.partners.find((p) => p.partnerType === 'si' && p.territoryId === reseller.territoryId)!;

  const openPartner = async (name: string, tab: string) => {
    await page.getByRole('link', { name: 'Partners', exact: true }).click();
    await page.getByLabel('Search partners').fill(name);
    await page.getByRole('link', { name, exact: true }).click();
    await page.getByRole('tab', { name: tab }).click();
  };

  beforeAll(async () => {
    session = await openDemoWorkspace();
    page = session.page;
  }, 180_000);

  afterAll(async () => {
    await session?.close();
  });

  it('issues a credit note against a won deal: more than was sold is refused under the amount, a part is shown on the row', async () => {
    await openPartner(reseller.name, 'Pipeline');
    const row = page.getByRole('table', { name: 'Opportunities' }).getByRole('row').filter({ hasText: won.customerName }).first();
    await row.getByRole('button', { name: `Credit note for the deal with ${won.customerName}` }).click();
    const dialog = page.getByRole('dialog', { name: `Credit note for the deal with ${won.customerName}` });
    await dialog.getByLabel('Amount credited ($)').fill(String(won.amountCents / 100 + 1));
    await dialog.getByLabel('Reason').fill('Licences returned at go-live');
    await dialog.getByRole('button', { name: 'Issue credit note' }).click();
    await expect.poll(() => dialog.getByText('would credit more than the deal amount', { exact: false }).count()).toBe(1);
    // A tenth back, in whole dollars.
    const credited = Math.round(won.amountCents / 1_000) * 100;
    await dialog.getByLabel('Amount credited ($)').fill(String(credited / 100));
    await dialog.getByRole('button', { name: 'Issue credit note' }).click();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await expect.poll(() => row.textContent()).toContain(`${formatCents(won.amountCents)} · ${formatCents(credited)} credited`);
    await shoot(page, 'pipeline-credit-note');
  }, 120_000);

  it('registers a deal with an SI beside the reseller, and the SI’s pipeline lists it as its own part', async () => {
    await page.getByRole('button', { name: 'Register deal' }).click();
    const dialog = page.getByRole('dialog', { name: 'Register a deal' });
    await dialog.getByRole('textbox', { name: 'Customer' }).fill('Bluewater Shared Deal Ltd');
    await dialog.getByRole('textbox', { name: 'Product line' }).fill('Analytics');
    await dialog.getByLabel('Amount', { exact: true }).fill('120000');
    await dialog.getByLabel('Close date').fill(quarter.end);
    await choose(page, 'Other partner on the deal', si.name, dialog);
    await choose(page, 'Their role', 'Influenced', dialog);
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);

    await openPartner(si.name, 'Pipeline');
    const shared = page.getByRole('table', { name: 'Opportunities' }).getByRole('row').filter({ hasText: 'Bluewater Shared Deal Ltd' });
    await expect.poll(() => shared.textContent()).toContain(`Influenced, on ${reseller.name}’s deal`);
    await expect.poll(() => shared.getByRole('link', { name: `Open ${reseller.name}` }).count()).toBe(1);
    await shoot(page, 'pipeline-other-partner-deal');
  }, 120_000);

  it('refuses tier rules whose Platinum asks less than Gold, under the Platinum cell', async () => {
    await choose(page, 'Demo role', 'HQ program lead');
    await page.getByRole('link', { name: 'Program rules', exact: true }).click();
    const table = page.getByRole('table', { name: 'Tier requirements' });
    // The rules in force fill the table first; Gold asks $50,000 of a reseller in the demo.
    await expect.poll(() => table.getByLabel('Gold trailing revenue', { exact: true }).inputValue()).toBe('50000');
    await table.getByLabel('Platinum trailing revenue', { exact: true }).fill('1000');
    await page.getByRole('button', { name: /^Save as version/ }).click();
    const cell = table.getByRole('row').filter({ hasText: 'Platinum' });
    await expect.poll(() => cell.getByText('cannot ask less than Gold', { exact: false }).count()).toBe(1);
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'Minimum trailing revenue (Platinum)' }).count()).toBe(1);
    await shoot(page, 'tier-rules-ladder-refused');
    await choose(page, 'Demo role', 'Partner manager');
    expect(session.errors).toEqual([]);
  }, 120_000);

  it('lists the registrations whose protection ends within 14 days on the pipeline page', async () => {
    const ending = records.opportunities.filter(
      (o) => o.partnerId && o.protectionEndsOn && o.protectionEndsOn >= today && o.registeredOn! <= today && !['won', 'lost'].includes(o.stage) && Date.parse(o.protectionEndsOn) - Date.parse(today) <= 14 * 86_400_000,
    );
    expect(ending.length).toBeGreaterThan(0);
    await page.getByRole('link', { name: 'Pipeline', exact: true }).click();
    const table = page.getByRole('table', { name: 'Protection ending soon' });
    await expect.poll(() => page.getByRole('heading', { name: /^Protection ending within 14 days · / }).textContent()).toBe(`Protection ending within 14 days · ${ending.length}`);
    await expect.poll(() => table.getByRole('row').count()).toBeGreaterThan(1);
    const texts = await table.getByRole('row').allTextContents();
    for (const row of texts.slice(1)) expect(row).toMatch(/Protected until .* \((\d+) days? left\)/);
    await shoot(page, 'pipeline-protection-ending');
  }, 120_000);
});
