import { contextBridge, ipcRenderer } from 'electron';

// The whole surface the renderer sees of the host: named, typed functions, never ipcRenderer
// itself (DESIGN §8). The renderer's platform seam reads it from `window.partnerDesk`.
// TODO: move these types and the channel names into one typed IPC channel map (DESIGN §11) that
// main, preload and renderer/platform all use.

export interface AppInfo {
  version: string;
}

export interface PartnerDeskBridge {
  appInfo(): Promise<AppInfo>;
}

const partnerDesk: PartnerDeskBridge = {
  appInfo: () => ipcRenderer.invoke('app:info') as Promise<AppInfo>,
};

contextBridge.exposeInMainWorld('partnerDesk', partnerDesk);
