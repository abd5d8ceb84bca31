import { format } from 'date-fns';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoWorkspace } from '../../shared/demo';
import { CALENDAR_YEAR, quarterOf, quarterRange } from '../../shared/domain/quarter';
import { choose } from './choose';
import { shoot } from './screenshots';
import { openDemoWorkspace, type DemoSession } from './web-build';

// Issue 15, input a person would question, as a manager and an HQ lead meet it in demo mode:
// a look-alike partner while typing, a trillion-dollar deal asked about, and the tier a partner qualifies for applied by HQ.
describe('questioned input and the qualified tier', () => {
  let session: DemoSession;
  let page: Page;
  const today = format(new Date(), 'yyyy-MM-dd');
  const quarterEnd = quarterRange(quarterOf(today, CALENDAR_YEAR), CALENDAR_YEAR).end;
  const { records } = demoWorkspace(today);
  const existing = records.partners.find((p) => !p.deleted && p.name.length >= 12 && /^[A-Za-z]{5}/.test(p.name))!;
  // One letter dropped from the first word: a slip of the keyboard, near enough to be the same partner.
  const typo = existing.name.slice(0, 2) + existing.name.slice(3);
  const reseller = records.partners.find((p) => !p.deleted && p.partnerType === 'reseller')!;

  const partnersPage = async () => {
    await page.getByRole('link', { name: 'Partners', exact: true }).click();
    await page.waitForFunction(() => /^\d[\d,]* partners?$/.test(document.querySelector('[data-testid="partner-count"]')?.textContent ?? ''));
  };

  beforeAll(async () => {
    session = await openDemoWorkspace();
    page = session.page;
  }, 180_000);

  afterAll(async () => {
    await session?.close();
  });

  it('says a new partner looks like a stored one as its name is typed, with a link that opens it', async () => {
    await partnersPage();
    await page.getByRole('button', { name: 'New partner' }).click();
    const dialog = page.getByRole('dialog', { name: 'New partner' });
    await dialog.getByRole('textbox', { name: 'Name' }).pressSequentially(typo);
    const notice = dialog.getByRole('status', { name: 'Possible duplicate' });
    await expect.poll(() => notice.textContent()).toContain(`Looks like ${existing.name} (`);
    await shoot(page, 'partner-form-lookalike');
    await notice.getByRole('link', { name: existing.name }).click();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await expect.poll(() => page.getByRole('heading', { level: 2 }).first().textContent()).toBe(existing.name);
  }, 120_000);

  it('asks about a $1 trillion deal in dollars before saving, and saves it once confirmed', async () => {
    await partnersPage();
    await page.getByLabel('Search partners').fill(reseller.name);
    await page.getByRole('link', { name: reseller.name, exact: true }).click();
    await page.getByRole('tab', { name: 'Pipeline' }).click();
    await page.getByRole('button', { name: 'Register deal' }).click();
    const dialog = page.getByRole('dialog', { name: 'Register a deal' });
    await dialog.getByRole('textbox', { name: 'Customer' }).fill('Trillion Test Holdings');
    await dialog.getByRole('textbox', { name: 'Product line' }).fill('Analytics');
    await dialog.getByLabel('Amount', { exact: true }).fill('1000000000000');
    await dialog.getByLabel('Close date').fill(quarterEnd);
    await dialog.getByRole('button', { name: 'Save' }).click();
    const question = dialog.getByRole('alert', { name: 'Check before saving' });
    await expect.poll(() => question.textContent()).toContain('$1,000,000,000,000 is more than any deal on record (over $100,000,000) — is that right?');
    expect(await question.textContent()).not.toMatch(/cents/);
    await shoot(page, 'deal-form-implausible-amount');
    await question.getByRole('button', { name: 'Save anyway' }).click();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    const row = page.getByRole('table', { name: 'Opportunities' }).getByRole('row').filter({ hasText: 'Trillion Test Holdings' });
    await expect.poll(() => row.textContent()).toContain('$1,000,000,000,000');
  }, 120_000);

  it('lets HQ apply the tier a partner qualifies for, with a reason that shows in its tier history', async () => {
    await choose(page, 'Demo role', 'HQ program lead');
    await partnersPage();
    await page.getByLabel('Search partners').fill('');
    await page.getByLabel('Qualifies below recorded tier').check();
    await page.waitForFunction(() => /^\d[\d,]* partners?$/.test(document.querySelector('[data-testid="partner-count"]')?.textContent ?? ''));
    const applyAll = page.getByRole('button', { name: /^Apply qualified tiers \(\d[\d,]*\)…$/ });
    await expect.poll(() => applyAll.count()).toBe(1);
    await applyAll.click();
    const all = page.getByRole('dialog', { name: 'Apply the qualified tier' });
    await expect.poll(() => all.getByTestId('tier-moves').textContent()).toMatch(/^[\d,]+ partners?: [\d,]+ \w+ → \w+/);
    await shoot(page, 'partner-list-apply-qualified-tiers');
    await all.getByRole('button', { name: 'Cancel' }).click();

    const first = page.getByTestId('partner-table-scroll').getByRole('link').first();
    const name = (await first.textContent())!;
    await first.click();
    const notice = page.getByRole('status', { name: 'Qualifies below recorded tier' });
    await expect.poll(() => notice.count()).toBe(1);
    const [, qualified, recorded] = /it meets (\w+) today, and (\w+) is recorded/.exec((await notice.textContent())!)!;
    await notice.getByRole('button', { name: `Apply ${qualified}…` }).click();
    const dialog = page.getByRole('dialog', { name: 'Apply the qualified tier' });
    await expect.poll(() => dialog.getByTestId('tier-moves').textContent()).toBe(`1 partner: 1 ${recorded} → ${qualified}`);
    await dialog.getByRole('button', { name: 'Apply to 1 partner' }).click();
    await expect.poll(() => dialog.getByText('Reason is required', { exact: false }).count()).toBe(1);
    await dialog.getByLabel('Reason').fill('Q4 review: certifications lapsed');
    await dialog.getByRole('button', { name: 'Apply to 1 partner' }).click();
    await expect.poll(() => dialog.getByText('Applied to 1 partner.').count()).toBe(1);
    await shoot(page, 'partner-apply-qualified-tier');
    await dialog.getByRole('button', { name: 'Close' }).click();
    const history = page.getByRole('list', { name: 'Tier history' });
    await expect.poll(() => history.textContent()).toContain(`${recorded} → ${qualified} · “Q4 review: certifications lapsed”`);
    await expect.poll(() => page.getByRole('heading', { level: 2 }).first().textContent()).toBe(name);
    await shoot(page, 'partner-tier-history');
    await choose(page, 'Demo role', 'Partner manager');
    expect(session.errors).toEqual([]);
  }, 180_000);
});
