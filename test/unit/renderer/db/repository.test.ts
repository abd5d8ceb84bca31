import type { Transaction } from 'dexie';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../../shared/domain/validation';
import { parseHlc } from '../../../../shared/sync/hlc';
import { BatchRecordError, RecordNotFoundError } from '../../../../renderer/db/errors';
import { createRepository } from '../../../../renderer/db/repository';
import { readClientId, writeCursor } from '../../../../renderer/db/sync-meta';
import { localDate } from '../../../../shared/domain/local-date';
import type { Partner } from '../../../../shared/domain/partner';
import type { NewRecord } from '../../../../renderer/db/repository';
import { NORTH, freshDb, newContact, newOpportunity, newPartner } from './factory';

const T0 = Date.UTC(2026, 10, 22, 9, 0, 0);

/** A store and a repository whose clock is pinned and moved by hand. */
const setup = () => {
  const { db } = freshDb();
  let nowMs = T0;
  const repo = createRepository(db, { now: () => nowMs });
  const advance = (ms: number) => (nowMs += ms);
  return { db, repo, advance };
};

/** Everything stored, so a failed write can be shown to have changed nothing. */
const snapshot = async ({ db }: ReturnType<typeof setup>) => ({
  partners: await db.partners.toArray(),
  contacts: await db.contacts.toArray(),
  outbox: await db.outbox.toArray(),
});

