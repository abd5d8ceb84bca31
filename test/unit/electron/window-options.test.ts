import { describe, expect, it } from 'vitest';
import { secureWebPreferences } from '../../../electron/security/window-options';

describe('secureWebPreferences', () => {
  const prefs = secureWebPreferences('/app/dist/electron/preload.cjs');

  it('isolates and sandboxes the page, with no Node in the renderer', () => {
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
    });
  });

  it('disables webview, insecure content and experimental features, and keeps web security on', () => {
    expect(prefs).toMatchObject({
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
    });
  });

  it('uses the preload it is given', () => {
    expect(prefs.preload).toBe('/app/dist/electron/preload.cjs');
  });
});
