import { createStore, type StoreApi } from 'zustand/vanilla';
import type { SessionUser } from '../../shared/sync/protocol';
import type { SyncAction } from './errors';

/** What the status bar shows (DESIGN §5): offline / syncing n of m / synced at hh:mm / an error with one action. */
export type SyncState =
  | { kind: 'offline' }
  | { kind: 'syncing'; done: number; total: number }
  | { kind: 'synced'; at: string }
  | { kind: 'error'; message: string; action: SyncAction };

export interface SyncStatus {
  state: SyncState;
  /** Local changes not yet on the server; live from the outbox. */
  pendingCount: number;
  lastSyncedAt: string | null;
  user: SessionUser | null;
  syncNow(): Promise<void>;
  signIn(email: string, password: string): Promise<void>;
  signOut(): Promise<void>;
}

export type SyncStatusStore = StoreApi<SyncStatus>;

export interface SyncStatusActions {
  syncNow(): Promise<void>;
  signIn(email: string, password: string): Promise<void>;
  signOut(): Promise<void>;
}

/**
 * A vanilla store, so the engine updates it outside React and the UI reads it
 * with `useStore(store, selector)`. The actions are the controller's; before
 * one is attached they do nothing.
 */
export const createSyncStatusStore = (actions?: SyncStatusActions): SyncStatusStore =>
  createStore<SyncStatus>()(() => ({
    state: { kind: 'offline' },
    pendingCount: 0,
    lastSyncedAt: null,
    user: null,
    syncNow: actions?.syncNow ?? (async () => {}),
    signIn: actions?.signIn ?? (async () => {}),
    signOut: actions?.signOut ?? (async () => {}),
  }));
