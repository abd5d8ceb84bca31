import { describe, expect, it, vi } from 'vitest';
import { alwaysOnline } from '../../../../renderer/sync/connectivity';
import { startSyncController } from '../../../../renderer/sync/sync-controller';
import type { SyncEngine } from '../../../../renderer/sync/sync-engine';
import { createProcessLock, type SyncLock } from '../../../../renderer/sync/sync-lock';
import { freshDb } from '../db/factory';

const fakeEngine = (onSync: () => void) =>
  ({
    clock: { now: () => Date.UTC(2026, 10, 22, 9, 30), offsetMs: () => 0, load: async () => {}, observe: async () => {} },
    session: { user: async () => null, signIn: async () => ({}), signOut: async () => {}, authorized: async () => {} },
    http: {},
    sync: async () => onSync(),
  }) as unknown as SyncEngine;

/** Long enough for a stopped controller to have wrongly synced; conditions that must come true are awaited instead. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));
const eventually = (assertion: () => void) => vi.waitFor(assertion, { timeout: 5_000, interval: 5 });

describe('sync controller and the profile lock', () => {
  it('gives the lock back when stopped after the lock was granted but before the controller took it', async () => {
    const { db } = freshDb();
    let released = 0;
    let synced = 0;
    // Granted at once: the grant is already settled when stop() runs, the controller's callback is not yet run.
    const lock: SyncLock = { acquire: () => Promise.resolve(() => void released++) };
    const controller = startSyncController({ db, engine: fakeEngine(() => void synced++), lock, connectivity: alwaysOnline, listen: false });
    controller.stop();
    await eventually(() => expect(released).toBe(1));
    await settle();
    // A stopped controller never starts syncing.
    expect(synced).toBe(0);
  });

  it('lets the next window take over after a controller stopped in that gap', async () => {
    const { db, name } = freshDb();
    const processLock = createProcessLock(name);
    let granted!: () => void;
    const grantedOnce = new Promise<void>((resolve) => (granted = resolve));
    // The real process lock, with the controller's callback held back until stop() has run.
    const lock: SyncLock = {
      acquire: async (signal) => {
        const release = await processLock.acquire(signal);
        granted();
        await new Promise((resolve) => setTimeout(resolve, 10));
        return release;
      },
    };
    let first = 0;
    let second = 0;
    const one = startSyncController({ db, engine: fakeEngine(() => void first++), lock, connectivity: alwaysOnline, listen: false });
    await grantedOnce;
    one.stop();
    await settle();
    const two = startSyncController({ db, engine: fakeEngine(() => void second++), lock: createProcessLock(name), connectivity: alwaysOnline, listen: false });
    await eventually(() => expect(second).toBe(1));
    expect(first).toBe(0);
    two.stop();
  });
});
