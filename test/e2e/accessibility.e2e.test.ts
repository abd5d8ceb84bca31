import { mkdir } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { audit } from './axe-audit';
import { choose } from './choose';
import { SHOTS, shoot } from './screenshots';
import { openDemoSession, type DemoSession } from './web-build';

/** The h2 every screen opens with: its title. */
const title = (page: Page) => page.getByRole('heading', { level: 2 }).first();

/** Nothing on the screen still says it is on its way. */
const loaded = (page: Page) =>
  expect
    .poll(() => page.getByText(/^(Assessing…|Loading…|Opening partner…)$/).count(), { timeout: 20_000 })
    .toBe(0);

/** Opens `hash` and waits for the screen's title and its content; then audits it. */
const visit = async (page: Page, screen: string, hash: string, heading: RegExp | string): Promise<string[]> => {
  await page.evaluate((h) => (window.location.hash = h), hash);
  await expect.poll(() => title(page).textContent(), { timeout: 20_000 }).toMatch(heading);
  await loaded(page);
  return audit(page, screen);
};

const managerScreens: [screen: string, hash: string, heading: RegExp | string][] = [
  ['dashboard', '#/dashboard', /^Territory scorecard$/],
  ['partners', '#/partners', /^Partners$/],
  ['certifications', '#/certifications', /^Certifications expiring by /],
  ['joint solutions', '#/solutions', /^Joint solutions$/],
  ['pipeline', '#/pipeline', /^Partner pipeline · /],
  ['registrations', '#/registrations', /^Registration review · /],
  ['incentives', '#/incentives', /^Incentive programs$/],
  ['QBR', '#/qbr', /^QBR delivery$/],
  ['conflicts', '#/conflicts', /^Conflict Center$/],
  ['needs attention', '#/attention', /^Needs attention$/],
  ['settings', '#/settings', /^Settings$/],
];

const partnerTabs: [tab: string, label: string][] = [
  ['overview', 'Overview'],
  ['contacts', 'Contacts'],
  ['certifications', 'Certifications'],
  ['solutions', 'Joint solutions'],
  ['pipeline', 'Pipeline'],
  ['incentives', 'Incentives'],
  ['activity', 'Activity & commitments'],
  ['plan', 'Business plan'],
  ['qbr', 'QBR'],
];

const hqScreens: [screen: string, hash: string, heading: RegExp | string][] = [
  ['HQ dashboard', '#/dashboard', /^Portfolio dashboard$/],
  ['HQ QBR', '#/qbr', /^QBR delivery$/],
  ['HQ program rules', '#/program', /^Program rules$/],
  ['HQ registrations', '#/registrations', /^Registration review · /],
];

// axe-core on every main screen of the demo workspace, in the light and the dark theme.
describe('accessibility: axe finds no serious violation on any screen', () => {
  let session: DemoSession;
  let page: Page;

  beforeAll(async () => {
    await mkdir(SHOTS, { recursive: true });
    session = await openDemoSession();
    page = session.page;
  }, 180_000);

  afterAll(async () => {
    await session?.close();
  });

  it('opens the demo workspace', async () => {
    await page.goto(session.site.url);
    await expect.poll(() => page.getByTestId('partner-count').textContent(), { timeout: 30_000 }).toMatch(/^\d+ partners$/);
  });

  it.each(managerScreens)('%s', async (screen, hash, heading) => {
    expect((await visit(page, screen, hash, heading)).join('\n')).toBe('');
  });

  it('a partner page, each of its tabs', async () => {
    // A partner with a joint solution, so its tab shows accordion summaries to check (WCAG label in name).
    await page.evaluate(() => (window.location.hash = '#/solutions'));
    await expect.poll(() => title(page).textContent()).toBe('Joint solutions');
    const first = page.getByRole('main').locator('a[href^="#/partners/"]').first();
    const name = (await first.textContent())!.trim();
    const href = (await first.getAttribute('href'))!.replace(/\/solutions$/, '');
    const found: string[] = [];
    for (const [tab, label] of partnerTabs) {
      await page.evaluate((h) => (window.location.hash = h), tab === 'overview' ? href : `${href}/${tab}`);
      await expect.poll(() => title(page).textContent(), { timeout: 20_000 }).toBe(name);
      await expect.poll(() => page.getByRole('tab', { selected: true }).textContent()).toBe(label);
      await loaded(page);
      if (tab === 'solutions') await expect.poll(() => page.getByRole('main').locator('.MuiAccordionSummary-root').count()).toBeGreaterThan(0);
      found.push(...(await audit(page, `partner ${tab}`)));
    }
    expect(found.join('\n')).toBe('');
  });

  it('the top bar, with the theme toggle, in both themes', async () => {
    await page.evaluate(() => (window.location.hash = '#/partners'));
    await expect.poll(() => title(page).textContent()).toBe('Partners');
    await shoot(page, 'a11y-top-bar');
  });

  it.each(hqScreens)('%s', async (screen, hash, heading) => {
    if ((await page.getByRole('combobox', { name: 'Demo role' }).textContent()) !== 'HQ program lead') {
      await choose(page, 'Demo role', 'HQ program lead');
    }
    expect((await visit(page, screen, hash, heading)).join('\n')).toBe('');
  });

  it('leaves no uncaught error', () => {
    expect(session.errors).toEqual([]);
  });
});
