import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * Picks `option` in the MUI select labelled `label`, by keyboard. By mouse,
 * a slow machine can let the click that opens the menu also close it, and the
 * click meant for the option then lands on what lies under it: inside a
 * dialog, its backdrop, which closes the dialog. The keyboard has no such
 * race. Returns once the menu is gone and the select shows the choice.
 * `scope`: where the select is (a dialog); the menu itself opens at the page's root.
 */
export const choose = async (page: Page, label: string, option: string, scope: Page | Locator = page): Promise<void> => {
  const select = scope.getByRole('combobox', { name: label });
  await select.focus();
  await select.press('ArrowDown');
  const item = page.getByRole('listbox').getByRole('option', { name: option, exact: true });
  await item.focus();
  await item.press('Enter');
  await expect.poll(() => page.getByRole('listbox').count()).toBe(0);
  await expect.poll(() => select.textContent()).toBe(option);
};
