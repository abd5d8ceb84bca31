import { format } from 'date-fns';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoWorkspace } from '../../shared/demo';
import { dateText } from '../../shared/domain/date-text';
import { dayBefore, fiscalCalendarOf, quarterOf, quarterRange, shiftQuarter } from '../../shared/domain/quarter';
import { audit } from './axe-audit';
import { choose } from './choose';
import { shoot } from './screenshots';
import { openDemoWorkspace, type DemoSession } from './web-build';

// Issue 15 for certification programs, as an HQ lead meets it in demo mode: a program's validity shortened from the
// next quarter is version 2 of its terms (version 1 keeps governing what was issued before), listed in its history
// with who saved it, and version 1 restored from a later day as version 3.
describe('certification programs: terms versioned from a date, with history and restore', () => {
  let session: DemoSession;
  let page: Page;
  const today = format(new Date(), 'yyyy-MM-dd');
  const { records } = demoWorkspace(today);
  const calendar = fiscalCalendarOf(records.programSettings[0]);
  const next = shiftQuarter(quarterOf(today, calendar), 1);
  const from = quarterRange(next, calendar).start;
  const later = quarterRange(shiftQuarter(next, 1), calendar).start;
  const program = records.certificationPrograms.find((p) => p.validityMonths !== 12)!;
  const labels = { isv: 'ISV', reseller: 'Reseller', oem: 'OEM', si: 'Systems integrator' } as const;
  const types = program.partnerTypes.map((t) => labels[t]).join(', ');
  const row = () => page.getByRole('table', { name: 'Certification programs' }).getByRole('row').filter({ hasText: program.name });
  const history = () => page.getByRole('dialog', { name: `${program.name}: terms by version` }).getByRole('table', { name: `${program.name} history` });

  beforeAll(async () => {
    session = await openDemoWorkspace();
    page = session.page;
  }, 180_000);

  afterAll(async () => {
    await session?.close();
  });

  it('saves a shorter validity from the next quarter as version 2 of the terms', async () => {
    await choose(page, 'Demo role', 'HQ program lead');
    await page.getByRole('link', { name: 'Program rules', exact: true }).click();
    await expect.poll(() => row().count(), { timeout: 20_000 }).toBe(1);
    expect(await row().textContent()).toContain('Version 1');
    await row().getByRole('button', { name: 'Edit' }).click();
    const form = page.getByRole('dialog', { name: `Edit ${program.name}` });
    // The day asked defaults to today; a start before it would be refused under it.
    await expect.poll(() => form.getByLabel('New validity and partner types take effect from').inputValue()).toBe(today);
    await form.getByLabel('Validity (months)').fill('12');
    await form.getByLabel('New validity and partner types take effect from').fill(from);
    await form.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await expect.poll(() => row().textContent()).toContain(`Version 2 from ${dateText(from)}`);
    expect(await row().textContent()).toContain('12 months');
  });

  it('lists both versions with their days, what changed and who saved it, and restores version 1 as version 3', async () => {
    await page.getByRole('button', { name: `History of ${program.name}` }).click();
    await expect.poll(() => history().getByRole('row').count()).toBe(3);
    const [newest, first] = (await history().getByRole('row').allTextContents()).slice(1);
    expect(newest).toContain(`From ${dateText(from)}: 12 months, ${types}`);
    expect(newest).toContain(`Validity: ${program.validityMonths} months → 12 months`);
    // Demo mode has no server: the device's own name for who saved it stands.
    expect(newest).not.toContain('Not recorded');
    expect(first).toContain(`From the start to ${dateText(dayBefore(from))}: ${program.validityMonths} months, ${types}`);
    expect((await audit(page, 'certification program history')).join('\n')).toBe('');
    await shoot(page, 'certification-program-history');

    await history().getByRole('button', { name: 'Restore version 1' }).click();
    const form = page.getByRole('dialog', { name: `Restore version 1 of ${program.name}` });
    await expect.poll(() => form.getByLabel('Validity (months)').inputValue()).toBe(String(program.validityMonths));
    await form.getByLabel('New validity and partner types take effect from').fill(later);
    await form.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await expect.poll(() => row().textContent()).toContain(`Version 3 from ${dateText(later)}`);
    await page.getByRole('button', { name: `History of ${program.name}` }).click();
    await expect.poll(() => history().getByRole('row').count()).toBe(4);
    expect(await history().getByRole('row').nth(1).textContent()).toContain('3 (restores version 1)');
    expect(session.errors).toEqual([]);
  });
});
