import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../../shared/domain/validation';
import { createRefusedChanges, RefusedChangeGoneError } from '../../../../renderer/db/refused-changes';
import { createRepository } from '../../../../renderer/db/repository';
import { claimStore, RefusedChangesHeldError } from '../../../../renderer/db/store-owner';
import { applyPullPage } from '../../../../renderer/sync/pull-apply';
import { applyPushResults } from '../../../../renderer/sync/push-apply';
import { NORTH, SOUTH, asStored, freshDb, newContact, newPartner, reopen } from './factory';

const T0 = Date.UTC(2026, 10, 22, 9, 0, 0);
const ana = { id: 'user-ana', email: 'ana@demo.test' };
const ben = { id: 'user-ben', email: 'ben@demo.test' };

/** A device holding one partner from the server, its repository and its refused changes. */
const device = async () => {
  const { db, name } = freshDb();
  let writes = 0;
  const repo = createRepository(db, { now: () => T0, onLocalWrite: () => writes++ });
  const refused = createRefusedChanges(db, repo);
  const stored = asStored(newPartner({ name: 'Northwind Resale' }));
  await applyPullPage(
    db,
    { epoch: 'e', territories: [NORTH, SOUTH], rows: [{ table: 'partners', version: 1, row: stored }], evicted: [], cursors: { [NORTH]: 1 }, serverTime: T0 },
    T0,
  );
  return { db, name, repo, refused, stored, writes: () => writes };
};

type Device = Awaited<ReturnType<typeof device>>;

/** The server refuses the oldest pending change, as push-apply stores its answer. */
const refuseOldest = async ({ db }: Device, answer: { code: string; reason: string; fields?: Record<string, string>; current: Record<string, unknown> | null }) => {
  const [entry] = await db.outbox.toArray();
  await applyPushResults(db, [entry!], [{ mutationId: entry!.mutationId, status: 'rejected', ...answer } as never], T0);
  const [change] = await db.rejectedChanges.toArray();
  return change!;
};

/**
 * A change the device's schema would not take today but the server's refuses
 * (a form from before a limit existed): written past the repository, the way
 * such an entry would sit in the outbox.
 */
const unchecked = async ({ db, stored }: Device, patch: Record<string, unknown>) => {
  await db.transaction('rw', db.partners, db.outbox, async () => {
    await db.partners.put({ ...stored, ...patch } as typeof stored);
    await db.outbox.add({ table: 'partners', rowId: stored.id, op: 'put', patch, baseVersion: 1, hlc: `${new Date(T0).toISOString()}-0000-x`, createdAt: new Date(T0).toISOString() });
  });
};

/** The refusal a vertical past its limit gets from the server's schema. */
const tooLong = (d: Device) => ({
  code: 'bad_request',
  reason: 'Partner was not saved: Vertical must be at most 100 characters',
  fields: { vertical: 'Vertical must be at most 100 characters' },
  current: d.stored,
});

