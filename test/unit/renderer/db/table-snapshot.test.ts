import { describe, expect, it, vi } from 'vitest';
import { bulkLoad } from '../../../../renderer/db/bulk-load';
import { createRepository } from '../../../../renderer/db/repository';
import { watchTable } from '../../../../renderer/db/table-snapshot';
import { asStored, freshDb, newPartner } from './factory';

/** A store with two live partners and a tombstone, watched. */
const setup = async () => {
  const { db } = freshDb();
  const repo = createRepository(db);
  const kept = [asStored(newPartner({ name: 'Alder Systems' })), asStored(newPartner({ name: 'Birch Resale' }))];
  await bulkLoad(db, { partners: [...kept, { ...asStored(newPartner({ name: 'Gone Ltd' })), deleted: true }] });
  const snapshot = watchTable(db, 'partners');
  let updates = 0;
  snapshot.subscribe(() => updates++);
  await snapshot.settled();
  const names = () => (snapshot.current() ?? []).map((p) => p.name).sort();
  return { db, repo, snapshot, names, updates: () => updates };
};

describe('table snapshot', () => {
  it('holds the live rows once read, never tombstones', async () => {
    const { names, snapshot } = await setup();
    expect(names()).toEqual(['Alder Systems', 'Birch Resale']);
    snapshot.stop();
  });

  it('shows a new, an edited and a deleted record after the write', async () => {
    const { repo, names, snapshot } = await setup();
    const created = await repo.create('partners', newPartner({ name: 'Cedar Cloud' }));
    await vi.waitFor(() => expect(names()).toContain('Cedar Cloud'));
    await repo.update('partners', created.id, { name: 'Cedar Cloud Partners' });
    await vi.waitFor(() => expect(names()).toContain('Cedar Cloud Partners'));
    await repo.remove('partners', created.id);
    await vi.waitFor(() => expect(names()).toEqual(['Alder Systems', 'Birch Resale']));
    snapshot.stop();
  });

  it('reads once more for a burst of writes, not once per write', async () => {
    const { repo, names, snapshot, updates } = await setup();
    const before = updates();
    await Promise.all(Array.from({ length: 20 }, (_, i) => repo.create('partners', newPartner({ name: `Burst ${String(i).padStart(2, '0')}` }))));
    await vi.waitFor(() => expect(names()).toHaveLength(22));
    await snapshot.settled();
    expect(updates() - before).toBeLessThan(20);
    snapshot.stop();
  });

  it('stops following the table once stopped', async () => {
    const { repo, names, snapshot } = await setup();
    snapshot.stop();
    await repo.create('partners', newPartner({ name: 'Late Arrival' }));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(names()).not.toContain('Late Arrival');
  });
});
