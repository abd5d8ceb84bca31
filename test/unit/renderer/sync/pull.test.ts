import { describe, expect, it } from 'vitest';
import { readCursors, readEpoch } from '../../../../renderer/db/sync-meta';
import { pullChanges } from '../../../../renderer/sync/pull';
import { createServerClock } from '../../../../renderer/sync/server-clock';
import type { SyncApi } from '../../../../renderer/sync/sync-api';
import type { PullRequest, PullResponse } from '../../../../shared/sync/protocol';
import { NORTH, SOUTH, asStored, freshDb, newPartner } from '../db/factory';

const T0 = Date.UTC(2026, 10, 22, 9, 0, 0);

const okPage = (overrides: Partial<Extract<PullResponse, { status: 'ok' }>>): PullResponse => ({
  status: 'ok',
  epoch: 'epoch-1',
  territories: [NORTH, SOUTH, 'global'],
  rows: [],
  evicted: [],
  cursors: {},
  hasMore: false,
  serverTime: T0,
  ...overrides,
});

/** An api answering pulls from a script, keeping every request it was sent. */
const scripted = (answers: PullResponse[]) => {
  const requests: PullRequest[] = [];
  const api: SyncApi = {
    pull: (request) => {
      requests.push(structuredClone(request));
      const answer = answers.shift();
      return answer ? Promise.resolve(answer) : Promise.reject(new Error('no more answers'));
    },
    push: () => Promise.reject(new Error('not in this test')),
  };
  return { api, requests };
};

describe('pullChanges', () => {
  it('asks for the next page with the cursors the stored page leaves, lost territories dropped', async () => {
    const { db } = freshDb();
    const rows = [asStored(newPartner()), asStored(newPartner({ territoryId: SOUTH }))];
    const { api, requests } = scripted([
      okPage({ rows: [{ table: 'partners', version: 4, row: rows[0]! }], cursors: { [NORTH]: 4, [SOUTH]: 2 }, hasMore: true }),
      okPage({ territories: [NORTH, 'global'], rows: [], cursors: { [NORTH]: 9 }, hasMore: true }),
      okPage({ territories: [NORTH, 'global'], cursors: { [NORTH]: 10, global: 1 } }),
    ]);
    const stored = await pullChanges({ db, api, clock: createServerClock(db, () => T0), clientId: 'client-1' });
    expect(stored).toBe(1);
    expect(requests.map((r) => [r.epoch, r.cursors])).toEqual([
      [undefined, {}],
      ['epoch-1', { [NORTH]: 4, [SOUTH]: 2 }],
      ['epoch-1', { [NORTH]: 9 }],
    ]);
    expect(await readCursors(db)).toEqual({ [NORTH]: 10, global: 1 });
    expect(await readEpoch(db)).toBe('epoch-1');
  });

  it('stops at a page it cannot store, leaving the cursors of the pages before it', async () => {
    const { db } = freshDb();
    const good = asStored(newPartner());
    const broken = { ...asStored(newPartner()), id: undefined } as unknown as Record<string, unknown>;
    const { api } = scripted([
      okPage({ rows: [{ table: 'partners', version: 1, row: good }], cursors: { [NORTH]: 1 }, hasMore: true }),
      okPage({ rows: [{ table: 'partners', version: 2, row: broken }], cursors: { [NORTH]: 2 }, hasMore: true }),
      okPage({ cursors: { [NORTH]: 3 } }),
    ]);
    await expect(pullChanges({ db, api, clock: createServerClock(db, () => T0), clientId: 'client-1' })).rejects.toThrow();
    expect(await readCursors(db)).toEqual({ [NORTH]: 1 });
    expect(await db.partners.toArray()).toEqual([good]);
  });
});
