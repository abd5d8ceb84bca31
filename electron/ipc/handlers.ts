import type { AppInfo } from '../../shared/platform/channels';
import type { createFileSaving } from '../file-saving';
import type { SecretStore } from '../secret-store';
import { isAllowedExternalUrl } from '../security/external-links';
import type { ChannelHandlers } from './register';

export interface HostServices {
  appInfo(): AppInfo;
  secrets: SecretStore;
  files: ReturnType<typeof createFileSaving>;
  /** Electron's shell.openExternal. */
  openExternal(url: string): Promise<void>;
  externalHosts?: readonly string[];
}

/** Every channel's main-side behaviour, from services passed in (so it runs under Node in tests). */
export const createChannelHandlers = (services: HostServices): ChannelHandlers => ({
  'app:info': () => services.appInfo(),
  'secrets:get': (key) => services.secrets.get(key),
  'secrets:set': (key, value) => services.secrets.set(key, value),
  'secrets:delete': (key) => services.secrets.delete(key),
  'secrets:protection': () => services.secrets.protection(),
  'files:save': (request) => services.files.saveFile(request),
  'files:save-folder': (request) => services.files.saveFolder(request),
  'external:open': async (url) => {
    if (!isAllowedExternalUrl(url, services.externalHosts)) return { opened: false };
    await services.openExternal(url);
    return { opened: true };
  },
});
