import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { launchChromium } from '../support/chromium';
import { build, preview, type PreviewServer } from 'vite';

const CONFIG = 'renderer/vite.config.ts';

/**
 * Builds the renderer as `npm run build:renderer` does, in production mode,
 * into a directory of its own (so test files and other runs never empty each
 * other's build). Vitest sets NODE_ENV=test, and Vite then bundles React's
 * development build; users get the production one, so that is what is built
 * here, and the result is checked.
 */
export const buildWeb = async (): Promise<{ dir: string; remove: () => Promise<void> }> => {
  const dir = await mkdtemp(join(tmpdir(), 'partner-desk-web-'));
  const previous = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ configFile: CONFIG, mode: 'production', logLevel: 'error', build: { outDir: dir, emptyOutDir: true } });
  } finally {
    if (previous === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = previous;
  }
  await assertProductionBuild(dir);
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
};

/** React's development build greets developers with this line; the production build never carries it. */
const assertProductionBuild = async (dir: string) => {
  const assets = join(dir, 'assets');
  for (const file of await readdir(assets)) {
    if (!file.endsWith('.js')) continue;
    if ((await readFile(join(assets, file), 'utf8')).includes('Download the React DevTools')) {
      throw new Error(`${file} holds React's development build; the e2e suite must run the production bundle`);
    }
  }
};

/** The production build served on a free loopback port (demo mode: no server behind it). */
export const serveWebBuild = async (): Promise<{ url: string; close: () => Promise<void> }> => {
  const web = await buildWeb();
  const server: PreviewServer = await preview({
    configFile: CONFIG,
    logLevel: 'error',
    build: { outDir: web.dir },
    preview: { port: 0 },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a local URL');
  return {
    url,
    close: async () => {
      await server.close();
      await web.remove();
    },
  };
};

/**
 * Waits until the web build's service worker has installed (its copy of the
 * whole app is complete) and controls the page: from then on the app
 * reloads with no network.
 */
export const waitForOfflineCopy = async (page: Page): Promise<void> => {
  await page.evaluate(async () => void (await navigator.serviceWorker.ready));
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
};

export interface DemoSession {
  site: { url: string };
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Uncaught errors of the page: a test ends by expecting none. */
  errors: string[];
  close(): Promise<void>;
}

/**
 * What a demo-mode end-to-end file starts from: the production build served,
 * Chromium launched, one desktop-sized page open, its uncaught errors kept.
 * If a step fails, what was already started is closed again.
 */
export const openDemoSession = async (contextOptions: BrowserContextOptions = {}): Promise<DemoSession> => {
  const site = await serveWebBuild();
  let browser: Browser | undefined;
  try {
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, ...contextOptions });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const opened = browser;
    return {
      site,
      browser: opened,
      context,
      page,
      errors,
      close: async () => {
        await context.close();
        await opened.close();
        await site.close();
      },
    };
  } catch (error) {
    await browser?.close();
    await site.close();
    throw error;
  }
};

/**
 * A demo session on the demo workspace: the site opened and its partners
 * listed, which is where every demo-mode file's first test starts.
 */
export const openDemoWorkspace = async (contextOptions: BrowserContextOptions = {}): Promise<DemoSession> => {
  const session = await openDemoSession(contextOptions);
  try {
    await session.page.goto(session.site.url);
    await session.page.waitForFunction(() => /^\d+ partners$/.test(document.querySelector('[data-testid="partner-count"]')?.textContent ?? ''), undefined, { timeout: 60_000 });
    return session;
  } catch (error) {
    await session.close();
    throw error;
  }
};
