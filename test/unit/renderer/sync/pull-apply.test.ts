import { describe, expect, it } from 'vitest';
import { applyPullPage, applyReset, type PullPage } from '../../../../renderer/sync/pull-apply';
import { createRepository } from '../../../../renderer/db/repository';
import { readCursor, readCursors, readEpoch, writeCursor } from '../../../../renderer/db/sync-meta';
import { NORTH, SOUTH, asStored, freshDb, newContact, newPartner } from '../db/factory';

const T0 = Date.UTC(2026, 10, 22, 9, 0, 0);

const setup = () => {
  const { db } = freshDb();
  const repo = createRepository(db, { now: () => T0 });
  return { db, repo };
};

const page = (overrides: Partial<PullPage>): PullPage => ({
  epoch: 'epoch-1',
  territories: [NORTH, SOUTH, 'global'],
  rows: [],
  evicted: [],
  cursors: {},
  serverTime: T0,
  ...overrides,
});

describe('applyPullPage', () => {
  it('stores the rows, tombstones included, with the cursors and epoch', async () => {
    const { db } = setup();
    const alive = asStored(newPartner({ name: 'Alive' }));
    const gone = { ...asStored(newPartner({ name: 'Gone' })), deleted: true };
    await applyPullPage(
      db,
      page({ rows: [alive, gone].map((row, i) => ({ table: 'partners' as const, version: i + 1, row })), cursors: { [NORTH]: 2 } }),
      T0,
    );
    expect(await db.partners.get(alive.id)).toEqual(alive);
    expect(await db.partners.get(gone.id)).toEqual(gone);
    expect(await readCursor(db, NORTH)).toBe(2);
    expect(await readEpoch(db)).toBe('epoch-1');
  });

  it('stores neither rows nor cursor when the page fails part way', async () => {
    const { db } = setup();
    const good = asStored(newPartner());
    // A row without its key cannot be stored: the failure comes after the good row was put.
    const broken = { ...asStored(newContact(good.id)), id: undefined } as unknown as Record<string, unknown>;
    const failing = page({
      rows: [
        { table: 'partners', version: 1, row: good },
        { table: 'contacts', version: 2, row: broken },
      ],
      cursors: { [NORTH]: 2 },
    });
    await expect(applyPullPage(db, failing, T0)).rejects.toThrow();
    expect(await db.partners.count()).toBe(0);
    expect(await readCursors(db)).toEqual({});
  });

  it('lays pending local edits back over the pulled rows', async () => {
    const { db, repo } = setup();
    const partner = await repo.create('partners', newPartner({ name: 'Mine' }));
    await repo.update('partners', partner.id, { tier: 'gold' });
    const fromServer = { ...partner, name: 'Server name', tier: 'registered' as const, vertical: 'Energy' };
    await applyPullPage(db, page({ rows: [{ table: 'partners', version: 7, row: fromServer }], cursors: { [NORTH]: 7 } }), T0);
    // The server's other field shows; the two unsynced edits (create's name, update's tier) stay on top.
    expect(await db.partners.get(partner.id)).toMatchObject({ name: 'Mine', tier: 'gold', vertical: 'Retail' });
    expect(await db.outbox.count()).toBe(2);
  });

  it('keeps a pending delete over a pulled live row', async () => {
    const { db, repo } = setup();
    const row = asStored(newPartner());
    await applyPullPage(db, page({ rows: [{ table: 'partners', version: 1, row }] }), T0);
    await repo.remove('partners', row.id);
    await applyPullPage(db, page({ rows: [{ table: 'partners', version: 2, row: { ...row, name: 'Renamed' } }] }), T0);
    expect(await db.partners.get(row.id)).toMatchObject({ name: 'Renamed', deleted: true });
  });

  it('evicts a row only while it is still in the territory it left', async () => {
    const { db } = setup();
    const moved = asStored(newPartner({ name: 'Moved away' }));
    const movedHere = asStored(newPartner({ name: 'Moved to south' }));
    await applyPullPage(db, page({ rows: [moved, movedHere].map((row) => ({ table: 'partners' as const, version: 1, row })) }), T0);
    await applyPullPage(
      db,
      page({
        rows: [{ table: 'partners', version: 3, row: { ...movedHere, territoryId: SOUTH } }],
        evicted: [
          { table: 'partners', rowId: moved.id, territoryId: NORTH, version: 2 },
          { table: 'partners', rowId: movedHere.id, territoryId: NORTH, version: 3 },
        ],
      }),
      T0,
    );
    expect(await db.partners.get(moved.id)).toBeUndefined();
    expect(await db.partners.get(movedHere.id)).toMatchObject({ territoryId: SOUTH });
  });

  it('keeps a record that came back to the territory it was evicted from, when both arrive in one page', async () => {
    const { db } = setup();
    const returning = asStored(newPartner({ name: 'Back again' }));
    await applyPullPage(
      db,
      page({
        rows: [{ table: 'partners', version: 9, row: returning }],
        evicted: [{ table: 'partners', rowId: returning.id, territoryId: NORTH, version: 5 }],
      }),
      T0,
    );
    expect(await db.partners.get(returning.id)).toEqual(returning);
  });

  it('drops every row and the cursor of a territory the user lost, keeping the outbox', async () => {
    const { db, repo } = setup();
    const north = asStored(newPartner());
    const south = asStored(newPartner({ territoryId: SOUTH }));
    await applyPullPage(
      db,
      page({ rows: [north, south].map((row) => ({ table: 'partners' as const, version: 1, row })), cursors: { [NORTH]: 1, [SOUTH]: 1 } }),
      T0,
    );
    await repo.update('partners', south.id, { tier: 'gold' });
    await applyPullPage(db, page({ territories: [NORTH, 'global'], cursors: { [NORTH]: 1 } }), T0);
    expect(await db.partners.toArray()).toEqual([north]);
    expect(await readCursors(db)).toEqual({ [NORTH]: 1 });
    expect(await db.outbox.count()).toBe(1);
  });

  it('drops a lost territory again after its list changed twice, and leaves rows alone while the list stands', async () => {
    const { db } = setup();
    const north = asStored(newPartner());
    const south = asStored(newPartner({ territoryId: SOUTH }));
    await applyPullPage(db, page({ territories: [NORTH, 'global'], rows: [{ table: 'partners', version: 1, row: north }] }), T0);
    await applyPullPage(db, page({ territories: [NORTH, SOUTH, 'global'], rows: [{ table: 'partners', version: 2, row: south }] }), T0);
    // Same territories, named in another order: nothing is lost.
    await applyPullPage(db, page({ territories: ['global', SOUTH, NORTH] }), T0);
    expect((await db.partners.toArray()).map((p) => p.id).sort()).toEqual([north.id, south.id].sort());
    await applyPullPage(db, page({ territories: [SOUTH, 'global'] }), T0);
    expect(await db.partners.toArray()).toEqual([south]);
  });

  it('with no territory list stored (a first pull after a reset), drops every row outside the page territories', async () => {
    const { db, repo } = setup();
    await applyPullPage(db, page({ cursors: { [NORTH]: 1, [SOUTH]: 1 } }), T0);
    // A pending create in a territory no pull has named survives the reset...
    const mine = await repo.create('partners', newPartner({ territoryId: 'territory-east' }));
    await applyReset(db, 'epoch-2');
    expect(await db.partners.get(mine.id)).toBeDefined();
    // ...and the first page after it, which names only NORTH, takes it off the device (its change stays pending).
    await applyPullPage(db, page({ epoch: 'epoch-2', territories: [NORTH, 'global'], cursors: { [NORTH]: 3 } }), T0);
    expect(await db.partners.get(mine.id)).toBeUndefined();
    expect(await db.outbox.count()).toBe(1);
    expect(await readCursors(db)).toEqual({ [NORTH]: 3 });
  });

  it('re-applies only the pending writes of the rows the page brought', async () => {
    const { db, repo } = setup();
    const a = asStored(newPartner({ name: 'A' }));
    const b = asStored(newPartner({ name: 'B' }));
    await applyPullPage(db, page({ rows: [a, b].map((row) => ({ table: 'partners' as const, version: 1, row })) }), T0);
    await repo.update('partners', a.id, { tier: 'gold' });
    await repo.update('partners', a.id, { vertical: 'Energy' });
    await repo.update('partners', b.id, { tier: 'platinum' });
    // b changes under the device without the pull naming it: its local copy (with the pending edit) stays as is.
    await db.partners.put({ ...(await db.partners.get(b.id))!, name: 'B local' });
    await applyPullPage(db, page({ rows: [{ table: 'partners', version: 2, row: { ...a, name: 'A server', tier: 'registered' } }] }), T0);
    expect(await db.partners.get(a.id)).toMatchObject({ name: 'A server', tier: 'gold', vertical: 'Energy' });
    expect(await db.partners.get(b.id)).toMatchObject({ name: 'B local', tier: 'platinum' });
  });
});

describe('applyReset', () => {
  it('clears synced rows and cursors, takes the epoch, keeps the outbox and re-shows pending creates', async () => {
    const { db, repo } = setup();
    const pulled = asStored(newPartner({ name: 'From server' }));
    await applyPullPage(db, page({ rows: [{ table: 'partners', version: 1, row: pulled }], cursors: { [NORTH]: 1 } }), T0);
    const mine = await repo.create('partners', newPartner({ name: 'Not pushed yet' }));
    await writeCursor(db, SOUTH, 4);

    await applyReset(db, 'epoch-2');

    expect(await db.partners.toArray()).toEqual([mine]);
    expect(await readCursors(db)).toEqual({});
    expect(await readEpoch(db)).toBe('epoch-2');
    expect((await db.outbox.toArray()).map((e) => e.rowId)).toEqual([mine.id]);
  });
});
