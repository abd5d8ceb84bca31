import type { Transaction } from 'dexie';
import { describe, expect, it } from 'vitest';
import { bulkLoad } from '../../../../renderer/db/bulk-load';
import { createRepository } from '../../../../renderer/db/repository';
import { asStored, freshDb, newContact, newPartner } from './factory';

describe('bulkLoad', () => {
  it('stores rows of several tables without writing the outbox or touching the clock', async () => {
    const { db } = freshDb();
    const partners = Array.from({ length: 30 }, (_, i) => asStored<'partners'>(newPartner({ name: `Partner ${i}` })));
    const contacts = partners.map((p) => asStored<'contacts'>(newContact(p.id)));

    const stored = await createRepository(db).bulkLoad({ partners, contacts });

    expect(stored).toBe(60);
    expect(await db.partners.count()).toBe(30);
    expect(await db.contacts.where('partnerId').equals(partners[7]!.id).toArray()).toEqual([contacts[7]]);
    expect(await db.outbox.count()).toBe(0);
    expect(await db.syncMeta.count()).toBe(0);
  });

  it('commits in chunks, so one transaction never holds the whole load', async () => {
    const { db } = freshDb();
    const partners = Array.from({ length: 25 }, () => asStored<'partners'>(newPartner()));
    const transactions = new Set<Transaction>();
    db.partners.hook('creating', (_key, _row, tx) => void transactions.add(tx));

    await bulkLoad(db, { partners }, 10);

    expect(transactions.size).toBe(3);
    expect(await db.partners.count()).toBe(25);
  });

  it('overwrites rows it loaded before, as a repeated pull does', async () => {
    const { db } = freshDb();
    const partner = asStored<'partners'>(newPartner());
    await bulkLoad(db, { partners: [partner] });
    await bulkLoad(db, { partners: [{ ...partner, tier: 'platinum' }] });
    expect(await db.partners.get(partner.id)).toMatchObject({ tier: 'platinum' });
  });
});
