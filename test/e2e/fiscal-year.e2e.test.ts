import { format } from 'date-fns';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CALENDAR_YEAR, quarterOf, shiftQuarter } from '../../shared/domain/quarter';
import { choose } from './choose';
import { shoot } from './screenshots';
import { openDemoWorkspace, type DemoSession } from './web-build';

// Issue 14's fiscal calendar as HQ meets it in the demo: the setting says what its quarters are in days, and
// stays as it is once statements are closed (the demo has closed its last four quarters).
describe('the program’s fiscal year', () => {
  let session: DemoSession;
  let page: Page;
  const today = format(new Date(), 'yyyy-MM-dd');
  const quarter = quarterOf(today, CALENDAR_YEAR);

  beforeAll(async () => {
    session = await openDemoWorkspace();
    page = session.page;
  }, 180_000);

  afterAll(async () => {
    await session?.close();
  });

  it('shows HQ the calendar quarters it runs on, fixed because statements are closed', async () => {
    await choose(page, 'Demo role', 'HQ program lead');
    await page.getByRole('link', { name: 'Program rules', exact: true }).click();
    const editor = page.getByTestId('fiscal-year-editor');
    await expect.poll(() => editor.getByTestId('fiscal-year-preview').textContent()).toBe(`This quarter is ${quarter}; the next is ${shiftQuarter(quarter, 1)}.`);
    await expect.poll(() => editor.getByText('Fixed once statements are closed', { exact: false }).count()).toBe(1);
    expect(await editor.getByRole('button', { name: 'Save fiscal year' }).isDisabled()).toBe(true);
    await editor.scrollIntoViewIfNeeded();
    await shoot(page, 'program-rules-fiscal-year');
    await choose(page, 'Demo role', 'Partner manager');
    expect(session.errors).toEqual([]);
  }, 120_000);
});
