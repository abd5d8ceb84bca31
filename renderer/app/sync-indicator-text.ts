import { actionOf, type SyncState } from '../sync/status-store';
import type { SyncAction } from '../sync/errors';
import { countOf } from '../../shared/domain/text';
import { timeText } from '../ui/dates';


/** The words the top bar shows for a sync state (DESIGN §5). */
export const syncStateText = (state: SyncState): string => {
  switch (state.kind) {
    case 'demo':
      return 'Demo workspace, not synced';
    case 'offline':
      return 'Offline';
    case 'syncing':
      return state.total > 0 ? `Syncing ${state.done} of ${state.total}` : 'Syncing…';
    case 'synced':
      return `Synced at ${timeText(state.at)}`;
    case 'error':
      return state.message;
  }
};

export const actionLabels: Record<SyncAction, string> = {
  'sign-in': 'Sign in',
  retry: 'Try again',
  update: 'Update the app',
  'check-clock': 'Check the clock',
};

/**
 * The status's tooltip: what a click (or the shortcut) does there. The demo
 * says why it offers sign-in, so the chip never promises a sync it cannot do.
 */
export const syncHintText = (state: SyncState, shortcut: string): string => {
  if (state.kind === 'demo') return `Stored on this device only. Sign in to sync with a server (${shortcut})`;
  return actionOf(state) === 'sign-in' ? `Sign in to sync (${shortcut})` : `Sync now (${shortcut})`;
};

/** The host's name for a shortcut: ⌘S on a Mac, Ctrl+S elsewhere (the handlers accept either modifier). */
export const shortcutLabel = (key: string, mac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform)): string =>
  mac ? `⌘${key}` : `Ctrl+${key}`;

/** The changes not yet with the server; the demo has none to send them to, so its changes are only on this device. */
export const pendingText = (count: number, demo = false): string => {
  if (count === 0) return 'All changes saved';
  return demo ? `${countOf(count, 'change')} on this device only` : `${countOf(count, 'change')} to sync`;
};
