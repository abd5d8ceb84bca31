import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { APP_ENTRY, APP_SCHEME_PRIVILEGES, isAppUrl } from '../../../electron/security/app-origin';
import { createAppProtocolHandler } from '../../../electron/security/app-protocol';
import { CONTENT_SECURITY_POLICY } from '../../../shared/platform/csp';
import { isAllowedExternalUrl } from '../../../electron/security/external-links';
import { decideWindowOpen, mayNavigate } from '../../../electron/security/navigation';
import { isPermissionAllowed } from '../../../electron/security/permissions';
import { secureWebPreferences } from '../../../electron/security/window-options';
import { isTrustedSender } from '../../../electron/ipc/sender';
import { readBuilderConfig } from './builder-config-file';

/**
 * The twenty items of Electron's security checklist
 * (https://www.electronjs.org/docs/latest/tutorial/security), each asserted on
 * the module that implements it. main.ts only wires these modules to Electron.
 */
const prefs = secureWebPreferences('/app/preload.cjs') as unknown as Record<string, unknown>;
const mainSource = readFileSync('electron/main.ts', 'utf8');
const preloadSource = readFileSync('electron/preload.ts', 'utf8');
const builder = readBuilderConfig();
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { devDependencies: Record<string, string> };

describe('Electron security checklist', () => {
  it('1. loads only secure content: the app from app://, nothing over plain http', () => {
    expect(APP_ENTRY).toBe('app://partner-desk/index.html');
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/script-src[^;]*(http:|https:|\*)/);
  });

  it('2. no Node.js integration in the renderer, workers or subframes', () => {
    expect(prefs).toMatchObject({ nodeIntegration: false, nodeIntegrationInWorker: false, nodeIntegrationInSubFrames: false });
  });

  it('3. context isolation is on', () => expect(prefs.contextIsolation).toBe(true));

  it('4. the renderer is sandboxed', () => expect(prefs.sandbox).toBe(true));

  it('5. a permission handler allows only persistent storage and notifications, only to the app', () => {
    expect(isPermissionAllowed('persistent-storage', APP_ENTRY)).toBe(true);
    expect(isPermissionAllowed('notifications', APP_ENTRY)).toBe(true);
    for (const permission of ['media', 'geolocation', 'clipboard-read', 'hid', 'serial', 'usb', 'openExternal', 'fullscreen']) {
      expect(isPermissionAllowed(permission, APP_ENTRY), permission).toBe(false);
    }
    expect(isPermissionAllowed('notifications', 'https://evil.example/')).toBe(false);
    expect(mainSource).toContain('setPermissionRequestHandler');
    expect(mainSource).toContain('setPermissionCheckHandler');
  });

  it('6. web security stays on', () => expect(prefs.webSecurity).toBe(true));

  it('7. a strict Content-Security-Policy is sent with every app:// response', async () => {
    for (const directive of ["default-src 'self'", "object-src 'none'", "frame-ancestors 'none'", "base-uri 'none'", "form-action 'none'"]) {
      expect(CONTENT_SECURITY_POLICY).toContain(directive);
    }
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    const handler = createAppProtocolHandler('/build', async () => new Response('<html></html>', { headers: { 'content-type': 'text/html' } }));
    const response = await handler({ url: APP_ENTRY });
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('8. insecure content is never allowed', () => expect(prefs.allowRunningInsecureContent).toBe(false));

  it('9. experimental features are off', () => expect(prefs.experimentalFeatures).toBe(false));

  it('10. no Blink features are enabled', () => {
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
    expect(mainSource).not.toContain('enableBlinkFeatures');
  });

  it('11. no <webview>, so no allowpopups', () => {
    expect(prefs.webviewTag).toBe(false);
    expect(mainSource).not.toContain('allowpopups');
  });

  it('12. any webview attach is refused outright', () => {
    expect(mainSource).toMatch(/will-attach-webview', \(event\) => event\.preventDefault\(\)/);
  });

  it('13. navigation away from the app is cancelled', () => {
    expect(mayNavigate('app://partner-desk/index.html#/partners')).toBe(true);
    for (const url of ['https://evil.example/', 'file:///etc/passwd', 'app://other-host/index.html', 'javascript:alert(1)']) {
      expect(mayNavigate(url), url).toBe(false);
    }
    expect(mainSource).toContain("'will-navigate'");
    expect(mainSource).toContain("'will-redirect'");
  });

  it('14. new windows are denied; allowed links go to the browser instead', () => {
    expect(decideWindowOpen('https://docs.partnerdesk.example/qbr')).toEqual({ action: 'deny', openExternally: true });
    expect(decideWindowOpen('https://evil.example/')).toEqual({ action: 'deny', openExternally: false });
    expect(mainSource).toContain('setWindowOpenHandler');
  });

  it('15. shell.openExternal only sees https links on the allow-list', () => {
    expect(isAllowedExternalUrl('https://partnerdesk.example/help')).toBe(true);
    for (const url of ['http://partnerdesk.example/', 'file:///C:/Windows/system32/calc.exe', 'smb://host/share', 'https://partnerdesk.example.evil.com/', 'https://user:pw@partnerdesk.example/']) {
      expect(isAllowedExternalUrl(url), url).toBe(false);
    }
  });

  it('16. Electron is a current major version', () => {
    const major = Number(/(\d+)/.exec(pkg.devDependencies.electron ?? '')?.[1]);
    expect(major).toBeGreaterThanOrEqual(40);
  });

  it('17. IPC calls are accepted only from the app frame', () => {
    expect(isTrustedSender({ senderFrame: { url: APP_ENTRY } })).toBe(true);
    expect(isTrustedSender({ senderFrame: { url: 'https://evil.example/' } })).toBe(false);
    expect(isTrustedSender({ senderFrame: null })).toBe(false);
  });

  it('18. the app:// protocol replaces file://', () => {
    expect(isAppUrl(APP_ENTRY)).toBe(true);
    expect(mainSource).not.toMatch(/loadFile\(|file:\/\//);
    expect(mainSource).toContain('registerSchemesAsPrivileged');
    expect(mainSource).toContain('privileges: APP_SCHEME_PRIVILEGES');
    // A secure, standard origin (storage and IndexedDB as on https) that keeps V8's compiled code between launches.
    expect(APP_SCHEME_PRIVILEGES).toMatchObject({ standard: true, secure: true, codeCache: true });
  });

  it('19. fuses are set at packaging', () => {
    expect(builder.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('20. no Electron API is exposed to the page: only named functions, never ipcRenderer', () => {
    expect(preloadSource).toMatch(/exposeInMainWorld\(BRIDGE_GLOBAL, bridge\)/);
    expect(preloadSource).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer/);
    expect(preloadSource).not.toMatch(/ipcRenderer\.send\(/);
  });
});
