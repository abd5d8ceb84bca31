import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../../../server/app';
import { createRepository } from '../../../../renderer/db/repository';
import { readCursors, readEpoch, writeEpoch } from '../../../../renderer/db/sync-meta';
import { createMemoryPlatform } from '../../../support/memory-platform';
import { restoreConflict } from '../../../../renderer/sync/conflicts';
import { listenForPokes } from '../../../../renderer/sync/event-stream';
import type { Poke } from '../../../../shared/sync/protocol';
import { createSyncEngine } from '../../../../renderer/sync/sync-engine';
import { signedInDevice, type Device } from './engine-device';

let server: RunningServer;

beforeAll(async () => {
  server = await startServer({ dataDir: 'memory://', demo: { asOf: '2026-11-22' } });
}, 180_000);
afterAll(() => server?.close());

/** A signed-in device with its own store, skewed clock and network hook optional. */
const device = (email: string, skewMs = 0, fetchHook?: typeof fetch): Promise<Device> =>
  signedInDevice(server.url, email, { skewMs, ...(fetchHook && { fetch: fetchHook }) });

describe('sync engine against the HQ server', () => {
  it('pulls a manager its territory and the program-wide records only', async () => {
    const manager = await device('manager1@demo.test');
    await manager.engine.sync();
    const user = (await manager.engine.session.user())!;
    const territories = new Set((await manager.db.partners.toArray()).map((p) => p.territoryId));
    expect([...territories]).toEqual(user.territoryIds);
    expect(Object.keys(await readCursors(manager.db)).sort()).toEqual([...user.territoryIds, 'global'].sort());
    expect(await manager.db.tierRuleSets.count()).toBeGreaterThan(0);
  });

  it('pushes an edit that another device then pulls, and empties the outbox', async () => {
    const a = await device('manager1@demo.test');
    const hq = await device('hq@demo.test');
    await a.engine.sync();
    await hq.engine.sync();
    const [partner] = await a.repo.list('partners');
    await a.repo.update('partners', partner!.id, { vertical: 'Shipbuilding' });
    await a.engine.sync();
    expect(await a.db.outbox.count()).toBe(0);
    await hq.engine.sync();
    expect(await hq.repo.get('partners', partner!.id)).toMatchObject({ vertical: 'Shipbuilding' });
  });

  it('keeps the losing side of a same-field edit as a conflict that can be restored', async () => {
    const a = await device('manager1@demo.test');
    const hq = await device('hq@demo.test');
    await a.engine.sync();
    await hq.engine.sync();
    const [partner] = await a.repo.list('partners');
    await a.repo.update('partners', partner!.id, { vertical: 'First' });
    await new Promise((resolve) => setTimeout(resolve, 5));
    await hq.repo.update('partners', partner!.id, { vertical: 'Second' });
    await a.engine.sync();
    await hq.engine.sync();
    await a.engine.sync();
    expect(await a.repo.get('partners', partner!.id)).toMatchObject({ vertical: 'Second' });
    const conflicts = (await a.repo.list('conflicts')).filter((c) => c.rowId === partner!.id && c.status === 'open');
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({ field: 'vertical', kept: { value: 'Second' }, lost: { value: 'First' } });

    await restoreConflict(a.repo, conflicts[0]!.id);
    await a.engine.sync();
    await hq.engine.sync();
    expect(await hq.repo.get('partners', partner!.id)).toMatchObject({ vertical: 'First' });
    expect(await hq.repo.get('conflicts', conflicts[0]!.id)).toMatchObject({ status: 'restored' });
  });

  it('never lets a second edit of a field still pending overwrite, unseen, what a pull brought meanwhile', async () => {
    // The user edits a field while a sync is under way; the pull brings another device's newer value of it,
    // but the screen keeps showing the user's own pending value. Editing it again is not a knowing
    // overwrite of that other value: it stays a concurrent edit, and whichever side loses is kept as a conflict.
    let beforePull: (() => Promise<void>) | undefined;
    const hookedFetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
      if (String(input).endsWith('/api/sync/pull') && beforePull) {
        const edit = beforePull;
        beforePull = undefined;
        await edit();
      }
      return fetch(input, init);
    }) as typeof fetch;
    const a = await device('manager1@demo.test');
    const hq = await device('hq@demo.test', 0, hookedFetch);
    await a.engine.sync();
    await hq.engine.sync();
    const [partner] = await a.repo.list('partners');
    // HQ's laptop clock runs half a minute behind: its edits carry older clocks than the manager's.
    const hqRepo = createRepository(hq.db, { now: () => Date.now() - 30_000 });
    await a.repo.update('partners', partner!.id, { vertical: 'Manager value' });
    await a.engine.sync();
    beforePull = async () => void (await hqRepo.update('partners', partner!.id, { vertical: 'HQ first' }));
    await hq.engine.sync();
    expect(await hq.repo.get('partners', partner!.id)).toMatchObject({ vertical: 'HQ first' });
    await hqRepo.update('partners', partner!.id, { vertical: 'HQ second' });
    await hq.engine.sync();
    await a.engine.sync();

    const now = (await a.repo.get('partners', partner!.id))!.vertical;
    const lost = (await a.repo.list('conflicts')).filter((c) => c.rowId === partner!.id && c.field === 'vertical').map((c) => c.lost.value);
    // The manager's value is still there, or a conflict record keeps it for restoring.
    expect(now === 'Manager value' || lost.includes('Manager value'), `now ${now}, lost ${JSON.stringify(lost)}`).toBe(true);
    expect(lost).toContain('HQ first');
  });

  it('corrects a device clock the server finds too far ahead and pushes anyway', async () => {
    const ahead = await device('manager2@demo.test', 10 * 60_000);
    await ahead.engine.sync();
    const [partner] = await ahead.repo.list('partners');
    // The first sync taught the clock the offset; forget it to act as a device that never synced.
    await ahead.db.syncMeta.delete('clockOffset');
    const fresh = createSyncEngine({ db: ahead.db, platform: createMemoryPlatform(), baseUrl: server.url, deviceNow: () => Date.now() + 10 * 60_000 });
    await fresh.session.signIn('manager2@demo.test', 'demo1234');
    const repo = createRepository(ahead.db, { now: () => Date.now() + 10 * 60_000 });
    await repo.update('partners', partner!.id, { vertical: 'From the future' });
    await fresh.sync();
    expect(await ahead.db.outbox.count()).toBe(0);
    expect(Math.abs(fresh.clock.offsetMs() + 10 * 60_000)).toBeLessThan(5_000);
  });

  it('keeps a refused change for the user and shows the server copy again', async () => {
    const manager = await device('manager1@demo.test');
    await manager.engine.sync();
    // A program-wide record is HQ's to change: the device lets the manager type it, the server refuses it.
    const [program] = await manager.repo.list('certificationPrograms');
    await manager.repo.update('certificationPrograms', program!.id, { validityMonths: program!.validityMonths + 1 });
    await manager.engine.sync();
    expect(await manager.db.outbox.count()).toBe(0);
    expect(await manager.db.rejectedChanges.toArray()).toEqual([expect.objectContaining({ rowId: program!.id, code: 'forbidden' })]);
    expect(await manager.repo.get('certificationPrograms', program!.id)).toEqual(program);
  });

  it('hears a poke on the event stream when another device pushes to its territory', async () => {
    const listener = await device('manager1@demo.test');
    const writer = await device('hq@demo.test');
    await listener.engine.sync();
    await writer.engine.sync();
    const territory = (await listener.engine.session.user())!.territoryIds[0]!;
    const abort = new AbortController();
    const pokes: Poke[] = [];
    const connected = new Promise<void>((resolve) => {
      void listenForPokes({ http: listener.engine.http, session: listener.engine.session, onPoke: (p) => pokes.push(p), onConnected: resolve }, abort.signal);
    });
    await connected;
    const [partner] = (await writer.repo.list('partners')).filter((p) => p.territoryId === territory);
    await writer.repo.update('partners', partner!.id, { vertical: 'Poked' });
    await writer.engine.sync();
    for (let i = 0; i < 50 && pokes.length === 0; i++) await new Promise((resolve) => setTimeout(resolve, 20));
    abort.abort();
    expect(pokes.some((p) => p.territories.includes(territory))).toBe(true);
  });

  it('signs out on the server: the session cannot sync again, local data and outbox stay', async () => {
    const manager = await device('manager2@demo.test');
    await manager.engine.sync();
    const [partner] = await manager.repo.list('partners');
    await manager.repo.update('partners', partner!.id, { vertical: 'Unsent' });
    await manager.engine.session.signOut();
    await expect(manager.engine.sync()).rejects.toMatchObject({ code: 'unauthorized' });
    expect(await manager.db.outbox.count()).toBe(1);
    expect(await manager.repo.get('partners', partner!.id)).toMatchObject({ vertical: 'Unsent' });
  });

  it('starts over from zero when the server epoch changed, keeping unsynced work on top', async () => {
    const manager = await device('manager1@demo.test');
    await manager.engine.sync();
    const rowsBefore = await manager.db.partners.count();
    const [partner] = await manager.repo.list('partners');
    // The device last synced with a server that has since been restored from a backup (another epoch),
    // and holds a row the restored server never had.
    await writeEpoch(manager.db, 'epoch-before-the-restore');
    await manager.db.partners.put({ ...partner!, id: 'stale-row-from-before-the-restore' });
    // The user edits while the pull is on its way, so the reset meets a pending change.
    const editing: typeof fetch = async (input, init) => {
      if (String(input).endsWith('/api/sync/pull') && (await manager.db.outbox.count()) === 0) {
        await manager.repo.update('partners', partner!.id, { vertical: 'Pending through the reset' });
      }
      return fetch(input, init);
    };
    const platform = createMemoryPlatform();
    const engine = createSyncEngine({ db: manager.db, platform, baseUrl: server.url, fetch: editing });
    await engine.session.signIn('manager1@demo.test', 'demo1234');
    await engine.sync();

    // This server's epoch now, with where the new pass began after the dot.
    expect(await readEpoch(manager.db)).toMatch(new RegExp(`^${server.epoch}\\.\\d+$`));
    expect(await manager.db.partners.get('stale-row-from-before-the-restore')).toBeUndefined();
    expect(await manager.db.partners.count()).toBe(rowsBefore);
    expect(await manager.repo.get('partners', partner!.id)).toMatchObject({ vertical: 'Pending through the reset' });
    expect(await manager.db.outbox.count()).toBe(1);
  });
});
