import { execFileSync } from 'node:child_process';
import { _electron as electron, type ElectronApplication, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { electronBinary, projectRoot } from '../../scripts/electron-binary.mjs';

// The desktop shell in the real Electron runtime. The runtime binary cannot be downloaded in this
// build environment, so where it is missing these tests say so plainly instead of passing.
const binary = electronBinary();
if (!binary) {
  console.warn(
    'Electron shell tests did NOT run: the Electron runtime binary is not installed (node_modules/electron/dist). ' +
      'The shell is covered by the unit tests of its modules; install the binary to run these.',
  );
}

describe.skipIf(!binary)('Electron shell (Playwright _electron)', () => {
  let app: ElectronApplication;
  let page: Page;

  beforeAll(async () => {
    // Vitest sets NODE_ENV=test, which would make Vite bundle React's development build.
    execFileSync('npm', ['run', 'build'], { cwd: projectRoot, stdio: 'ignore', env: { ...process.env, NODE_ENV: 'production' } });
    app = await electron.launch({ executablePath: binary!, args: [projectRoot], cwd: projectRoot });
    page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
  });

  afterAll(async () => {
    await app?.close();
  });

  it('serves the app from app:// with isolation, sandbox and no Node in the page', async () => {
    expect(page.url()).toMatch(/^app:\/\/partner-desk\//);
    // With isolation and sandbox the page has no Node globals; the preload's own world is not visible.
    expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
    expect(await page.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe('undefined');
  });

  it('stays in the app when the page tries to navigate away', async () => {
    await page.evaluate(() => {
      window.location.href = 'https://example.com/';
    });
    await page.waitForTimeout(500);
    expect(page.url()).toMatch(/^app:\/\/partner-desk\//);
  });

  it('exposes the typed bridge and nothing of ipcRenderer', async () => {
    const bridge = await page.evaluate(() => Object.keys((window as unknown as { partnerDesk: object }).partnerDesk).sort());
    expect(bridge).toEqual(expect.arrayContaining(['app:info', 'secrets:get', 'files:save-folder', 'onMenuCommand']));
    expect(bridge).not.toContain('ipcRenderer');
    const info = await page.evaluate(() =>
      (window as unknown as { partnerDesk: { 'app:info': () => Promise<{ version: string }> } }).partnerDesk['app:info'](),
    );
    expect(info.version).toMatch(/^\d+\.\d+\.\d+/);
  });
});
