import type { Locator } from 'playwright-core';
import { expect } from 'vitest';

/**
 * Presses a button by keyboard once it is enabled: focus, then Enter. A mouse
 * click lands where the button was a moment before; when content that loads
 * above it (a plan's standing, worked out after the plan opens) pushes it
 * down between Playwright's checks and the press, the click lands on what
 * moved in and is lost: seen in CI as an objective or a dialog that never
 * appeared. The keyboard acts on the button itself, wherever it is.
 */
export const activate = async (button: Locator): Promise<void> => {
  await expect.poll(() => button.isEnabled(), { timeout: 30_000 }).toBe(true);
  await button.press('Enter');
};
