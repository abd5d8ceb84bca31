import { mkdir } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activate } from './activate';
import { choose } from './choose';
import { shoot, SHOTS } from './screenshots';
import { openDemoSession, type DemoSession } from './web-build';


/** The objective at `n` (from 1), found by the name its box carries. */
const objective = (page: Page, n: number) => page.getByRole('region', { name: new RegExp(`^Objective ${n}:`) });

// A joint business plan made at the partner's site, offline (the demo workspace has no server), in real
// Chromium and IndexedDB: objectives, the weights rule, agreement, lock, revision.
describe('joint business plan', () => {
  let session: DemoSession;
  let page: Page;
  const partnerName = 'Halcyon Plan Partners';

  beforeAll(async () => {
    await mkdir(SHOTS, { recursive: true });
    session = await openDemoSession();
    page = session.page;
  }, 180_000);

  afterAll(async () => {
    await session?.close();
  });

  it('starts a plan for this half on a new partner', async () => {
    await page.goto(session.site.url);
    await expect.poll(() => page.getByTestId('partner-count').textContent(), { timeout: 30_000 }).toMatch(/^\d+ partners$/);
    await page.getByRole('button', { name: 'New partner' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Name').fill(partnerName);
    await dialog.getByLabel('Region').fill('Nordics');
    await dialog.getByLabel('Vertical').fill('Logistics');
    await dialog.getByRole('button', { name: 'Add partner' }).click();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await page.getByLabel('Search partners').fill('halcyon');
    await page.getByRole('link', { name: partnerName }).click();

    const half = await page.evaluate(() => {
      const d = new Date();
      return `${d.getFullYear()}-H${d.getMonth() < 6 ? 1 : 2}`;
    });
    const card = page.getByRole('region', { name: 'Business plan' }).or(page.getByLabel('Business plan'));
    await expect.poll(() => card.getByText(`No plan for ${half} yet.`).count(), { timeout: 30_000 }).toBe(1);
    // The tier card above it grows once assessed: pressed by keyboard, not clicked where it was.
    await activate(card.getByRole('button', { name: `Make the ${half} plan` }));

    await expect.poll(() => page.getByRole('tab', { name: 'Business plan', selected: true }).count()).toBe(1);
    expect(await page.getByRole('combobox', { name: 'Period' }).textContent()).toBe(`${half} (this half)`);
    await page.getByRole('button', { name: 'Create plan' }).click();
    await expect.poll(() => page.getByTestId('plan-status').textContent()).toBe('Draft');
  });

  it('takes three objectives, one custom, and will not agree until the weights add up to 100', async () => {
    await activate(page.getByRole('button', { name: 'Add objective' }));
    let o = objective(page, 1);
    await choose(page, 'Kind', 'Partner-sourced revenue', o);
    expect(await o.getByRole('textbox', { name: 'Objective' }).inputValue()).toBe('Partner-sourced revenue');
    await o.getByLabel('Target ($)').fill('250,000');
    expect(await o.getByLabel('Weight (%)').inputValue()).toBe('100');
    await o.getByLabel('Weight (%)').fill('50');

    await activate(page.getByRole('button', { name: 'Add objective' }));
    o = objective(page, 2);
    // What is left of the 100 is offered; deals won is the default kind.
    expect(await o.getByLabel('Weight (%)').inputValue()).toBe('50');
    await o.getByLabel('Target').fill('0');
    await o.getByLabel('Weight (%)').fill('30');

    await activate(page.getByRole('button', { name: 'Add objective' }));
    o = objective(page, 3);
    await choose(page, 'Kind', 'Custom (actual typed in)', o);
    await o.getByRole('textbox', { name: 'Objective' }).fill('Joint case studies published');
    await o.getByLabel('Target').fill('3');
    await o.getByLabel('Weight (%)').fill('10');
    await o.getByLabel('Actual to date').fill('1');

    await expect.poll(() => page.getByTestId('plan-weights').textContent()).toBe('Weights add up to 90 of 100: they must add up to 100 before the plan can be agreed.');
    await page.getByRole('button', { name: 'Save plan' }).click();
    // The one wrong figure is named under its own input; the rest of what was typed stays.
    await expect.poll(() => objective(page, 2).getByText('Target must be at least 1').count()).toBe(1);
    await objective(page, 2).getByLabel('Target').fill('6');
    await page.getByRole('button', { name: 'Save plan' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Save plan' }).isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: 'Agree plan…' }).isDisabled()).toBe(true);
    await expect.poll(() => objective(page, 3).getByTestId('objective-standing').textContent()).toMatch(/Actual to date: 1 of 3.*33% attained/);

    await objective(page, 3).getByLabel('Weight (%)').fill('20');
    await expect.poll(() => page.getByTestId('plan-weights').textContent()).toBe('Weights add up to 100 of 100.');
    // Typed but not saved: the plan agreed must be the one saved.
    expect(await page.getByRole('button', { name: 'Agree plan…' }).isDisabled()).toBe(true);
    await page.getByRole('button', { name: 'Save plan' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Agree plan…' }).isEnabled()).toBe(true);
    await expect.poll(() => objective(page, 1).getByTestId('objective-standing').textContent()).toMatch(/Actual to date: \$0 of \$250,000/);
    await shoot(page, 'business-plan-draft');
  });

  it("agrees the plan with both sides' names and the date, then locks it", async () => {
    await page.getByRole('button', { name: 'Agree plan…' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Vendor name').fill('');
    await dialog.getByLabel('Partner name').fill('Ana Lopez');
    await dialog.getByRole('button', { name: 'Agree plan' }).click();
    await expect.poll(() => dialog.getByText('Vendor name is required').count()).toBe(1);
    await dialog.getByLabel('Vendor name').fill('Sam Rivera');
    await dialog.getByLabel('Agreement date').fill('2026-07-03');
    await shoot(page, 'business-plan-agree-dialog');
    await dialog.getByRole('button', { name: 'Agree plan' }).click();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await expect.poll(() => page.getByTestId('plan-status').textContent()).toBe('Agreed');
    expect(await page.getByTestId('plan-agreement').textContent()).toBe('Agreed on Jul 3, 2026 by Sam Rivera (vendor) and Ana Lopez (partner)');

    await page.getByRole('button', { name: 'Lock plan…' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Lock plan' }).click();
    await expect.poll(() => page.getByTestId('plan-status').textContent()).toBe('Locked');
    // The targets are read-only now; a custom objective's actual can still be typed in.
    await expect.poll(() => objective(page, 1).getByLabel('Target ($)').isDisabled()).toBe(true);
    expect(await objective(page, 1).getByLabel('Weight (%)').isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: 'Add objective' }).count()).toBe(0);
    expect(await objective(page, 3).getByLabel('Actual to date').isEnabled()).toBe(true);
    await objective(page, 3).getByLabel('Actual to date').fill('2');
    await page.getByRole('button', { name: 'Save plan' }).click();
    await expect.poll(() => objective(page, 3).getByTestId('objective-standing').textContent()).toMatch(/Actual to date: 2 of 3.*67% attained/);
    await shoot(page, 'business-plan-locked');
  });

  it('revises the locked plan into a version 2 draft and lists version 1 read-only', async () => {
    await page.getByRole('button', { name: 'Revise (new version)' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Version 2' }).count()).toBe(1);
    expect(await page.getByTestId('plan-status').textContent()).toBe('Draft');
    expect(await objective(page, 1).getByLabel('Target ($)').isEnabled()).toBe(true);
    expect(await objective(page, 1).getByLabel('Target ($)').inputValue()).toBe('250000');
    const earlier = page.getByRole('region', { name: 'Earlier versions' });
    await activate(earlier.getByRole('button', { name: /^Version 1 · / }));
    const table = earlier.getByRole('table', { name: 'Version 1 objectives' });
    await expect.poll(() => table.getByRole('row').count()).toBe(4);
    expect(await earlier.getByRole('button', { name: /^Version 1 · / }).textContent()).toMatch(/Version 1 · Locked · agreed Jul 3, 2026 by Sam Rivera and Ana Lopez/);
    expect(await table.getByRole('textbox').count()).toBe(0);
    await table.evaluate((element) => element.scrollIntoView({ block: 'center' }));
    await shoot(page, 'business-plan-revised');
    // The tab as it opens: the partner, the period, the plan's standing.
    await page.evaluate(() => window.scrollTo(0, 0));
    await shoot(page, 'business-plan-tab');
  });

  it('logs a joint webinar with its notes shared with the partner, marked Shared in the list', async () => {
    await page.getByRole('tab', { name: 'Activity & commitments' }).click();
    await page.getByRole('button', { name: 'Log visit or call' }).click();
    const dialog = page.getByRole('dialog');
    await choose(page, 'Kind', 'Joint marketing', dialog);
    await dialog.getByLabel('Subject').fill('Webinar for logistics buyers');
    const share = dialog.getByRole('checkbox', { name: 'Share these notes with the partner (shown in their QBR pack)' });
    expect(await share.isChecked()).toBe(false);
    await share.check();
    await shoot(page, 'business-plan-shared-note-dialog');
    await dialog.getByRole('button', { name: 'Save note' }).click();
    const note = page.getByRole('list', { name: 'Activities' }).getByRole('listitem', { name: 'Webinar for logistics buyers' });
    await expect.poll(() => note.getByText('Shared', { exact: true }).count()).toBe(1);
  });

  it("shows the plan on the partner's overview and across partners on the dashboard", async () => {
    await page.getByRole('tab', { name: 'Overview' }).click();
    const card = page.getByLabel('Business plan');
    await expect.poll(() => card.getByTestId('plan-standing').count(), { timeout: 30_000 }).toBe(1);
    expect(await card.textContent()).toMatch(/Version 2 · Draft/);
    expect(await card.getByRole('list', { name: 'Objectives that weigh most' }).getByRole('listitem').count()).toBe(3);
    await expect.poll(() => page.getByText('Assessing…').count()).toBe(0);
    await shoot(page, 'business-plan-overview-card');

    await page.getByRole('link', { name: 'Dashboard' }).click();
    const plans = page.getByLabel('Plan attainment');
    await expect.poll(() => plans.getByTestId('plans-agreed').textContent(), { timeout: 60_000 }).toMatch(/^[1-9]\d* of \d+ partners have an agreed plan for \d{4}-H[12]$/);
    await plans.scrollIntoViewIfNeeded();
    await shoot(page, 'business-plan-dashboard-card');
    expect(session.errors).toEqual([]);
  });
});
