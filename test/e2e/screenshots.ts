import type { Page } from 'playwright-core';

export const SHOTS = 'test-artifacts/screenshots';

/**
 * The page as it is now, in the light and the dark theme, each taken once
 * nothing is moving (a dialog fading in, the theme switching), so a shot
 * never catches a half-drawn dialog. `fullPage` takes the whole scrolled
 * page, for screens read top to bottom.
 */
export const shoot = async (page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<void> => {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    // Two frames, so the new theme's styles are applied and the transitions they start exist, then until they end.
    await page.evaluate(() => new Promise((drawn) => requestAnimationFrame(() => requestAnimationFrame(drawn))));
    // A spinner's endless animation never ends: it is left turning.
    await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Infinity));
    await page.screenshot({ path: `${SHOTS}/${name}-${scheme}.png`, fullPage: options.fullPage ?? false });
  }
  await page.emulateMedia({ colorScheme: 'light' });
};
