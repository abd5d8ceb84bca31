import type { SyncState } from '../sync/status-store';
import type { SyncAction } from '../sync/errors';
import { countOf } from '../../shared/domain/text';

/** hh:mm in the device's time zone: "synced at 14:05" is what a manager checks at a glance. */
export const clockTime = (iso: string): string =>
  new Date(iso).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', hour12: false });

/** The words the top bar shows for a sync state (DESIGN §5). */
export const syncStateText = (state: SyncState): string => {
  switch (state.kind) {
    case 'offline':
      return 'Offline';
    case 'syncing':
      return state.total > 0 ? `Syncing ${state.done} of ${state.total}` : 'Syncing…';
    case 'synced':
      return `Synced at ${clockTime(state.at)}`;
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

export const pendingText = (count: number): string => (count === 0 ? 'All changes saved' : `${countOf(count, 'change')} to sync`);
