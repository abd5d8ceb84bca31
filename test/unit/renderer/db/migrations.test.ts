import { describe, expect, it } from 'vitest';
import { entityNames } from '../../../../shared/domain/entities';
import { openPartnerDeskDb } from '../../../../renderer/db/database';
import { CURRENT_VERSION, migrations } from '../../../../renderer/db/migrations';
import { createRepository } from '../../../../renderer/db/repository';
import { NORTH, SOUTH, freshDb, newCertification, newContact, newPartner, reopen } from './factory';

describe('local store schema', () => {
  it('has a table for every synced entity, plus the outbox, sync bookkeeping, rejected changes and saved import mappings', async () => {
    const { db } = freshDb();
    await db.open();
    expect(db.tables.map((t) => t.name).sort()).toEqual([...entityNames, 'outbox', 'syncMeta', 'rejectedChanges', 'importMappings'].sort());
    expect(db.verno).toBe(CURRENT_VERSION);
    db.close();
  });

  it('lists its versions in rising order', () => {
    const versions = migrations.map((m) => m.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
  });

  it('refuses a version it does not know', () => {
    expect(() => openPartnerDeskDb('never-opened', { version: 99 })).toThrow(RangeError);
  });
});

describe('upgrading a profile from the first schema', () => {
  it('keeps every row and pending change, and the new indexes answer queries', async () => {
    const { db: old, name } = freshDb(1);
    const before = createRepository(old, { now: () => Date.UTC(2026, 10, 1) });
    const { alpha, contact } = await before.transact(async (w) => {
      const alpha = await w.create('partners', newPartner({ name: 'Alpha', tier: 'gold' }));
      await w.create('partners', newPartner({ name: 'Beta', territoryId: SOUTH }));
      const contact = await w.create('contacts', newContact(alpha.id));
      await w.create('certifications', newCertification(alpha.id, contact.id, { expiresOn: '2026-12-15' }));
      return { alpha, contact };
    });
    const rowsBefore = { partners: await old.partners.toArray(), outbox: await old.outbox.toArray() };
    // The old schema had no screen indexes.
    await expect(old.partners.where('tier').equals('gold').toArray()).rejects.toThrow(/not indexed/);
    old.close();

    const db = reopen(name);
    const after = createRepository(db, { now: () => Date.UTC(2026, 10, 2) });

    expect(await db.partners.toArray()).toEqual(rowsBefore.partners);
    expect(await db.outbox.toArray()).toEqual(rowsBefore.outbox);
    expect(await after.listBy('partners', 'tier', 'gold')).toEqual([alpha]);
    expect(await after.listBy('partners', '[territoryId+name]', [NORTH, 'Alpha'])).toEqual([alpha]);
    expect(await after.listBy('contacts', 'partnerId', alpha.id)).toEqual([contact]);
    expect(await db.certifications.where('expiresOn').below('2026-12-31').count()).toBe(1);

    // The clock state survived too: the next write sorts after every earlier one.
    await after.update('partners', alpha.id, { status: 'at-risk' });
    const outbox = await db.outbox.toArray();
    expect(outbox.at(-1)!.hlc > outbox.at(-2)!.hlc).toBe(true);
    expect(outbox.at(-1)!.mutationId).toBe(outbox.length);
    db.close();
  });
});