describe('refused changes on the device', () => {
  it('keep the name of a record that left the device with the refusal, and its partner for a child', async () => {
    const d = await device();
    await d.repo.update('partners', d.stored.id, { vertical: 'Logistics' });
    const change = await refuseOldest(d, { code: 'not_found', reason: 'The partner is not on the server, or is not yours to change.', current: null });
    expect(await d.db.partners.get(d.stored.id)).toBeUndefined();
    expect(change).toMatchObject({ rowId: d.stored.id, rowLabel: 'Northwind Resale', patch: { vertical: 'Logistics' } });

    const other = await device();
    const contact = await other.repo.create('contacts', newContact(other.stored.id, { name: 'Ada Field' }));
    const refusal = await refuseOldest(other, { code: 'bad_request', reason: 'Contact was not saved.', current: null });
    expect(refusal).toMatchObject({ rowId: contact.id, rowLabel: 'Ada Field (Northwind Resale)' });
  });

  it('survive a restart of the app', async () => {
    const d = await device();
    await d.repo.update('partners', d.stored.id, { vertical: 'Logistics' });
    await refuseOldest(d, tooLong(d));
    d.db.close();
    const again = reopen(d.name);
    expect(await createRefusedChanges(again, createRepository(again)).count()).toBe(1);
  });

  it('are discarded on the user’s word, and Undo puts the same change back', async () => {
    const d = await device();
    await d.repo.update('partners', d.stored.id, { vertical: 'Logistics' });
    const change = await refuseOldest(d, tooLong(d));

    const discarded = await d.refused.discard(change.id!);
    expect(discarded).toEqual(change);
    expect(await d.refused.count()).toBe(0);
    await expect(d.refused.discard(change.id!)).rejects.toThrow(RefusedChangeGoneError);

    await d.refused.restore(discarded);
    expect(await d.db.rejectedChanges.toArray()).toEqual([change]);
    // Local only: nothing of this goes to the server.
    expect(await d.db.outbox.count()).toBe(0);
  });

  it('are sent again corrected, laid on the record as it is now, as one new change, and the refusal goes with it', async () => {
    const d = await device();
    await unchecked(d, { vertical: 'v'.repeat(150) });
    const change = await refuseOldest(d, tooLong(d));
    // Opened in the form; meanwhile a pull brings another device's region.
    const opened = (await d.repo.get('partners', d.stored.id))!;
    await applyPullPage(
      d.db,
      { epoch: 'e', territories: [NORTH, SOUTH], rows: [{ table: 'partners', version: 2, row: { ...d.stored, region: 'APAC' } }], evicted: [], cursors: { [NORTH]: 2 }, serverTime: T0 },
      T0,
    );
    const before = d.writes();

    await d.refused.resend(change.id!, { opened, edited: { ...opened, vertical: 'Logistics' } });

    expect(await d.repo.get('partners', d.stored.id)).toMatchObject({ vertical: 'Logistics', region: 'APAC' });
    const outbox = await d.db.outbox.toArray();
    expect(outbox.map((e) => e.patch)).toEqual([{ vertical: 'Logistics', updatedAt: expect.any(String) }]);
    expect(await d.refused.count()).toBe(0);
    // Cued for push like any user write.
    expect(d.writes()).toBe(before + 1);
  });

  it('stay when the corrected change is still invalid, and nothing is written', async () => {
    const d = await device();
    await unchecked(d, { vertical: 'v'.repeat(150) });
    const change = await refuseOldest(d, tooLong(d));
    const opened = (await d.repo.get('partners', d.stored.id))!;

    const sent = d.refused.resend(change.id!, { opened, edited: { ...opened, vertical: 'v'.repeat(101) } });
    await expect(sent).rejects.toThrow(ValidationError);
    await expect(sent).rejects.toThrow(/Vertical must be at most 100 characters/);
    expect(await d.refused.count()).toBe(1);
    expect(await d.db.outbox.count()).toBe(0);
    expect(await d.repo.get('partners', d.stored.id)).toEqual(d.stored);
  });

  it('make a refused new record again under its own id', async () => {
    const d = await device();
    const contact = await d.repo.create('contacts', newContact(d.stored.id, { email: 'ada@northwind.example' }));
    const change = await refuseOldest(d, { code: 'bad_request', reason: 'Contact was not saved: Email is not a valid email address', current: null });
    expect(await d.repo.get('contacts', contact.id)).toBeUndefined();

    await d.refused.resend(change.id!, { edited: { ...change.patch, role: 'Head of alliances' } });

    expect(await d.repo.get('contacts', contact.id)).toMatchObject({ name: contact.name, role: 'Head of alliances' });
    const [entry] = await d.db.outbox.toArray();
    expect(entry).toMatchObject({ table: 'contacts', rowId: contact.id, op: 'put', patch: { id: contact.id, role: 'Head of alliances' } });
    expect(await d.refused.count()).toBe(0);
  });

  it('cannot be sent again once discarded elsewhere, and a gone record is said so', async () => {
    const d = await device();
    await d.repo.update('partners', d.stored.id, { vertical: 'Logistics' });
    const change = await refuseOldest(d, { code: 'not_found', reason: 'Gone.', current: null });
    await expect(d.refused.resend(change.id!, { edited: { vertical: 'Logistics' } })).rejects.toThrow(/Partner .* was not found/);
    expect(await d.refused.count()).toBe(1);
    await d.refused.discard(change.id!);
    await expect(d.refused.resend(change.id!, { edited: { vertical: 'Logistics' } })).rejects.toThrow(RefusedChangeGoneError);
  });
});

describe('a user switch with refused changes on the device', () => {
  const withRefusal = async () => {
    const d = await device();
    await claimStore(d.db, ana);
    await d.repo.update('partners', d.stored.id, { vertical: 'Logistics' });
    await refuseOldest(d, tooLong(d));
    return d;
  };

  it('is refused until the user says so, with the changes to export, and changes nothing', async () => {
    const d = await withRefusal();
    const attempt = claimStore(d.db, ben);
    await expect(attempt).rejects.toThrow(RefusedChangesHeldError);
    const error = (await attempt.catch((e: unknown) => e)) as RefusedChangesHeldError;
    expect(error.ownerEmail).toBe('ana@demo.test');
    expect(error.changes).toEqual(await d.db.rejectedChanges.toArray());
    expect(error.message).toMatch(/The server refused 1 change ana@demo.test made on this device.*removes it from this device/);
    expect(await d.refused.count()).toBe(1);
    expect(await d.db.partners.count()).toBe(1);
    expect(await claimStore(d.db, ana)).toBe('kept');
    expect(await d.refused.count()).toBe(1);
  });

  it('goes on once the user agreed to their removal', async () => {
    const d = await withRefusal();
    expect(await claimStore(d.db, ben, { discardRefused: true })).toBe('switched');
    expect(await d.refused.count()).toBe(0);
    expect(await d.db.partners.count()).toBe(0);
  });
});
