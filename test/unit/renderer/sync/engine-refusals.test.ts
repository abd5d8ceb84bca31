import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../../../shared/domain/ids';
import { MAX_PUSH_BYTES } from '../../../../shared/sync/protocol';
import { startServer, type RunningServer } from '../../../../server/app';
import { openPartnerDeskDb } from '../../../../renderer/db/database';
import type { Repository } from '../../../../renderer/db/repository';
import { signedInDevice, type Device, type DeviceOptions } from './engine-device';

/**
 * The sync engine against a real server when the server refuses a whole
 * batch (issue 10, defects 3 and 4): an oversize change never holds back the
 * outbox, and reused change numbers are numbered on, with nothing lost.
 */
let server: RunningServer;

beforeAll(async () => {
  server = await startServer({ dataDir: 'memory://', demo: { asOf: '2026-11-22' } });
}, 180_000);
afterAll(() => server?.close());

const device = (options: DeviceOptions = {}): Promise<Device> => signedInDevice(server.url, 'manager1@demo.test', options);

const isvPartner = async (repo: Repository) => (await repo.list('partners')).find((p) => p.attributes.partnerType === 'isv')!;

describe('sync engine when the server refuses a batch', () => {
  it('keeps a change too large to sync as a refused change, with what to do, and pushes the rest', async () => {
    const a = await device();
    await a.engine.sync();
    const partner = await isvPartner(a.repo);
    // A change the form took before text had limits: an integration name of 1.1 MB, waiting in the outbox.
    const attributes = { ...partner.attributes, integrations: [{ name: 'n'.repeat(1_100_000), depth: 'api', certificationStatus: 'certified', marketplaceListed: false }] };
    await a.db.transaction('rw', a.db.partners, a.db.outbox, async () => {
      await a.db.partners.put({ ...partner, attributes } as typeof partner);
      await a.db.outbox.add({ table: 'partners', rowId: partner.id, op: 'put', patch: { attributes }, baseVersion: 0, hlc: `${new Date().toISOString()}-0000-x`, createdAt: new Date().toISOString() });
    });
    const next = (await a.repo.list('partners')).find((p) => p.id !== partner.id)!;
    await a.repo.update('partners', next.id, { vertical: 'Logistics' });
    expect(await a.repo.pendingCount()).toBe(2);

    await a.engine.sync();
    expect(await a.repo.pendingCount()).toBe(0);
    const [refused] = await a.db.rejectedChanges.toArray();
    expect(refused).toMatchObject({ rowId: partner.id, code: 'payload_too_large', patch: { attributes } });
    expect(refused!.reason).toMatch(/too large to sync: 1\.1 MB.*Shorten Partner details and save it again/);
    // The record is back in step with the server, and the change after it went up.
    expect((await a.repo.get('partners', partner.id))!.attributes).toEqual(partner.attributes);
    const other = await device();
    await other.engine.sync();
    expect((await other.repo.get('partners', next.id))!.vertical).toBe('Logistics');
  });

  it('sends smaller batches when the server takes less than the device thought', async () => {
    const statuses: number[] = [];
    const watch: typeof fetch = async (...args) => {
      const response = await fetch(...args);
      if (String(args[0]).endsWith('/push')) statuses.push(response.status);
      return response;
    };
    const a = await device({ maxPushBytes: 3 * MAX_PUSH_BYTES, fetch: watch });
    await a.engine.sync();
    const partner = await isvPartner(a.repo);
    const edits = Array.from({ length: 150 }, (_, i) => `Note ${i} ${'x'.repeat(9_000)}`);
    for (const notes of edits) await a.repo.update('partners', partner.id, { notes });
    await a.engine.sync();
    expect(statuses[0]).toBe(413);
    expect(statuses.at(-1)).toBe(200);
    expect(await a.repo.pendingCount()).toBe(0);
    expect(await a.db.rejectedChanges.count()).toBe(0);
    const other = await device();
    await other.engine.sync();
    expect((await other.repo.get('partners', partner.id))!.notes).toBe(edits.at(-1));
  });

  it('numbers its changes on when the server has taken their numbers for other changes', async () => {
    const a = await device();
    await a.engine.sync();
    const partner = await isvPartner(a.repo);
    await a.repo.update('partners', partner.id, { vertical: 'First' });
    await a.repo.update('partners', partner.id, { region: 'First region' });
    await a.engine.sync();

    // The same profile as it was before those changes (restored from an older copy): same device id, numbers from 1.
    const restoredDb = openPartnerDeskDb(`refusals-${newId()}`, { indexedDB, IDBKeyRange });
    await restoredDb.syncMeta.bulkPut(await a.db.syncMeta.toArray());
    const restored = await device({ db: restoredDb });
    await restored.repo.bulkLoad({ partners: [partner] });
    await restored.repo.update('partners', partner.id, { vertical: 'From the restored copy' });
    expect((await restored.db.outbox.toArray()).map((e) => e.mutationId)).toEqual([1]);
    await restored.engine.sync();
    expect(await restored.repo.pendingCount()).toBe(0);
    expect(await restored.db.rejectedChanges.count()).toBe(0);
    await a.engine.sync();
    expect((await a.repo.get('partners', partner.id))!.vertical).toBe('From the restored copy');
    // The next change numbers on from there.
    await restored.repo.update('partners', partner.id, { vertical: 'Later' });
    expect((await restored.db.outbox.toArray())[0]!.mutationId).toBeGreaterThan(2);
  });
});
