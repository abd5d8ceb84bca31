import { createElectronPlatform, hostBridge } from './electron-platform';
import type { Platform } from './platform';
import { createWebPlatform } from './web-platform';

export type { FilesToSave, FileSaver, Platform, SaveOutcome, SecretStore } from './platform';
export { createWebFileSaver, createWebPlatform, createWebSecretStore, zipNameFor } from './web-platform';
export { saveOneFile } from './save-file';
export { createElectronFileSaver, createElectronPlatform, createElectronSecretStore, hostBridge } from './electron-platform';

/** The host this page runs in: Electron when the preload exposed its bridge, else a plain browser. */
export const detectPlatform = (host: object = globalThis): Platform => {
  const bridge = hostBridge(host);
  return bridge ? createElectronPlatform(bridge) : createWebPlatform();
};
