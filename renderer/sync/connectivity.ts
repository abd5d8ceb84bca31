/** Whether the host thinks it is online, and when that changes. Injectable: Node has no `online` event. */
export interface Connectivity {
  isOnline(): boolean;
  /** Returns the unsubscribe function. */
  subscribe(listener: (online: boolean) => void): () => void;
}

/** The browser's view (also Electron's renderer): navigator.onLine and the online/offline events. */
export const createWebConnectivity = (target: Window = window): Connectivity => ({
  isOnline: () => target.navigator.onLine,
  subscribe(listener) {
    const online = () => listener(true);
    const offline = () => listener(false);
    target.addEventListener('online', online);
    target.addEventListener('offline', offline);
    return () => {
      target.removeEventListener('online', online);
      target.removeEventListener('offline', offline);
    };
  },
});

/** Always online: Node tests and the simulation, whose network failures come from a wrapped fetch. */
export const alwaysOnline: Connectivity = { isOnline: () => true, subscribe: () => () => {} };
