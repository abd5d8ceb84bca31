import { mkdir } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDemoSession, type DemoSession } from './web-build';

const SHOTS = 'test-artifacts/screenshots';
/** A program the demo never generates, so the table row found is the one this test saved. */
const PROGRAM = 'Reseller Accelerate FY2031';

// HQ defines an incentive program rule by rule, never typing JSON, in real Chromium against the production web build (demo mode).
describe('incentive rules editor', () => {
  let session: DemoSession;
  let site: DemoSession['site'];
  let page: Page;

  beforeAll(async () => {
    await mkdir(SHOTS, { recursive: true });
    session = await openDemoSession();
    ({ site, page } = session);
  }, 180_000);

  afterAll(async () => {
    await session?.close();
  });

  const dialog = () => page.getByRole('dialog');
  const rule = (name: string) => dialog().getByRole('group', { name });
  const band = (n: number) => rule('Rule 1: Tiered rebate').getByRole('group', { name: `Band ${n}` });
  /** The value of the input labelled `label` inside `scope` (a required field's label ends in " *"); `exact` where a tier's box shares the words ("Gold amount per deal"). */
  const valueIn = (scope: Locator, label: string, exact = false) => scope.getByLabel(label, { exact }).inputValue();
  /** The preview step every program save ends in: once it has worked out what changes, save, and every dialog closes. */
  const saveReviewed = async (title: string, save: string) => {
    const review = page.getByRole('dialog', { name: title });
    await expect.poll(() => review.getByText(/^Open statements that change \(\d+\)$/).count(), { timeout: 30_000 }).toBe(1);
    await review.getByRole('button', { name: save }).click();
    await expect.poll(() => dialog().count()).toBe(0);
  };
  const pick = async (scope: Page | Locator, combobox: string, option: string) => {
    await scope.getByRole('combobox', { name: combobox }).click();
    await page.getByRole('option', { name: option, exact: true }).click();
  };

  it('opens Program rules as the HQ lead', async () => {
    await page.goto(site.url);
    await expect.poll(() => page.getByTestId('partner-count').textContent(), { timeout: 30_000 }).toMatch(/^\d+ partners$/);
    // The demo's role switch stands in for an HQ lead's device.
    await pick(page, 'Demo role', 'HQ program lead');
    await page.getByRole('link', { name: 'Program rules', exact: true }).click();
    await expect.poll(() => page.getByRole('table', { name: 'Incentive programs' }).getByRole('row').count(), { timeout: 20_000 }).toBeGreaterThan(1);
  });

  it('adds a program with a two-band rebate and a new-customer bonus, and says which band is out of order', async () => {
    await page.getByRole('button', { name: 'Add incentive program' }).click();
    await expect.poll(() => dialog().getByRole('heading', { name: 'New incentive program' }).count()).toBe(1);
    await dialog().getByLabel('Name').fill(PROGRAM);
    await dialog().getByLabel('Effective from').fill('2031-01-01');

    // A reseller program offers the tiered rebate first; it starts with one band from $0.
    await dialog().getByRole('button', { name: 'Add rule' }).click();
    await expect.poll(() => valueIn(band(1), 'From ($)')).toBe('0');
    await band(1).getByLabel('Rate (%)').fill('2.5');
    await rule('Rule 1: Tiered rebate').getByRole('button', { name: 'Add band' }).click();
    // The second band typed as starting at $0 too: out of order.
    await band(2).getByLabel('From ($)').fill('0');
    await band(2).getByLabel('Rate (%)').fill('4');

    await pick(dialog(), 'Kind of rule to add', 'New-customer bonus');
    await dialog().getByRole('button', { name: 'Add rule' }).click();
    await rule('Rule 2: New-customer bonus').getByLabel('Amount per deal ($)', { exact: true }).fill('1,500.50');

    await dialog().getByRole('button', { name: 'Save…', exact: true }).click();
    // The dialog stays, the message sits under band 2's "From", and nothing typed is lost.
    await expect.poll(() => band(2).getByText("From must be above band 1's $0").count()).toBe(1);
    expect(await band(2).getByLabel('From ($)').getAttribute('aria-invalid')).toBe('true');
    expect(await dialog().getByRole('alert').textContent()).toBe('Some fields need attention before this can be saved.');
    expect(await valueIn(dialog(), 'Name')).toBe(PROGRAM);
    expect(await valueIn(band(1), 'Rate (%)')).toBe('2.5');
    expect(await valueIn(rule('Rule 2: New-customer bonus'), 'Amount per deal ($)', true)).toBe('1,500.50');
    await page.screenshot({ path: `${SHOTS}/incentive-rules-band-error.png` });

    // Fixing the box clears its message at once; the save then goes through.
    await band(2).getByLabel('From ($)').fill('100,000');
    await expect.poll(() => dialog().getByText("From must be above band 1's $0").count()).toBe(0);
    await dialog().getByRole('button', { name: 'Save…', exact: true }).click();
    // What it would pay differently is read first; then it is saved as version 1.
    await saveReviewed(`Review version 1 of ${PROGRAM}`, 'Save version 1');
    await expect.poll(() => page.getByText(`${PROGRAM} version 1 saved`).count()).toBe(1);
  });

  it('lists the saved program with what its rules pay', async () => {
    const row = page.getByRole('table', { name: 'Incentive programs' }).getByRole('row').filter({ hasText: PROGRAM });
    await expect.poll(() => row.count()).toBe(1);
    const text = await row.textContent();
    expect(text).toContain('Reseller');
    expect(text).toContain('Jan 1, 2031 – open');
    expect(text).toContain('Tiered rebate: marginal, 2.5% from $0, 4% from $100,000');
    expect(text).toContain('New-customer bonus: $1,500.50 per deal');
    await row.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/incentive-rules-listed.png` });
  });

  it('opens the saved program for editing with the values it saved', async () => {
    const row = page.getByRole('table', { name: 'Incentive programs' }).getByRole('row').filter({ hasText: PROGRAM });
    await row.getByRole('button', { name: 'Edit' }).click();
    await expect.poll(() => dialog().getByRole('heading', { name: `Edit ${PROGRAM}` }).count()).toBe(1);
    expect(await valueIn(dialog(), 'Name')).toBe(PROGRAM);
    // Not in force yet: a change takes effect from its own start, in place.
    expect(await valueIn(dialog(), 'Takes effect from')).toBe('2031-01-01');
    expect(await valueIn(dialog(), 'Effective to (empty: open-ended)')).toBe('');
    expect(await dialog().getByRole('group', { name: /^Rule \d+:/ }).count()).toBe(2);
    expect(await rule('Rule 1: Tiered rebate').getByRole('combobox', { name: 'How bands pay' }).textContent()).toContain('Marginal');
    expect([await valueIn(band(1), 'From ($)'), await valueIn(band(1), 'Rate (%)')]).toEqual(['0', '2.5']);
    expect([await valueIn(band(2), 'From ($)'), await valueIn(band(2), 'Rate (%)')]).toEqual(['100000', '4']);
    expect(await valueIn(rule('Rule 2: New-customer bonus'), 'Amount per deal ($)', true)).toBe('1500.5');
    await dialog().getByRole('button', { name: 'Add rule' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/incentive-rules-edit.png` });
    await dialog().getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => dialog().count()).toBe(0);
    expect(session.errors).toEqual([]);
  });

  it('gives a rule a Gold rate, names a rate above 100% under its box, and lists the tier rate', async () => {
    const row = page.getByRole('table', { name: 'Incentive programs' }).getByRole('row').filter({ hasText: PROGRAM });
    await row.getByRole('button', { name: 'Edit' }).click();
    await expect.poll(() => dialog().getByRole('heading', { name: `Edit ${PROGRAM}` }).count()).toBe(1);
    await pick(dialog(), 'Kind of rule to add', 'Renewal commission');
    await dialog().getByRole('button', { name: 'Add rule' }).click();
    const tiers = rule('Rule 3: Renewal commission').getByRole('group', { name: 'Rule 3 rates by tier' });
    expect(await tiers.textContent()).toContain('the tier the partner holds on the last day');
    await tiers.getByLabel('Gold rate (%)').fill('120');
    await dialog().getByRole('button', { name: 'Save…', exact: true }).click();
    await expect.poll(() => tiers.getByText('Gold rate (item 3) must be at most 100%').count()).toBe(1);
    expect(await tiers.getByLabel('Gold rate (%)').getAttribute('aria-invalid')).toBe('true');
    await tiers.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/incentive-rules-tier-rate-error.png` });

    await tiers.getByLabel('Gold rate (%)').fill('8');
    await dialog().getByRole('button', { name: 'Save…', exact: true }).click();
    await saveReviewed(`Review version 1 of ${PROGRAM}`, 'Save version 1');
    await expect.poll(async () => (await row.textContent()) ?? '').toContain('Renewal commission: 3% (Gold 8%)');
    expect(session.errors).toEqual([]);
  });
});
