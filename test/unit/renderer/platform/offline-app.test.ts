import { describe, expect, it } from 'vitest';
import { wantsOfflineApp, type OfflineAppHost } from '../../../../renderer/platform/offline-app';

const browser: OfflineAppHost = { production: true, protocol: 'https:', electron: false, serviceWorkers: true };

describe('the offline copy of the web app', () => {
  it('is installed by the production browser build over http and https', () => {
    expect(wantsOfflineApp(browser)).toBe(true);
    expect(wantsOfflineApp({ ...browser, protocol: 'http:' })).toBe(true);
  });

  it('is not installed in Electron, in development, from other schemes, or where browsers lack service workers', () => {
    expect(wantsOfflineApp({ ...browser, electron: true })).toBe(false);
    expect(wantsOfflineApp({ ...browser, protocol: 'app:' })).toBe(false);
    expect(wantsOfflineApp({ ...browser, production: false })).toBe(false);
    expect(wantsOfflineApp({ ...browser, serviceWorkers: false })).toBe(false);
  });
});
