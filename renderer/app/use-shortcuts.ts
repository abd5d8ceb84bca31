import { useEffect } from 'react';
import type { Platform } from '../platform';
import type { SyncStatusStore } from '../sync/status-store';
import { usePalette } from './CommandPalette';
import { runSyncCommand } from './SyncIndicator';

const openPalette = () => usePalette.getState().setOpen(true);

/**
 * Ctrl/Cmd+K opens the partner palette; Ctrl/Cmd+S does what a click on the
 * sync status does (sync now, or sign-in where nothing can sync yet) and never
 * opens the browser's "save page". The desktop app's menu owns the same two
 * shortcuts and sends them as menu commands, so both paths run one handler.
 */
export const useShortcuts = (sync: SyncStatusStore, platform: Platform): void => {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      const key = event.key.toLowerCase();
      if (key === 'k') {
        event.preventDefault();
        openPalette();
      } else if (key === 's') {
        event.preventDefault();
        runSyncCommand(sync);
      }
    };
    window.addEventListener('keydown', onKey);
    const stopMenu = platform.desktop?.onMenuCommand((command) => (command === 'sync-now' ? runSyncCommand(sync) : openPalette()));
    return () => {
      window.removeEventListener('keydown', onKey);
      stopMenu?.();
    };
  }, [sync, platform]);
};
