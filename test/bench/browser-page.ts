import { build } from 'esbuild';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { launchChromium } from '../support/chromium';

const bundle = async (entry: string): Promise<string> => {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'warning',
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  return result.outputFiles[0]!.text;
};

/** A file the bench page loads besides its script (a worker, say), by path: its type and text. */
export type PageAssets = Record<string, { type: string; body: string }>;

const serve = (script: string, assets: PageAssets): Promise<Server> => {
  const page = '<!doctype html><meta charset="utf-8"><title>bench</title><script type="module" src="/bench.js"></script>';
  const server = createServer((req, res) => {
    const asset = req.url ? assets[req.url] : undefined;
    const [type, body] =
      req.url === '/' ? ['text/html', page] : req.url === '/bench.js' ? ['text/javascript', script] : asset ? [asset.type, asset.body] : [null, 'not found'];
    res.writeHead(type ? 200 : 404, { 'content-type': `${type ?? 'text/plain'}; charset=utf-8` });
    res.end(body);
  });
  // A real http origin, because IndexedDB is unavailable to about:blank and file:// pages.
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
};

/**
 * Bundles `entry` for the browser, serves it on 127.0.0.1 and opens it in
 * headless Chromium with a fresh profile, so IndexedDB starts empty and is
 * real (on disk), then hands the loaded page to `work`. `assets` are served
 * beside the script, on the same origin.
 */
export const inBrowserPage = async <T>(entry: string, work: (page: Page) => Promise<T>, assets: PageAssets = {}): Promise<T> => {
  const server = await serve(await bundle(entry), assets);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const errors: Error[] = [];
    page.on('pageerror', (error) => errors.push(error));
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    if (errors.length > 0) throw errors[0];
    return await work(page);
  } finally {
    await browser.close();
    await new Promise((resolve) => server.close(resolve));
  }
};
