import { format } from 'date-fns';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { partnerRecords } from '../../shared/calculators/tier/partner-records';
import { demoWorkspace } from '../../shared/demo';
import type { IncentiveProgram, IncentiveRule } from '../../shared/domain/incentive-program';
import { dateText } from '../../shared/domain/date-text';
import { closedStatementOf } from '../../shared/domain/incentive-statement-record';
import { formatCents } from '../../shared/domain/money';
import { dayBefore, fiscalCalendarOf, quarterOf, quarterRange, quarterText, shiftQuarter } from '../../shared/domain/quarter';
import { programImpact } from '../../shared/incentives/program-impact';
import { audit } from './axe-audit';
import { choose } from './choose';
import { shoot } from './screenshots';
import { openDemoWorkspace, type DemoSession } from './web-build';

// Issue 15 for incentive programs, as an HQ lead meets it in demo mode: the reseller rebate raised from a day in the
// closed quarter, its impact on open statements read before saving, the reason it asks for, version 2 in the history,
// and version 1 restored as version 3.
describe('incentive programs: versions from a date, the impact preview, history and restore', () => {
  let session: DemoSession;
  let page: Page;
  const today = format(new Date(), 'yyyy-MM-dd');
  const { records } = demoWorkspace(today);
  const settings = records.programSettings[0]!;
  const calendar = fiscalCalendarOf(settings);
  const current = quarterOf(today, calendar);
  const currentStart = quarterRange(current, calendar).start;
  // The last completed quarter, which the demo has closed: a change from its first day reaches it.
  const closedQuarter = shiftQuarter(current, -1);
  const from = quarterRange(closedQuarter, calendar).start;
  const v1 = records.incentivePrograms.find((p) => p.partnerType === 'reseller' && p.effectiveTo === null)!;
  const rebate = v1.rules.find((r) => r.kind === 'tiered-rebate') as Extract<IncentiveRule, { kind: 'tiered-rebate' }>;
  const [rate, raisedRate] = [rebate.bands[0]!.rateBps / 100, rebate.bands[0]!.rateBps / 100 + 1];
  const raised: IncentiveRule = { ...rebate, bands: rebate.bands.map((b, i) => (i === 0 ? { ...b, rateBps: raisedRate * 100 } : b)) };
  const v2: IncentiveProgram = { ...v1, id: 'expected', versionOf: v1.id, version: 2, effectiveFrom: from, rules: v1.rules.map((r) => (r === rebate ? raised : r)) };
  const REASON = 'Board raised the first rebate band from last quarter';
  // What the preview must say, from the calculator over the records the demo loads.
  const filed = partnerRecords(records);
  const expected = programImpact({
    partners: records.partners,
    partnerType: 'reseller',
    effectiveFrom: from,
    currentQuarter: current,
    programs: records.incentivePrograms,
    proposed: [...records.incentivePrograms.map((p) => (p.id === v1.id ? { ...p, effectiveTo: dayBefore(from) } : p)), v2],
    records: filed,
    closed: records.incentiveStatements.map(closedStatementOf),
    dealCredit: settings.dealCredit,
    exchangeRates: settings.exchangeRates,
    calendar,
  });
  const signed = (cents: number) => (cents < 0 ? `−${formatCents(-cents)}` : `+${formatCents(cents)}`);
  const programRow = () => page.getByRole('table', { name: 'Incentive programs' }).getByRole('row').filter({ hasText: v1.name });

  beforeAll(async () => {
    session = await openDemoWorkspace();
    page = session.page;
  }, 180_000);

  afterAll(async () => {
    await session?.close();
  });

  it('previews a higher first rebate band from a closed quarter: the open statements that change, by how much, and asks why', async () => {
    expect(expected.length).toBeGreaterThan(0);
    // The closed quarter is left out for every partner whose statement was closed there.
    const closedThere = new Set(records.incentiveStatements.filter((s) => s.quarter === closedQuarter).map((s) => s.partnerId));
    expect(expected.some((s) => s.quarter === closedQuarter && closedThere.has(s.partnerId))).toBe(false);
    await choose(page, 'Demo role', 'HQ program lead');
    await page.getByRole('link', { name: 'Program rules', exact: true }).click();
    await expect.poll(() => programRow().count(), { timeout: 20_000 }).toBe(1);
    // The list with its version column and each program's History button, as a screen reader meets it.
    expect((await audit(page, 'incentive programs list')).join('\n')).toBe('');
    await programRow().getByRole('button', { name: 'Edit' }).click();
    const form = page.getByRole('dialog', { name: `Edit ${v1.name}` });
    // A change of a program in force takes effect from the open quarter's first day unless HQ picks another.
    await expect.poll(() => form.getByLabel('Takes effect from').inputValue()).toBe(currentStart);
    const band = form.getByRole('group', { name: /^Rule \d+: Tiered rebate$/ }).getByRole('group', { name: 'Band 1' });
    expect(await band.getByLabel('Rate (%)').inputValue()).toBe(String(rate));
    await band.getByLabel('Rate (%)').fill(String(raisedRate));
    await form.getByLabel('Takes effect from').fill(from);
    await expect.poll(() => form.getByText(`Version 1 keeps governing through`, { exact: false }).count()).toBe(1);
    await form.getByRole('button', { name: 'Save…' }).click();

    const review = page.getByRole('dialog', { name: `Review version 2 of ${v1.name}` });
    const table = review.getByRole('table', { name: 'Open statements that change' });
    await expect.poll(() => table.getByRole('row').count(), { timeout: 30_000 }).toBe(expected.length + 1);
    const rows = await table.getByRole('row').allTextContents();
    expect(rows.slice(1)).toEqual(expected.map((s) => `${s.partnerName}${quarterText(s.quarter, calendar)}${formatCents(s.beforeCents)}${formatCents(s.afterCents)}${signed(s.differenceCents)}`));
    expect(await review.getByText(`Total difference: ${signed(expected.reduce((sum, s) => sum + s.differenceCents, 0))}`).count()).toBe(1);
    expect(await review.getByText(`Open statements that change (${expected.length})`).count()).toBe(1);
    expect((await audit(page, 'incentive program preview')).join('\n')).toBe('');
    await shoot(page, 'incentive-program-impact-preview');

    // It reaches a closed quarter: no save without a reason.
    await review.getByRole('button', { name: 'Save version 2' }).click();
    await expect.poll(() => review.getByText(`Reason is needed: this version reaches closed quarter ${quarterText(closedQuarter, calendar)}`).count()).toBe(1);
    await review.getByLabel('Reason for changing closed quarters').fill(REASON);
    await review.getByRole('button', { name: 'Save version 2' }).click();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await expect.poll(() => page.getByText(`${v1.name} version 2 saved`).count()).toBe(1);
  }, 180_000);

  it('lists the program once as version 2, and its history says who, when, what changed and why', async () => {
    await expect.poll(() => programRow().textContent()).toContain(`Tiered rebate: ${rebate.mode}, ${raisedRate}% from $0`);
    const cells = await programRow().getByRole('cell').allTextContents();
    expect(cells.slice(0, 3)).toEqual([v1.name, 'Reseller', '2']);
    await programRow().getByRole('button', { name: `History of ${v1.name}` }).click();
    const history = page.getByRole('dialog', { name: `${v1.name}: versions` }).getByRole('table', { name: 'Incentive program history' });
    const newest = history.getByRole('row').nth(1);
    await expect.poll(() => newest.textContent()).toMatch(/^2/);
    const text = (await newest.textContent())!;
    expect(text).toContain(`Tiered rebate: ${rebate.mode}, ${rate}% from $0`);
    expect(text).toContain(`→ ${rebate.mode}, ${raisedRate}% from $0`);
    expect(text).toContain('Demo HQ lead, ');
    expect(text).toContain(REASON);
    // Version 1 keeps its quarters, ended the day before.
    const older = (await history.getByRole('row').nth(2).textContent())!;
    expect(older).toMatch(/^1/);
    expect(older).toContain(`${dateText(v1.effectiveFrom)} – ${dateText(dayBefore(from))}`);
    expect((await audit(page, 'incentive program history')).join('\n')).toBe('');
    await shoot(page, 'incentive-program-history');
  }, 120_000);

  it('restores version 1 from the open quarter as version 3, recorded as a restore', async () => {
    const versions = page.getByRole('dialog', { name: `${v1.name}: versions` });
    await versions.getByLabel('A restore takes effect from').fill(currentStart);
    await versions.getByRole('button', { name: 'Restore version 1' }).click();
    const review = page.getByRole('dialog', { name: `Restore version 1 of ${v1.name} as version 3` });
    await expect.poll(() => review.getByText(/^Open statements that change \(\d+\)$/).count(), { timeout: 30_000 }).toBe(1);
    // From the open quarter on, nothing closed is reached: no reason asked.
    expect(await review.getByLabel('Reason for changing closed quarters').count()).toBe(0);
    await shoot(page, 'incentive-program-restore-preview');
    await review.getByRole('button', { name: 'Save version 3' }).click();
    await expect.poll(() => review.count()).toBe(0);

    const newest = versions.getByRole('table', { name: 'Incentive program history' }).getByRole('row').nth(1);
    await expect.poll(() => newest.textContent()).toContain('3 (restores version 1)');
    expect(await newest.textContent()).toContain(`Tiered rebate: ${rebate.mode}, ${raisedRate}% from $0`);
    expect(await newest.textContent()).toContain(`→ ${rebate.mode}, ${rate}% from $0`);
    await shoot(page, 'incentive-program-restored');
    await versions.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => programRow().getByRole('cell').nth(2).textContent()).toBe('3');
    await choose(page, 'Demo role', 'Partner manager');
    expect(session.errors).toEqual([]);
  }, 120_000);
});