describe('create', () => {
  it('stores the record and its outbox entry in one transaction', async () => {
    const store = setup();
    const { db, repo } = store;
    const seen: Transaction[] = [];
    db.partners.hook('creating', (_key, _row, tx) => void seen.push(tx));
    db.outbox.hook('creating', (_key, _row, tx) => void seen.push(tx));

    const partner = await repo.create('partners', newPartner());

    expect(seen).toHaveLength(2);
    expect(seen[0]).toBe(seen[1]);
    expect(partner).toMatchObject({ name: 'Northwind Resale', deleted: false, updatedAt: '2026-11-22T09:00:00.000Z' });
    expect(partner.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(await db.partners.get(partner.id)).toEqual(partner);
    const outbox = await db.outbox.toArray();
    expect(outbox).toEqual([
      {
        mutationId: 1,
        table: 'partners',
        rowId: partner.id,
        op: 'put',
        patch: partner,
        // Nothing pulled yet for the territory.
        baseVersion: 0,
        hlc: expect.any(String),
        createdAt: '2026-11-22T09:00:00.000Z',
      },
    ]);
    expect(parseHlc(outbox[0]!.hlc)).toEqual({ wallMs: T0, counter: 0, node: await readClientId(db) });
    expect(await repo.pendingCount()).toBe(1);
  });

  it('keeps an id the caller made, and refuses one already in use', async () => {
    const store = setup();
    const first = await store.repo.create('partners', newPartner({ id: 'partner-1' }));
    expect(first.id).toBe('partner-1');
    const before = await snapshot(store);

    await expect(store.repo.create('partners', newPartner({ id: 'partner-1', name: 'Other' }))).rejects.toThrow();
    expect(await snapshot(store)).toEqual(before);
  });

  it('throws a ValidationError naming the field and stores nothing', async () => {
    const store = setup();
    const partner = await store.repo.create('partners', newPartner());
    const before = await snapshot(store);

    const attempt = store.repo.create('contacts', newContact(partner.id, { email: 'not-an-email' }));

    await expect(attempt).rejects.toBeInstanceOf(ValidationError);
    await expect(attempt).rejects.toMatchObject({
      entity: 'Contact',
      errors: [{ field: 'email', message: 'Email is not a valid email address' }],
    });
    expect(await snapshot(store)).toEqual(before);
  });

  it('stores validated values, e.g. trimmed names, and drops fields the schema does not know', async () => {
    const { repo } = setup();
    const input = { ...newPartner({ name: '  Northwind  ' }), nickname: 'NW' };
    const partner = await repo.create('partners', input);
    expect(partner.name).toBe('Northwind');
    expect(partner).not.toHaveProperty('nickname');
  });
});

describe('a write that fails part-way leaves neither the record nor its outbox entry', () => {
  it('when appending to the outbox throws after the record was put', async () => {
    const store = setup();
    store.db.outbox.hook('creating', () => {
      throw new Error('disk full');
    });

    await expect(store.repo.create('partners', newPartner())).rejects.toThrow('disk full');
    expect(await snapshot(store)).toEqual({ partners: [], contacts: [], outbox: [] });
  });

  it('when the second write of a transaction is invalid', async () => {
    const store = setup();
    const attempt = store.repo.transact(async (w) => {
      const partner = await w.create('partners', newPartner());
      await w.create('contacts', newContact(partner.id, { name: '' }));
    });

    await expect(attempt).rejects.toMatchObject({ name: 'ValidationError', errors: [{ field: 'name' }] });
    expect(await snapshot(store)).toEqual({ partners: [], contacts: [], outbox: [] });
  });

  it('when the work itself throws after its writes', async () => {
    const store = setup();
    const existing = await store.repo.create('partners', newPartner());
    const before = await snapshot(store);

    const attempt = store.repo.transact(async (w) => {
      await w.update('partners', existing.id, { tier: 'gold' });
      await w.create('contacts', newContact(existing.id));
      throw new Error('export cancelled');
    });

    await expect(attempt).rejects.toThrow('export cancelled');
    expect(await snapshot(store)).toEqual(before);
  });
});

describe('transact', () => {
  it('stores every record with one outbox entry each, in order', async () => {
    const { db, repo } = setup();
    const { partner, contact } = await repo.transact(async (w) => {
      const partner = await w.create('partners', newPartner());
      const contact = await w.create('contacts', newContact(partner.id));
      return { partner, contact };
    });

    const outbox = await db.outbox.toArray();
    expect(outbox.map((e) => [e.mutationId, e.table, e.rowId])).toEqual([
      [1, 'partners', partner.id],
      [2, 'contacts', contact.id],
    ]);
    // Two writes in one millisecond still get distinct, rising clocks.
    expect(outbox[0]!.hlc < outbox[1]!.hlc).toBe(true);
  });
});

describe('createMany', () => {
  it('stores each record as create would, with one outbox entry each, in order, on rising clocks', async () => {
    const { db, repo } = setup();
    await writeCursor(db, NORTH, 42);
    await writeCursor(db, 'territory-south', 7);
    const made = await repo.createMany('partners', [newPartner({ name: 'One' }), newPartner({ name: 'Two', territoryId: 'territory-south' }), newPartner({ name: 'Three' })]);

    expect(made.map((p) => p.name)).toEqual(['One', 'Two', 'Three']);
    expect(await db.partners.bulkGet(made.map((p) => p.id))).toEqual(made);
    const outbox = await db.outbox.toArray();
    expect(outbox.map((e) => [e.rowId, e.op, e.baseVersion])).toEqual([
      [made[0]!.id, 'put', 42],
      [made[1]!.id, 'put', 7],
      [made[2]!.id, 'put', 42],
    ]);
    expect(outbox.map((e) => e.patch)).toEqual(made);
    const clocks = outbox.map((e) => e.hlc);
    expect([...clocks].sort()).toEqual(clocks);
    expect(new Set(clocks).size).toBe(3);
    // The next single write still sorts after the batch.
    await repo.create('partners', newPartner({ name: 'Four' }));
    expect((await db.outbox.toArray()).at(-1)!.hlc > clocks.at(-1)!).toBe(true);
  });

  it('refuses the whole batch for one invalid record, naming its place and field', async () => {
    const store = setup();
    const before = await snapshot(store);
    const attempt = store.repo.createMany('partners', [newPartner({ name: 'Fine' }), newPartner({ name: 'x'.repeat(500) })]);

    await expect(attempt).rejects.toBeInstanceOf(BatchRecordError);
    await expect(attempt).rejects.toMatchObject({ index: 1, cause: expect.any(ValidationError) });
    await expect(attempt).rejects.toThrow(/Name must be at most/);
    expect(await snapshot(store)).toEqual(before);
  });

  it('refuses the whole batch for an id already in use, naming its place', async () => {
    const store = setup();
    await store.repo.create('partners', newPartner({ id: 'taken' }));
    const before = await snapshot(store);
    const attempt = store.repo.createMany('partners', [newPartner({ id: 'free-1' }), newPartner({ id: 'free-2' }), newPartner({ id: 'taken', name: 'Other' })]);

    await expect(attempt).rejects.toMatchObject({ name: 'BatchRecordError', index: 2 });
    expect(await snapshot(store)).toEqual(before);
  });

  it('keeps the older base for a field a pending edit of the same id already wrote', async () => {
    const { db, repo } = setup();
    // A record dropped from the store (its territory lost) with its change still queued, then made again by id.
    await writeCursor(db, NORTH, 10);
    const partner = await repo.create('partners', newPartner({ id: 'again' }));
    await db.partners.delete(partner.id);
    await writeCursor(db, NORTH, 20);
    await repo.createMany('partners', [newPartner({ id: 'again', name: 'Again' })]);
    const second = (await db.outbox.toArray())[1]!;
    expect(second).toMatchObject({ baseVersion: 20, fieldBaseVersions: expect.objectContaining({ name: 10 }) });
  });
});

describe('update', () => {
  it("puts only the changed fields in the outbox patch, with the write's time", async () => {
    const { db, repo, advance } = setup();
    const partner = await repo.create('partners', newPartner({ notes: 'Met at the summit' }));
    advance(60_000);

    const updated = await repo.update('partners', partner.id, {
      tier: 'gold',
      name: partner.name,
      attributes: { ...partner.attributes },
      notes: undefined,
    });

    expect(updated).toMatchObject({ tier: 'gold', updatedAt: '2026-11-22T09:01:00.000Z' });
    expect(updated).not.toHaveProperty('notes');
    expect(await db.partners.get(partner.id)).toEqual(updated);
    const [, entry] = await db.outbox.toArray();
    expect(entry).toMatchObject({ op: 'put', rowId: partner.id });
    // The cleared note travels as null: JSON has no undefined. The tier change goes up with its history entry.
    expect(entry!.patch).toEqual({ tier: 'gold', tierHistory: [{ on: localDate(new Date(T0 + 60_000)), from: 'silver', to: 'gold' }], notes: null, updatedAt: '2026-11-22T09:01:00.000Z' });
  });

  it("records the territory's pull cursor as the base the change was made on", async () => {
    const { db, repo } = setup();
    const partner = await repo.create('partners', newPartner());
    await writeCursor(db, partner.territoryId, 417);
    await repo.update('partners', partner.id, { tier: 'gold' });
    await repo.remove('partners', partner.id);
    const entries = await db.outbox.toArray();
    expect(entries.map((e) => e.baseVersion)).toEqual([0, 417, 417]);
  });

  it('keeps the older base for a field whose earlier edit has not synced yet', async () => {
    const { db, repo } = setup();
    const partner = await repo.create('partners', newPartner());
    await writeCursor(db, partner.territoryId, 100);
    await db.outbox.clear();
    await repo.update('partners', partner.id, { tier: 'gold' });
    // A pull moved the cursor on; the screen still shows the pending 'gold', not what the pull brought.
    await writeCursor(db, partner.territoryId, 250);
    await repo.update('partners', partner.id, { tier: 'platinum', vertical: 'Logistics' });
    await writeCursor(db, partner.territoryId, 300);
    await repo.update('partners', partner.id, { tier: 'silver' });
    const [first, second, third] = await db.outbox.toArray();
    expect(first).toMatchObject({ baseVersion: 100 });
    expect(first).not.toHaveProperty('fieldBaseVersions');
    // Only the field edited before keeps the old base; the vertical was seen as pulled.
    expect(second).toMatchObject({ baseVersion: 250, fieldBaseVersions: { tier: 100, updatedAt: 100 } });
    expect(second!.fieldBaseVersions).not.toHaveProperty('vertical');
    expect(third).toMatchObject({ baseVersion: 300, fieldBaseVersions: { tier: 100 } });
  });

  it('sends a nested value whole when any part of it changed', async () => {
    const { db, repo } = setup();
    const partner = await repo.create('partners', newPartner());
    await repo.update('partners', partner.id, {
      attributes: { partnerType: 'reseller', productLines: [], renewalManagedCustomers: 12 },
    });
    const [, entry] = await db.outbox.toArray();
    expect(Object.keys(entry!.patch).sort()).toEqual(['attributes', 'updatedAt']);
  });

  it('writes nothing when nothing changed', async () => {
    const { db, repo, advance } = setup();
    const partner = await repo.create('partners', newPartner());
    advance(1_000);

    const same = await repo.update('partners', partner.id, { name: ` ${partner.name} `, tier: partner.tier });

    expect(same).toEqual(partner);
    expect(await db.partners.get(partner.id)).toEqual(partner);
    expect(await repo.pendingCount()).toBe(1);
  });

  it('throws a ValidationError naming the field and leaves the record and outbox as they were', async () => {
    const store = setup();
    const partner = await store.repo.create('partners', newPartner());
    const before = await snapshot(store);

    const attempt = store.repo.update('partners', partner.id, { tier: 'gold', region: ' ' });

    await expect(attempt).rejects.toBeInstanceOf(ValidationError);
    await expect(attempt).rejects.toMatchObject({ errors: [{ field: 'region', message: 'Region is required' }] });
    expect(await snapshot(store)).toEqual(before);
  });

  it('cannot change the id or revive a record through changes', async () => {
    const { repo } = setup();
    const partner = await repo.create('partners', newPartner());
    const changes = { id: 'other', deleted: true, tier: 'gold' } as Parameters<typeof repo.update<'partners'>>[2];
    const updated = await repo.update('partners', partner.id, changes);
    expect(updated).toMatchObject({ id: partner.id, deleted: false, tier: 'gold' });
  });

  it('refuses a record that does not exist', async () => {
    const { repo } = setup();
    await expect(repo.update('partners', 'missing', { tier: 'gold' })).rejects.toBeInstanceOf(RecordNotFoundError);
  });
});

describe("a partner's status history", () => {
  it('records each status change with the day and the status before, and nothing for other edits', async () => {
    const { db, repo, advance } = setup();
    const partner = await repo.create('partners', newPartner({ status: 'active' }));
    expect(partner).not.toHaveProperty('statusHistory');
    await repo.update('partners', partner.id, { vertical: 'Logistics' });
    expect(await db.partners.get(partner.id)).not.toHaveProperty('statusHistory');

    await repo.update('partners', partner.id, { status: 'at-risk' });
    advance(3 * 24 * 3_600_000);
    const opened = (await db.partners.get(partner.id))!;
    // Through the form path too: the form saves the whole record it showed.
    await repo.update('partners', partner.id, { ...opened, status: 'inactive' }, { opened });
    const stored = (await db.partners.get(partner.id))!;
    // The repository's clock is 2026-11-22 09:00 UTC, then three days on: the device's own calendar days.
    const day = (ms: number) => localDate(new Date(ms));
    expect(stored.statusHistory).toEqual([
      { on: day(T0), from: 'active', to: 'at-risk' },
      { on: day(T0 + 3 * 24 * 3_600_000), from: 'at-risk', to: 'inactive' },
    ]);
    // The history goes up with the change, so HQ and other devices judge past quarters the same way.
    expect((await db.outbox.toArray()).at(-1)!.patch).toMatchObject({ status: 'inactive', statusHistory: stored.statusHistory });
  });

  it('is never cleared by a write that leaves it out: a form that does not carry it, a whole-record save', async () => {
    const { db, repo } = setup();
    const partner = await repo.create('partners', newPartner({ status: 'active' }));
    await repo.update('partners', partner.id, { status: 'at-risk' });
    const history = (await db.partners.get(partner.id))!.statusHistory;
    const opened = (await db.partners.get(partner.id))!;
    const { statusHistory: _left, ...withoutHistory } = opened;
    // A form that knows nothing of the history saves the record as it shows it, with a new vertical.
    await repo.update('partners', partner.id, { ...withoutHistory, vertical: 'Energy' }, { opened });
    expect((await db.partners.get(partner.id))!).toMatchObject({ vertical: 'Energy', statusHistory: history });
    expect((await db.outbox.toArray()).at(-1)!.patch).not.toHaveProperty('statusHistory');
  });
});

describe('update with the record as the form opened it', () => {
  /** A partner, and the same partner as another device's edit, pulled while a form was open, left it. */
  const openedThenPulled = async (pulled: Partial<NewRecord<'partners'>>) => {
    const store = setup();
    const opened = await store.repo.create('partners', newPartner({ notes: 'Met at the summit' }));
    // A pull stores rows as the server sent them: no validation, no outbox.
    await store.repo.bulkLoad({ partners: [{ ...opened, ...pulled, updatedAt: '2026-11-22T09:30:00.000Z' }] });
    await store.db.outbox.clear();
    return { ...store, opened };
  };
  /** The form's record: everything it opened with, as forms hand it over, with the user's edits. */
  const asForm = ({ id: _id, updatedAt: _u, deleted: _d, ...fields }: Partner, edits: Partial<NewRecord<'partners'>>) => ({ ...fields, ...edits });

  it('writes only the fields the user changed, and keeps what a pull brought to the others', async () => {
    const { db, repo, opened } = await openedThenPulled({ region: 'Baltics' });

    const saved = await repo.update('partners', opened.id, asForm(opened, { vertical: 'Energy' }), { opened });

    expect(saved).toMatchObject({ region: 'Baltics', vertical: 'Energy' });
    const [entry] = await db.outbox.toArray();
    expect(Object.keys(entry!.patch).sort()).toEqual(['updatedAt', 'vertical']);
    expect(entry).not.toHaveProperty('fieldBaseVersions');
  });

  it('clears a field the user emptied, and writes nothing for a form saved unchanged', async () => {
    const { db, repo, opened } = await openedThenPulled({ region: 'Baltics' });
    expect(await repo.update('partners', opened.id, asForm(opened, {}), { opened })).toMatchObject({ region: 'Baltics' });
    expect(await db.outbox.count()).toBe(0);

    const saved = await repo.update('partners', opened.id, asForm(opened, { notes: undefined }), { opened });
    expect(saved).not.toHaveProperty('notes');
    expect(saved.region).toBe('Baltics');
  });

  it("merges a nested value key by key: the user's figure and another device's list both stay", async () => {
    const lines = [{ name: 'Analytics', competing: false }, { name: 'Backup', competing: true }];
    const { repo, opened } = await openedThenPulled({ attributes: { partnerType: 'reseller', productLines: lines, renewalManagedCustomers: 12 } });

    const saved = await repo.update('partners', opened.id, asForm(opened, { attributes: { partnerType: 'reseller', productLines: [{ name: 'Analytics', competing: false }], renewalManagedCustomers: 30 } }), { opened });

    expect(saved.attributes).toEqual({ partnerType: 'reseller', productLines: lines, renewalManagedCustomers: 30 });
  });

  it('edits a list entry where it is stored, keeping an entry another device added meanwhile', async () => {
    const { repo, opened } = await openedThenPulled({
      attributes: { partnerType: 'reseller', productLines: [{ name: 'Analytics', competing: false }, { name: 'Backup', competing: true }], renewalManagedCustomers: 12 },
    });
    const edited = { attributes: { partnerType: 'reseller' as const, productLines: [{ name: 'Analytics Pro', competing: false }], renewalManagedCustomers: 12 } };

    const saved = await repo.update('partners', opened.id, edited, { opened });

    expect(saved.attributes).toMatchObject({ productLines: [{ name: 'Analytics Pro', competing: false }, { name: 'Backup', competing: true }] });
  });

  it('sends a field both the user and a pull changed with base 0, so the server keeps the losing side as a conflict', async () => {
    const { db, repo, opened } = await openedThenPulled({ vertical: 'Logistics', region: 'Baltics' });
    await writeCursor(db, opened.territoryId, 420);

    const saved = await repo.update('partners', opened.id, asForm(opened, { vertical: 'Energy' }), { opened });

    expect(saved).toMatchObject({ vertical: 'Energy', region: 'Baltics' });
    const [entry] = await db.outbox.toArray();
    expect(entry).toMatchObject({ baseVersion: 420, fieldBaseVersions: { vertical: 0 } });
    expect(entry!.patch).not.toHaveProperty('region');
  });

  it('validates the record it lays the edits on, naming the field', async () => {
    const { repo, opened } = await openedThenPulled({ region: 'Baltics' });
    await expect(repo.update('partners', opened.id, asForm(opened, { vertical: ' ' }), { opened })).rejects.toMatchObject({
      errors: [{ field: 'vertical', message: 'Vertical is required' }],
    });
  });
});

describe('remove', () => {
  it('leaves a tombstone and an outbox delete, and reads no longer see the record', async () => {
    const { db, repo, advance } = setup();
    const partner = await repo.create('partners', newPartner());
    const keep = await repo.create('partners', newPartner({ name: 'Keep' }));
    advance(5_000);

    await repo.remove('partners', partner.id);

    expect(await db.partners.get(partner.id)).toEqual({ ...partner, deleted: true, updatedAt: '2026-11-22T09:00:05.000Z' });
    const entries = await db.outbox.toArray();
    expect(entries.at(-1)).toMatchObject({
      op: 'delete',
      table: 'partners',
      rowId: partner.id,
      patch: { deleted: true, updatedAt: '2026-11-22T09:00:05.000Z' },
    });
    expect(await repo.get('partners', partner.id)).toBeUndefined();
    expect(await repo.list('partners')).toEqual([keep]);
    expect(await repo.listBy('partners', 'territoryId', NORTH)).toEqual([keep]);
  });

  it('is a no-op the second time, and a deleted record cannot be updated', async () => {
    const { repo } = setup();
    const partner = await repo.create('partners', newPartner());
    await repo.remove('partners', partner.id);
    await repo.remove('partners', partner.id);

    expect(await repo.pendingCount()).toBe(2);
    await expect(repo.update('partners', partner.id, { tier: 'gold' })).rejects.toThrow(/Partner .* was not found/);
  });
});

describe('server-made records', () => {
  const conflictRow = (partnerId: string) => ({
    id: 'conflict-1',
    territoryId: NORTH,
    updatedAt: '2026-11-22T08:00:00.000Z',
    deleted: false,
    table: 'partners',
    rowId: partnerId,
    field: 'vertical',
    rowLabel: 'Partner Northwind',
    kept: { value: 'Retail', hlc: '2026-11-22T08:00:00.000Z-0000-a', userId: 'u1', userName: 'Ann', at: '2026-11-22T08:00:00.000Z' },
    lost: { value: 'Logistics', hlc: '2026-11-22T07:00:00.000Z-0000-b', userId: 'u2', userName: 'Bo', at: '2026-11-22T07:00:00.000Z' },
    status: 'open' as const,
  });

  it('never makes, rewrites or deletes a conflict record on the device, and queues nothing for it', async () => {
    const store = setup();
    const { db, repo } = store;
    const partner = await repo.create('partners', newPartner());
    await repo.bulkLoad({ conflicts: [conflictRow(partner.id)] });
    const before = await snapshot(store);
    const { id: _id, updatedAt: _u, deleted: _d, ...forged } = conflictRow(partner.id);
    await expect(repo.create('conflicts', { ...forged, rowId: 'another-partner' })).rejects.toThrow(/made by the server/);
    await expect(repo.update('conflicts', 'conflict-1', { rowId: 'another-partner', status: 'restored' })).rejects.toThrow(ValidationError);
    await expect(repo.update('conflicts', 'conflict-1', { lost: { ...forged.lost, value: 'Forged' } })).rejects.toThrow(ValidationError);
    await expect(repo.remove('conflicts', 'conflict-1')).rejects.toThrow(/made by the server/);
    expect(await snapshot(store)).toEqual(before);

    await repo.update('conflicts', 'conflict-1', { status: 'dismissed' });
    expect((await db.outbox.toArray()).at(-1)).toMatchObject({ table: 'conflicts', patch: { status: 'dismissed', updatedAt: expect.any(String) } });
  });
});

describe('reads', () => {
  it("find a partner's children by index, and compound indexes answer screen queries", async () => {
    const { repo } = setup();
    const [a, b] = await repo.transact(async (w) => [
      await w.create('partners', newPartner({ name: 'Alpha' })),
      await w.create('partners', newPartner({ name: 'Beta' })),
    ]);
    await repo.create('opportunities', newOpportunity(a!.id, { closeOn: '2026-08-01' }));
    const q4 = await repo.create('opportunities', newOpportunity(a!.id, { closeOn: '2026-11-30' }));
    await repo.create('opportunities', newOpportunity(b!.id));

    expect(await repo.listBy('opportunities', 'partnerId', a!.id)).toHaveLength(2);
    expect(await repo.listBy('opportunities', '[partnerId+closeOn]', [a!.id, '2026-11-30'])).toEqual([q4]);
    expect(await repo.listBy('partners', '[territoryId+name]', [NORTH, 'Beta'])).toEqual([b]);
  });
});

describe("an ISV's joint-customer counts", () => {
  it('are kept per quarter as they change, the counts they replace kept for the quarter they were written in', async () => {
    const { db, repo, advance } = setup();
    // Written 2026-11-22 (2026-Q4) with 10 of 40 using the integration.
    const isv = await repo.create('partners', newPartner({ partnerType: 'isv', attributes: { partnerType: 'isv', integrations: [], jointCustomersUsingIntegration: 10, jointCustomers: 40 } }));
    // Six weeks on, in 2027-Q1: 16 of 44.
    advance(42 * 24 * 3_600_000);
    await repo.update('partners', isv.id, { attributes: { partnerType: 'isv', integrations: [], jointCustomersUsingIntegration: 16, jointCustomers: 44 } });
    // A second change within 2027-Q1 replaces that quarter's counts.
    advance(24 * 3_600_000);
    const stored = (await db.partners.get(isv.id))!;
    await repo.update('partners', isv.id, { attributes: { ...stored.attributes, jointCustomersUsingIntegration: 20 } as typeof stored.attributes });
    const attributes = (await db.partners.get(isv.id))!.attributes;
    expect(attributes.partnerType === 'isv' && attributes.adoptionHistory).toEqual([
      { quarter: '2026-Q4', jointCustomers: 40, jointCustomersUsingIntegration: 10 },
      { quarter: '2027-Q1', jointCustomers: 44, jointCustomersUsingIntegration: 20 },
    ]);
  });
});
