import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium (DESIGN §10); Playwright's own browser download does not work here. */
export const CHROMIUM = '/usr/bin/chromium';

/** Quiet and headless, with nothing running in the background that could skew a test or a timing. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export const launchChromium = (): Promise<Browser> => chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
