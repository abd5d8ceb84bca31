import { describe, expect, it } from 'vitest';
import { shortcutLabel, syncHintText, syncStateText } from '../../../../renderer/app/sync-indicator-text';
import { actionOf, createSyncStatusStore, syncCommandOf, type SyncState } from '../../../../renderer/sync/status-store';

const demo: SyncState = { kind: 'demo' };
const signedOut: SyncState = { kind: 'error', message: 'Signed out.', action: 'sign-in' };
const serverDown: SyncState = { kind: 'error', message: 'The server could not be reached.', action: 'retry' };
const quiet: SyncState[] = [{ kind: 'offline' }, { kind: 'syncing', done: 1, total: 4 }, { kind: 'synced', at: '2026-11-22T09:30:00.000Z' }];

describe('the demo workspace status', () => {
  it('says it is a demo that does not sync, never that it is offline', () => {
    expect(syncStateText(demo)).toBe('Demo workspace, not synced');
    expect(syncStateText(demo)).not.toMatch(/offline/i);
  });

  it('offers sign-in as its one action, and Ctrl/Cmd+S opens sign-in instead of failing', () => {
    expect(actionOf(demo)).toBe('sign-in');
    expect(syncCommandOf(demo)).toBe('sign-in');
    expect(syncHintText(demo, 'Ctrl+S')).toBe('Stored on this device only. Sign in to sync with a server (Ctrl+S)');
  });

  it('is where the demo store starts', () => {
    expect(createSyncStatusStore(undefined, demo).getState().state).toEqual(demo);
  });
});

describe('a server workspace status', () => {
  it('does not claim to be offline before its first sync has looked', () => {
    expect(createSyncStatusStore().getState().state).toEqual({ kind: 'syncing', done: 0, total: 0 });
  });

  it('syncs on Ctrl/Cmd+S while signed in, whatever the state, and offers no action when nothing is wrong', () => {
    for (const state of quiet) {
      expect(actionOf(state)).toBeNull();
      expect(syncCommandOf(state)).toBe('sync-now');
      expect(syncHintText(state, 'Ctrl+S')).toBe('Sync now (Ctrl+S)');
    }
    expect(actionOf(serverDown)).toBe('retry');
    expect(syncCommandOf(serverDown)).toBe('sync-now');
  });

  it('opens sign-in on Ctrl/Cmd+S once the session is gone, as its one action says', () => {
    expect(actionOf(signedOut)).toBe('sign-in');
    expect(syncCommandOf(signedOut)).toBe('sign-in');
    expect(syncHintText(signedOut, '⌘S')).toBe('Sign in to sync (⌘S)');
  });
});

it('names the shortcut as the keyboard does: ⌘ on a Mac, Ctrl elsewhere', () => {
  expect(shortcutLabel('S', true)).toBe('⌘S');
  expect(shortcutLabel('K', false)).toBe('Ctrl+K');
});
