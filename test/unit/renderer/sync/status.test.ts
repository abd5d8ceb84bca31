import { describe, expect, it, vi } from 'vitest';
import { createRepository } from '../../../../renderer/db/repository';
import { alwaysOnline, type Connectivity } from '../../../../renderer/sync/connectivity';
import { SyncError } from '../../../../renderer/sync/errors';
import type { SyncState } from '../../../../renderer/sync/status-store';
import { startSyncController } from '../../../../renderer/sync/sync-controller';
import type { SyncEngine, SyncProgress } from '../../../../renderer/sync/sync-engine';
import { createProcessLock } from '../../../../renderer/sync/sync-lock';
import { freshDb, newPartner } from '../db/factory';

/** An engine whose next sync outcome the test sets, counting the syncs it was asked for. */
const fakeEngine = () => {
  let outcome: (onProgress?: (p: SyncProgress) => void) => Promise<void> = async () => {};
  let calls = 0;
  const engine = {
    clock: { now: () => Date.UTC(2026, 10, 22, 9, 30), offsetMs: () => 0, load: async () => {}, observe: async () => {} },
    session: { user: async () => null, signIn: async () => ({}), signOut: async () => {}, authorized: async () => {} },
    http: {},
    sync: (onProgress?: (p: SyncProgress) => void) => {
      calls++;
      return outcome(onProgress);
    },
  } as unknown as SyncEngine;
  return { engine, next: (fn: typeof outcome) => (outcome = fn), calls: () => calls };
};

/**
 * Waits for a condition instead of a fixed sleep: the controller takes the
 * lock and runs its start-up sync asynchronously, and a loaded CI machine
 * can take far longer than any fixed delay.
 */
const eventually = (assertion: () => void) => vi.waitFor(assertion, { timeout: 5_000, interval: 5 });

const setup = (connectivity: Connectivity = alwaysOnline) => {
  const { db, name } = freshDb();
  const fake = fakeEngine();
  const controller = startSyncController({ db, engine: fake.engine, lock: createProcessLock(name), connectivity, listen: false });
  const states: SyncState[] = [];
  controller.store.subscribe((s, prev) => s.state !== prev.state && states.push(s.state));
  /** Resolves once this controller holds the lock and its start-up sync has run. */
  const started = () => eventually(() => expect(fake.calls()).toBeGreaterThan(0));
  return { db, controller, states, started, ...fake };
};

/** Long enough for a second controller to have synced had it wrongly been let in. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

describe('sync status', () => {
  it('goes syncing (n of m) then synced at a time', async () => {
    const { controller, states, next, started } = setup();
    next(async (progress) => {
      progress?.({ done: 1, total: 2 });
      progress?.({ done: 2, total: 2 });
    });
    await started();
    await controller.store.getState().syncNow();
    expect(states.slice(-4)).toEqual([
      { kind: 'syncing', done: 0, total: 0 },
      { kind: 'syncing', done: 1, total: 2 },
      { kind: 'syncing', done: 2, total: 2 },
      { kind: 'synced', at: '2026-11-22T09:30:00.000Z' },
    ]);
    expect(controller.store.getState().lastSyncedAt).toBe('2026-11-22T09:30:00.000Z');
    controller.stop();
  });

  it.each([
    [new SyncError('network', 'The server could not be reached.'), { kind: 'error', message: 'The server could not be reached.', action: 'retry' }],
    [new SyncError('refresh_invalid', 'Sign in again.'), { kind: 'error', message: 'Sign in again.', action: 'sign-in' }],
    [new SyncError('update_required', 'Update the app.'), { kind: 'error', message: 'Update the app.', action: 'update' }],
    [new SyncError('clock_ahead', 'Check the clock.'), { kind: 'error', message: 'Check the clock.', action: 'check-clock' }],
    [new SyncError('internal', 'Oops.'), { kind: 'error', message: 'Oops.', action: 'retry' }],
  ])('maps %s to one state with one action', async (error, expected) => {
    const { controller, next, started } = setup();
    await started();
    next(async () => {
      throw error;
    });
    await expect(controller.store.getState().syncNow()).rejects.toBe(error);
    expect(controller.store.getState().state).toEqual(expected);
    controller.stop();
  });

  it('is offline without syncing when the host is offline', async () => {
    let synced = 0;
    const { controller, next } = setup({ isOnline: () => false, subscribe: () => () => {} });
    next(async () => void synced++);
    await eventually(() => expect(controller.store.getState().state).toEqual({ kind: 'offline' }));
    await controller.store.getState().syncNow();
    expect(controller.store.getState().state).toEqual({ kind: 'offline' });
    expect(synced).toBe(0);
    controller.stop();
  });

  it('counts pending changes live from the outbox', async () => {
    const { db, controller, started } = setup();
    await started();
    const repo = createRepository(db);
    await repo.create('partners', newPartner());
    await repo.create('partners', newPartner({ name: 'Second' }));
    await eventually(() => expect(controller.store.getState().pendingCount).toBe(2));
    await db.outbox.clear();
    await eventually(() => expect(controller.store.getState().pendingCount).toBe(0));
    controller.stop();
  });

  it('lets only one controller per profile sync', async () => {
    const { db, name } = freshDb();
    let first = 0;
    let second = 0;
    const a = fakeEngine();
    const b = fakeEngine();
    a.next(async () => void first++);
    b.next(async () => void second++);
    const one = startSyncController({ db, engine: a.engine, lock: createProcessLock(name), connectivity: alwaysOnline, listen: false });
    const two = startSyncController({ db, engine: b.engine, lock: createProcessLock(name), connectivity: alwaysOnline, listen: false });
    await eventually(() => expect(first).toBe(1));
    await settle();
    expect(second).toBe(0);
    one.stop();
    await eventually(() => expect(second).toBe(1));
    expect(first).toBe(1);
    two.stop();
  });
});
