import { BRIDGE_GLOBAL, type HostBridge } from '../../shared/platform/channels';
import type { DesktopHost, FileSaver, Platform, SecretStore } from './platform';

/** The bridge the Electron preload exposes, or undefined in a plain browser. */
export const hostBridge = (host: object = globalThis): HostBridge | undefined =>
  (host as Record<string, unknown>)[BRIDGE_GLOBAL] as HostBridge | undefined;

/** Secrets through the main process, which encrypts them with safeStorage. */
export const createElectronSecretStore = (bridge: HostBridge): SecretStore => ({
  get: (key) => bridge['secrets:get'](key),
  set: (key, value) => bridge['secrets:set'](key, value),
  delete: (key) => bridge['secrets:delete'](key),
});

/** Files into a folder the user picks in the native dialog; main validates names and sizes. */
export const createElectronFileSaver = (bridge: HostBridge): FileSaver => ({
  saveFiles: async ({ folderName, files }) => {
    const result = await bridge['files:save-folder']({ folderName, files: files.map((f) => ({ name: f.name, data: f.data as Uint8Array<ArrayBuffer> })) });
    return result.saved ? { saved: true, where: result.path } : { saved: false };
  },
});

/** The desktop-only services, each one channel of the shared map (the menu's commands come the other way). */
export const createDesktopHost = (bridge: HostBridge): DesktopHost => ({
  appInfo: () => bridge['app:info'](),
  secretProtection: () => bridge['secrets:protection'](),
  saveFile: async ({ name, data }) => {
    const result = await bridge['files:save']({ suggestedName: name, data: data as Uint8Array<ArrayBuffer> });
    return result.saved ? { saved: true, where: result.path } : { saved: false };
  },
  onMenuCommand: (listener) => bridge.onMenuCommand(listener),
});

export const createElectronPlatform = (bridge: HostBridge): Platform => ({
  secrets: createElectronSecretStore(bridge),
  files: createElectronFileSaver(bridge),
  desktop: createDesktopHost(bridge),
});
