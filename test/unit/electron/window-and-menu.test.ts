import { describe, expect, it } from 'vitest';
import { applicationMenu, type MenuItem } from '../../../electron/menu';
import { startUpdateChecks } from '../../../electron/updater';
import { DEFAULT_BOUNDS, restoreBounds } from '../../../electron/window-state';

const laptop = [{ x: 0, y: 0, width: 1440, height: 900 }];

describe('remembered window bounds', () => {
  it('reopens where the window was when that is still on a display', () => {
    expect(restoreBounds({ x: 100, y: 80, width: 1200, height: 760, maximized: true }, laptop)).toEqual({
      x: 100,
      y: 80,
      width: 1200,
      height: 760,
      maximized: true,
    });
  });

  it('keeps the size but not the position of a window left on a screen that is gone', () => {
    expect(restoreBounds({ x: 2000, y: 100, width: 1200, height: 760, maximized: false }, laptop)).toEqual({
      width: 1200,
      height: 760,
      maximized: false,
    });
  });

  it('falls back to defaults for a missing or damaged file, and never goes below the minimum size', () => {
    expect(restoreBounds(null, laptop)).toEqual(DEFAULT_BOUNDS);
    expect(restoreBounds({ width: 'big' }, laptop)).toEqual(DEFAULT_BOUNDS);
    expect(restoreBounds({ width: 300, height: 200 }, laptop)).toMatchObject({ width: 960, height: 600 });
  });
});

const flatten = (items: MenuItem[]): MenuItem[] => items.flatMap((item) => [item, ...flatten(item.submenu ?? [])]);

describe('application menu', () => {
  it('has the usual editing shortcuts and the app’s own Sync now and Go to partner', () => {
    const calls: string[] = [];
    const items = flatten(
      applicationMenu('linux', 'Partner Desk', {
        syncNow: () => calls.push('sync'),
        openCommandPalette: () => calls.push('palette'),
        openHelp: () => calls.push('help'),
      }),
    );
    const roles = items.map((i) => i.role).filter(Boolean);
    expect(roles).toEqual(expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'quit', 'zoomIn', 'togglefullscreen']));
    const sync = items.find((i) => i.label === 'Sync now')!;
    const palette = items.find((i) => i.label === 'Go to partner…')!;
    expect(sync.accelerator).toBe('CmdOrCtrl+S');
    expect(palette.accelerator).toBe('CmdOrCtrl+K');
    sync.click!();
    palette.click!();
    expect(calls).toEqual(['sync', 'palette']);
  });

  it('puts the app menu first on macOS', () => {
    const menu = applicationMenu('darwin', 'Partner Desk', { syncNow() {}, openCommandPalette() {}, openHelp() {} });
    expect(menu[0]!.label).toBe('Partner Desk');
    expect(flatten(menu).some((i) => i.role === 'about')).toBe(true);
  });
});

describe('update checks', () => {
  const updater = () => {
    const state = { checks: 0, autoDownload: false };
    return {
      state,
      get autoDownload() {
        return state.autoDownload;
      },
      set autoDownload(value: boolean) {
        state.autoDownload = value;
      },
      checkForUpdatesAndNotify: async () => void state.checks++,
      on: () => undefined,
    };
  };

  it('checks the update feed in a packaged app only', () => {
    const dev = updater();
    expect(startUpdateChecks(dev, false, () => undefined)).toBe(false);
    expect(dev.state.checks).toBe(0);
    const packaged = updater();
    expect(startUpdateChecks(packaged, true, () => undefined)).toBe(true);
    expect(packaged.state.checks).toBe(1);
  });

  it('logs a failed check instead of failing the app (offline is normal)', async () => {
    const logged: string[] = [];
    const failing = { ...updater(), checkForUpdatesAndNotify: () => Promise.reject(new Error('getaddrinfo ENOTFOUND')) };
    startUpdateChecks(failing, true, (m) => logged.push(m));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(logged[0]).toMatch(/update check failed: .*ENOTFOUND/);
  });
});
