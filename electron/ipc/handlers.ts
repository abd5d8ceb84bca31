import type { AppInfo } from '../../shared/platform/channels';
import type { createFileSaving } from '../file-saving';
import type { SecretStore } from '../secret-store';
import type { ChannelHandlers } from './register';

export interface HostServices {
  appInfo(): AppInfo;
  secrets: SecretStore;
  files: ReturnType<typeof createFileSaving>;
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
});
