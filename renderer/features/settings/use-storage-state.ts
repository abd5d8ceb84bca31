import { useCallback, useEffect, useState } from 'react';

interface StorageState {
  /** null: the browser cannot tell (no StorageManager). */
  persisted: boolean | null;
  usage: number | null;
  quota: number | null;
  request(): Promise<void>;
}

/** Whether the browser keeps this workspace under storage pressure, and how full the disk quota is. */
export const useStorageState = (): StorageState => {
  const [state, setState] = useState<Omit<StorageState, 'request'>>({ persisted: null, usage: null, quota: null });
  const read = useCallback(async () => {
    const manager = navigator.storage;
    if (!manager?.persisted) return;
    const [persisted, estimate] = await Promise.all([manager.persisted(), manager.estimate?.() ?? Promise.resolve(undefined)]);
    setState({ persisted, usage: estimate?.usage ?? null, quota: estimate?.quota ?? null });
  }, []);
  useEffect(() => {
    void read();
  }, [read]);
  return {
    ...state,
    request: async () => {
      await navigator.storage?.persist?.();
      await read();
    },
  };
};
