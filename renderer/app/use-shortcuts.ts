import { useEffect } from 'react';
import type { SyncStatusStore } from '../sync/status-store';
import { usePalette } from './CommandPalette';

/** Ctrl/Cmd+K opens the partner palette; Ctrl/Cmd+S syncs (and never opens the browser's "save page"). */
export const useShortcuts = (sync: SyncStatusStore): void => {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      const key = event.key.toLowerCase();
      if (key === 'k') {
        event.preventDefault();
        usePalette.getState().setOpen(true);
      } else if (key === 's') {
        event.preventDefault();
        void sync.getState().syncNow();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [sync]);
};
