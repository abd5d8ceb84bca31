import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { AxeResults, Result } from 'axe-core';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * axe-core on the page as a user has it, in the light and the dark theme:
 * what every end-to-end file that checks a screen's accessibility runs, so
 * each waits for the same stillness and fails on the same rules.
 */
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/**
 * What fails the suite: every serious or critical violation, and the rules
 * issue 13 names whatever impact axe gives them (content outside landmarks,
 * skipped heading levels and empty table headers are "moderate" or "minor" to
 * axe, yet each is a screen-reader user lost on every screen).
 */
const FAILING_IMPACTS = new Set(['serious', 'critical']);
const ALWAYS_FAILING = new Set(['region', 'heading-order', 'empty-table-header', 'label-content-name-mismatch']);

export const failing = (results: AxeResults): Result[] =>
  results.violations.filter((v) => FAILING_IMPACTS.has(v.impact ?? '') || ALWAYS_FAILING.has(v.id));

/** One line per violation, with what a developer needs to find and fix it. */
const report = (screen: string, scheme: string, violations: Result[]): string =>
  violations
    .map((v) => {
      const targets = v.nodes.slice(0, 4).map((n) => n.target.join(' '));
      const more = v.nodes.length > targets.length ? ` (+${v.nodes.length - targets.length} more)` : '';
      const first = v.nodes[0];
      const why = first?.failureSummary?.split('\n').slice(1).join(' ').trim();
      // The class names MUI generates say little; the element's own markup says which one it is.
      const html = first ? `\n    first: ${first.html.replace(/\s+/g, ' ').slice(0, 200)}` : '';
      return `${screen} [${scheme}] ${v.id} (${v.impact}): ${v.help}\n    at ${targets.join(' | ')}${more}${html}${why ? `\n    ${why}` : ''}\n    ${v.helpUrl}`;
    })
    .join('\n');

/** Two frames, so a new colour scheme's styles apply, then until its transitions (and any other finite animation) end. */
export const settled = async (page: Page) => {
  await page.evaluate(() => new Promise((drawn) => requestAnimationFrame(() => requestAnimationFrame(drawn))));
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Infinity));
};

/**
 * axe's findings on a page that held still while it looked. A transition that
 * starts during the run (a list's rows arrive and its Export button leaves its
 * disabled colours: seen in CI as 2.56:1 on a half-way blue) is measured at a
 * colour no user reads, so the page settles again and axe looks again.
 */
const axeOnStillPage = async (page: Page): Promise<AxeResults> => {
  for (let attempt = 1; ; attempt++) {
    await page.evaluate(() => {
      const w = window as unknown as { __transitions?: number };
      if (w.__transitions === undefined) document.addEventListener('transitionstart', () => (w.__transitions = (w.__transitions ?? 0) + 1), true);
      w.__transitions ??= 0;
    });
    const before = await page.evaluate(() => (window as unknown as { __transitions: number }).__transitions);
    const results = await page.evaluate(() =>
      window.axe.run(document, { resultTypes: ['violations'], rules: { 'label-content-name-mismatch': { enabled: true } } }),
    );
    const after = await page.evaluate(() => (window as unknown as { __transitions: number }).__transitions);
    if (after === before || attempt === 5) return results;
    await settled(page);
  }
};

/** axe on the whole document in both themes; the violations that fail, as one report per scheme. */
export const audit = async (page: Page, screen: string): Promise<string[]> => {
  const found: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    // The theme's colour-scheme selector is 'data': MUI marks <html data-light> or <html data-dark>.
    await expect.poll(() => page.evaluate((s) => document.documentElement.hasAttribute(`data-${s}`), colorScheme)).toBe(true);
    await settled(page);
    // Evaluated, not added as a <script>: the app's CSP (script-src 'self') stays as users have it.
    if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(await readFile(AXE, 'utf8'));
    const results = await axeOnStillPage(page);
    const bad = failing(results);
    if (bad.length > 0) found.push(report(screen, colorScheme, bad));
  }
  await page.emulateMedia({ colorScheme: 'light' });
  return found;
};

declare global {
  interface Window {
    axe: typeof import('axe-core');
  }
}
