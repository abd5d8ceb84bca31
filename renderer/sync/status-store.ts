import { createStore, type StoreApi } from 'zustand/vanilla';
import type { SessionUser } from '../../shared/sync/protocol';
import type { ClaimOptions } from '../db/store-owner';
import type { SyncAction } from './errors';

/**
 * What the status bar shows (DESIGN §5): offline / syncing n of m / synced at
 * hh:mm / an error with one action, and for the demo workspace, which has no
 * server at all, that it is a demo: never "offline" while the network is up.
 */
export type SyncState =
  | { kind: 'demo' }
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
  /** `options` carries the user's word on what a switch of user would remove (store-owner.ts). */
  signIn(email: string, password: string, options?: ClaimOptions): Promise<void>;
  signOut(): Promise<void>;
}

export type SyncStatusStore = StoreApi<SyncStatus>;

export interface SyncStatusActions {
  syncNow(): Promise<void>;
  signIn(email: string, password: string, options?: ClaimOptions): Promise<void>;
  signOut(): Promise<void>;
}

/** The one action offered beside a state: the demo's and every error's; a state that needs nothing offers none. */
export const actionOf = (state: SyncState): SyncAction | null => {
  if (state.kind === 'demo') return 'sign-in';
  return state.kind === 'error' ? state.action : null;
};

/**
 * What "Sync now" (Ctrl/Cmd+S, a click on the status) means in a state:
 * where nothing can sync until someone signs in (the demo, a lost session),
 * it opens sign-in instead of answering with an error.
 */
export const syncCommandOf = (state: SyncState): 'sign-in' | 'sync-now' => (actionOf(state) === 'sign-in' ? 'sign-in' : 'sync-now');

/**
 * A server workspace starts by syncing: the controller's first run follows at
 * once and replaces this with what is true (offline only when the host says so).
 */
const STARTING: SyncState = { kind: 'syncing', done: 0, total: 0 };

/**
 * A vanilla store, so the engine updates it outside React and the UI reads it
 * with `useStore(store, selector)`. The actions are the controller's; before
 * one is attached they do nothing.
 */
export const createSyncStatusStore = (actions?: SyncStatusActions, initial: SyncState = STARTING): SyncStatusStore =>
  createStore<SyncStatus>()(() => ({
    state: initial,
    pendingCount: 0,
    lastSyncedAt: null,
    user: null,
    syncNow: actions?.syncNow ?? (async () => {}),
    signIn: actions?.signIn ?? (async () => {}),
    signOut: actions?.signOut ?? (async () => {}),
  }));
