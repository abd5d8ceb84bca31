import { format } from 'date-fns';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tierImpact } from '../../shared/calculators/tier/impact-preview';
import { partnerRecords } from '../../shared/calculators/tier/partner-records';
import { demoWorkspace } from '../../shared/demo';
import { closedStatementOf } from '../../shared/domain/incentive-statement-record';
import { formatCents } from '../../shared/domain/money';
import { fiscalCalendarOf, quarterOf, quarterRange, quarterText, shiftQuarter } from '../../shared/domain/quarter';
import type { TierRuleSet } from '../../shared/domain/tier-rules';
import { statementImpact } from '../../shared/incentives/statement-impact';
import { choose } from './choose';
import { shoot } from './screenshots';
import { openDemoWorkspace, type DemoSession } from './web-build';

// Issue 15 as an HQ lead meets it in demo mode: a tier rule changed from a date, its impact read before saving,
// the version saved with a reason (it reaches a closed quarter), the history, and a restore of the version before.
describe('tier rules: versions from a date, the impact preview, history and restore', () => {
  let session: DemoSession;
  let page: Page;
  const today = format(new Date(), 'yyyy-MM-dd');
  const { records } = demoWorkspace(today);
  const settings = records.programSettings[0]!;
  const calendar = fiscalCalendarOf(settings);
  const current = quarterOf(today, calendar);
  // The last completed quarter, which the demo has closed: a version from its first day reaches it.
  const closedQuarter = shiftQuarter(current, -1);
  const from = quarterRange(closedQuarter, calendar).start;
  const inForce = records.tierRuleSets.filter((r) => r.partnerType === 'reseller').sort((a, b) => b.version - a.version)[0]!;
  const MILLION = 1_000_000_00;
  const proposed: TierRuleSet = {
    ...inForce,
    id: 'expected',
    version: inForce.version + 1,
    effectiveFrom: from,
    requirements: inForce.requirements.map((r) => (r.tier === 'gold' || r.tier === 'platinum' ? { ...r, minTrailingRevenueCents: MILLION } : r)),
  };
  // What the preview must say, from the calculators over the records the demo loads.
  const filed = partnerRecords(records);
  const expected = tierImpact({
    partners: records.partners,
    ruleSets: records.tierRuleSets,
    proposed,
    records: filed,
    certificationPrograms: records.certificationPrograms,
    dealCredit: settings.dealCredit,
    exchangeRates: settings.exchangeRates,
    calendar,
    asOf: today,
  });
  const expectedStatements = statementImpact({
    partners: records.partners,
    moves: expected.down,
    effectiveFrom: from,
    currentQuarter: current,
    programs: records.incentivePrograms,
    records: filed,
    closed: records.incentiveStatements.map(closedStatementOf),
    dealCredit: settings.dealCredit,
    exchangeRates: settings.exchangeRates,
    calendar,
  });
  const signed = (cents: number) => (cents < 0 ? `−${formatCents(-cents)}` : `+${formatCents(cents)}`);

  beforeAll(async () => {
    session = await openDemoWorkspace();
    page = session.page;
  }, 180_000);

  afterAll(async () => {
    await session?.close();
  });

  it('previews a stricter Gold and Platinum: who moves down and why, and the open statements that change by how much', async () => {
    expect(expected.down.length).toBeGreaterThan(0);
    expect(expected.up).toEqual([]);
    await choose(page, 'Demo role', 'HQ program lead');
    await page.getByRole('link', { name: 'Program rules', exact: true }).click();
    const table = page.getByRole('table', { name: 'Tier requirements' });
    await expect.poll(() => table.getByLabel('Gold trailing revenue', { exact: true }).inputValue()).toBe(String(inForce.requirements.find((r) => r.tier === 'gold')!.minTrailingRevenueCents! / 100));
    // A new version starts on the open quarter's first day unless HQ picks another.
    expect(await page.getByLabel('Effective from').inputValue()).toBe(quarterRange(current, calendar).start);
    await table.getByLabel('Gold trailing revenue', { exact: true }).fill('1000000');
    await table.getByLabel('Platinum trailing revenue', { exact: true }).fill('1000000');
    await page.getByLabel('Effective from').fill(from);
    await expect.poll(() => page.getByText(`Reaches closed quarter ${quarterText(closedQuarter, calendar)}`, { exact: false }).count()).toBe(1);
    await shoot(page, 'tier-rules-editor-version');
    await page.getByRole('button', { name: `Save as version ${proposed.version}…` }).click();

    const dialog = page.getByRole('dialog', { name: `Review version ${proposed.version} of Reseller tier rules` });
    await expect.poll(() => dialog.getByRole('status').first().textContent()).toContain(`0 move up, ${expected.down.length} move down.`);
    const down = dialog.getByRole('table', { name: 'Partners moving down' });
    const downRows = await down.getByRole('row').allTextContents();
    expect(downRows.slice(1)).toEqual(expected.down.map((m) => `${m.partnerName}${m.from[0]!.toUpperCase()}${m.from.slice(1)} → Silver${m.decidedBy}`));
    for (const row of downRows.slice(1)) expect(row).toContain('is short of $1,000,000');
    if (expectedStatements.length > 0) {
      const statements = await dialog.getByRole('table', { name: 'Open statements that change' }).getByRole('row').allTextContents();
      expect(statements.slice(1)).toEqual(
        expectedStatements.map((s) => `${s.partnerName}${quarterText(s.quarter, calendar)}${formatCents(s.beforeCents)}${formatCents(s.afterCents)}${signed(s.differenceCents)}`),
      );
    }
    expect(await dialog.getByText(`Open statements that change (${expectedStatements.length})`).count()).toBe(1);
    await shoot(page, 'tier-rules-impact-preview');

    // It reaches a closed quarter: no save without a reason.
    await dialog.getByRole('button', { name: `Save version ${proposed.version}` }).click();
    await expect.poll(() => dialog.getByText(`Reason is needed: this version reaches closed quarter ${quarterText(closedQuarter, calendar)}`).count()).toBe(1);
    await dialog.getByLabel('Reason for changing closed quarters').fill('Board raised the Gold bar from last quarter');
    await dialog.getByRole('button', { name: `Save version ${proposed.version}` }).click();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
  }, 180_000);

  it('lists the saved version in the history with who, when, what changed and why', async () => {
    const history = page.getByRole('table', { name: 'Tier rules history' });
    const newest = history.getByRole('row').nth(1);
    await expect.poll(() => newest.textContent()).toContain('Gold trailing revenue: $50,000 → $1,000,000');
    const text = (await newest.textContent())!;
    expect(text).toMatch(new RegExp(`^${proposed.version}`));
    expect(text).toContain('Platinum trailing revenue: $150,000 → $1,000,000');
    expect(text).toContain('Demo HQ lead, ');
    expect(text).toContain('Board raised the Gold bar from last quarter');
    // The version before keeps its quarters and is listed under it.
    expect(await history.getByRole('row').nth(2).textContent()).toMatch(new RegExp(`^${inForce.version}`));
    await expect.poll(() => page.getByRole('table', { name: 'Tier requirements' }).getByLabel('Gold trailing revenue', { exact: true }).inputValue()).toBe('1000000');
    await page.getByRole('table', { name: 'Tier rules history' }).scrollIntoViewIfNeeded();
    await shoot(page, 'tier-rules-history', { fullPage: true });
  }, 120_000);

  it('restores the version before as a new version, the partners moving back up, recorded as a restore', async () => {
    await page.getByLabel('Effective from').fill(quarterRange(current, calendar).start);
    await page.getByRole('button', { name: `Restore version ${inForce.version}` }).click();
    const restoring = proposed.version + 1;
    const dialog = page.getByRole('dialog', { name: `Restore version ${inForce.version} of Reseller tier rules as version ${restoring}` });
    await expect.poll(() => dialog.getByRole('status').first().textContent()).toContain(`${expected.down.length} move up, 0 move down.`);
    const up = await dialog.getByRole('table', { name: 'Partners moving up' }).getByRole('row').allTextContents();
    expect(up.slice(1).map((row) => row.split(' → ')[0])).toEqual(expected.down.map((m) => `${m.partnerName}Silver`));
    await shoot(page, 'tier-rules-restore-preview');
    await dialog.getByRole('button', { name: `Save version ${restoring}` }).click();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);

    const newest = page.getByRole('table', { name: 'Tier rules history' }).getByRole('row').nth(1);
    await expect.poll(() => newest.textContent()).toContain(`${restoring} (restores version ${inForce.version})`);
    expect(await newest.textContent()).toContain('Gold trailing revenue: $1,000,000 → $50,000');
    await expect.poll(() => page.getByRole('table', { name: 'Tier requirements' }).getByLabel('Gold trailing revenue', { exact: true }).inputValue()).toBe('50000');
    expect(await page.getByText(`In force: version ${restoring}`, { exact: false }).count()).toBe(1);
    await shoot(page, 'tier-rules-restored', { fullPage: true });
    await choose(page, 'Demo role', 'Partner manager');
    expect(session.errors).toEqual([]);
  }, 120_000);
});
