import { describe, expect, it } from 'vitest';
import { applyPullPage } from '../../../../renderer/sync/pull-apply';
import { applyPushResults } from '../../../../renderer/sync/push-apply';
import { createRepository } from '../../../../renderer/db/repository';
import { NORTH, SOUTH, asStored, freshDb, newPartner } from '../db/factory';

const T0 = Date.UTC(2026, 10, 22, 9, 0, 0);

const setup = async () => {
  const { db } = freshDb();
  const repo = createRepository(db, { now: () => T0 });
  const stored = asStored(newPartner({ name: 'On the server' }));
  await applyPullPage(
    db,
    { epoch: 'e', territories: [NORTH, SOUTH], rows: [{ table: 'partners', version: 1, row: stored }], evicted: [], cursors: { [NORTH]: 1 }, serverTime: T0 },
    T0,
  );
  return { db, repo, stored };
};

describe('applyPushResults', () => {
  it('takes applied, merged and duplicate changes out of the outbox and leaves unanswered ones', async () => {
    const { db, repo, stored } = await setup();
    await repo.update('partners', stored.id, { tier: 'gold' });
    await repo.update('partners', stored.id, { vertical: 'Energy' });
    await repo.update('partners', stored.id, { segment: 'smb' });
    await repo.update('partners', stored.id, { region: 'APAC' });
    const sent = await db.outbox.toArray();
    await applyPushResults(
      db,
      sent,
      [
        { mutationId: sent[0]!.mutationId, status: 'applied', version: 2 },
        { mutationId: sent[1]!.mutationId, status: 'merged', version: 3, conflictIds: [] },
        { mutationId: sent[2]!.mutationId, status: 'duplicate' },
      ],
      T0,
    );
    expect((await db.outbox.toArray()).map((e) => e.mutationId)).toEqual([sent[3]!.mutationId]);
    expect(await db.rejectedChanges.count()).toBe(0);
    expect(await db.partners.get(stored.id)).toMatchObject({ tier: 'gold', vertical: 'Energy', segment: 'smb', region: 'APAC' });
  });

  it('keeps a rejected change for the user and puts the record back in step, later edits on top', async () => {
    const { db, repo, stored } = await setup();
    await repo.update('partners', stored.id, { tier: 'platinum' });
    const [rejected] = await db.outbox.toArray();
    await repo.update('partners', stored.id, { vertical: 'Energy' });
    const current = { ...stored, name: 'Renamed at HQ' };

    await applyPushResults(
      db,
      [rejected!],
      [{ mutationId: rejected!.mutationId, status: 'rejected', code: 'forbidden', reason: 'Only HQ sets the tier.', fields: { tier: 'HQ only' }, current }],
      T0,
    );

    expect(await db.partners.get(stored.id)).toEqual({ ...current, vertical: 'Energy', updatedAt: expect.any(String) });
    expect(await db.outbox.count()).toBe(1);
    expect(await db.rejectedChanges.toArray()).toEqual([
      {
        id: 1,
        mutationId: rejected!.mutationId,
        table: 'partners',
        rowId: stored.id,
        op: 'put',
        patch: rejected!.patch,
        code: 'forbidden',
        reason: 'Only HQ sets the tier.',
        fields: { tier: 'HQ only' },
        rowLabel: 'On the server',
        madeAt: rejected!.createdAt,
        rejectedAt: new Date(T0).toISOString(),
      },
    ]);
  });

  it('keeps a change the server had refused when the refusal comes back on a re-sent batch', async () => {
    const { db, repo, stored } = await setup();
    await repo.update('partners', stored.id, { tier: 'platinum' });
    const sent = await db.outbox.toArray();
    await applyPushResults(
      db,
      sent,
      [{ mutationId: sent[0]!.mutationId, status: 'duplicate', rejected: { code: 'forbidden', reason: 'Only HQ sets the tier.', current: stored } }],
      T0,
    );
    expect(await db.outbox.count()).toBe(0);
    expect(await db.partners.get(stored.id)).toEqual(stored);
    expect(await db.rejectedChanges.toArray()).toEqual([expect.objectContaining({ code: 'forbidden', patch: sent[0]!.patch })]);
  });

  it('removes a rejected create the server does not hold', async () => {
    const { db, repo } = await setup();
    const created = await repo.create('partners', newPartner({ name: 'Never accepted' }));
    const sent = await db.outbox.toArray();
    await applyPushResults(db, sent, [{ mutationId: sent[0]!.mutationId, status: 'rejected', code: 'forbidden', reason: 'No.', current: null }], T0);
    expect(await db.partners.get(created.id)).toBeUndefined();
    expect(await db.rejectedChanges.count()).toBe(1);
  });

  it('does not keep the server copy of a record outside the user territories', async () => {
    const { db, repo, stored } = await setup();
    await repo.update('partners', stored.id, { tier: 'gold' });
    const sent = await db.outbox.toArray();
    const movedAway = { ...stored, territoryId: 'territory-elsewhere' };
    await applyPushResults(
      db,
      sent,
      [{ mutationId: sent[0]!.mutationId, status: 'rejected', code: 'forbidden', reason: 'Moved.', current: movedAway }],
      T0,
    );
    expect(await db.partners.get(stored.id)).toBeUndefined();
  });
});
