import { format } from 'date-fns';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoWorkspace } from '../../shared/demo';
import { quarterOf, shiftQuarter, CALENDAR_YEAR } from '../../shared/domain/quarter';
import { choose } from './choose';
import { openDemoSession, type DemoSession } from './web-build';

// An OEM on a contract year, as a manager reads and edits it: the demo the app makes today has one with a recall.
describe("an OEM's contract year and returns", () => {
  let session: DemoSession;
  let page: Page;
  const today = format(new Date(), 'yyyy-MM-dd');
  const lastComplete = shiftQuarter(quarterOf(today, CALENDAR_YEAR), -1);
  const oem = demoWorkspace(today).records.partners.find(
    (p) => p.attributes.partnerType === 'oem' && p.attributes.usageReports.some((r) => r.returnedUnits),
  )!;
  const attributes = oem.attributes.partnerType === 'oem' ? oem.attributes : null;
  const recalled = attributes!.usageReports.find((r) => r.returnedUnits)!.quarter;

  beforeAll(async () => {
    session = await openDemoSession();
    page = session.page;
  }, 180_000);

  afterAll(async () => {
    await session?.close();
  });

  it('refuses a contract year that starts inside a quarter under its input, and shows the year-end true-up and the credit', async () => {
    await page.goto(session.site.url);
    await expect.poll(() => page.getByTestId('partner-count').textContent(), { timeout: 30_000 }).toMatch(/^\d+ partners$/);
    await page.getByLabel('Search partners').fill(oem.name);
    await page.getByRole('link', { name: oem.name }).click();

    await page.getByRole('button', { name: 'Edit partner' }).click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.getByLabel('Contract year starts').inputValue()).toBe(attributes!.contractYearStartsOn);
    await dialog.getByLabel('Contract year starts').fill('2026-05-15');
    await dialog.getByRole('button', { name: 'Save partner' }).click();
    await expect
      .poll(() => dialog.getByText('Contract year start must be the first day of a month', { exact: false }).count())
      .toBeGreaterThan(0);
    await dialog.getByLabel('Contract year starts').fill(attributes!.contractYearStartsOn!);
    await dialog.getByLabel('Annual minimum ($)').fill('500,000');
    await dialog.getByRole('button', { name: 'Save partner' }).click();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);

    // The shipment report shows what came back.
    await expect.poll(() => page.getByRole('table', { name: 'Shipment reports' }).getByRole('row').filter({ hasText: recalled }).textContent()).toMatch(/refunded/);

    await page.getByRole('tab', { name: 'Incentives' }).click();
    const statement = page.getByRole('table', { name: 'Incentive statement' });
    // The demo has closed the last complete quarter: its true-up stays as closed, and the raised minimum
    // is settled on the open quarter after it, as a correction (issue 14: a closed statement never changes).
    await choose(page, 'Quarter', lastComplete);
    await expect.poll(() => page.getByTestId('statement-status').textContent()).toMatch(/^(Closed|Approved|Paid) on/);
    await expect.poll(() => statement.getByRole('row').filter({ hasText: 'Year-end true-up' }).textContent()).not.toMatch(/\$500,000 minimum/);
    await choose(page, 'Quarter', quarterOf(today, CALENDAR_YEAR));
    await expect.poll(() => statement.getByRole('row').filter({ hasText: `Correction to ${lastComplete}` }).textContent()).toMatch(/\$500,000 minimum|recomputed/);
    await choose(page, 'Quarter', recalled);
    await expect.poll(() => statement.getByText('Credit for returned units').count()).toBe(1);
    expect(session.errors).toEqual([]);
  }, 120_000);
});
