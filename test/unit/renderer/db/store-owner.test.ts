import { describe, expect, it } from 'vitest';
import { createRepository } from '../../../../renderer/db/repository';
import { claimStore, StoreInUseError } from '../../../../renderer/db/store-owner';
import { readClientId, writeCursor } from '../../../../renderer/db/sync-meta';
import { freshDb, newPartner } from './factory';

const ana = { id: 'user-ana', email: 'ana@demo.test' };
const ben = { id: 'user-ben', email: 'ben@demo.test' };

describe('the local store belongs to one signed-in user', () => {
  it('is claimed by the first user and kept for them on every later sign-in', async () => {
    const { db } = freshDb();
    expect(await claimStore(db, ana)).toBe('claimed');
    expect(await claimStore(db, ana)).toBe('kept');
  });

  it("refuses another user while the first user's changes wait to sync, and changes nothing", async () => {
    const { db } = freshDb();
    await claimStore(db, ana);
    const partner = await createRepository(db).create('partners', newPartner());
    await expect(claimStore(db, ben)).rejects.toThrow(StoreInUseError);
    await expect(claimStore(db, ben)).rejects.toThrow(/Changes made by ana@demo.test on this device have not reached the server/);
    expect(await db.partners.get(partner.id)).toEqual(partner);
    expect(await db.outbox.count()).toBe(1);
    expect(await claimStore(db, ana)).toBe('kept');
  });

  it("clears the previous user's records and sync state once everything is synced, with a new client id to come", async () => {
    const { db } = freshDb();
    await claimStore(db, ana);
    const partner = await createRepository(db).create('partners', newPartner());
    await writeCursor(db, partner.territoryId, 12);
    await db.outbox.clear(); // as after a successful push
    expect(await readClientId(db)).toBeDefined();

    expect(await claimStore(db, ben)).toBe('switched');
    expect(await db.partners.count()).toBe(0);
    expect(await readClientId(db)).toBeUndefined();
    expect(await db.syncMeta.toArray()).toEqual([{ key: 'owner', userId: 'user-ben', email: 'ben@demo.test' }]);
  });
});
