import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TierChange } from '../../../shared/domain/partner-tier';
import { partnerRecord, pullAll, push, signIn, START_TIMEOUT_MS, startWorld, type World } from './support';

/**
 * Who changed a partner's tier is the server's to say (server/sync/change-rules.ts):
 * the signed-in caller is stamped on each new tier change, whatever the device sent,
 * and a stamped change keeps its name on every later write.
 */
describe('tier changes, stamped by the server', () => {
  let world: World;
  beforeAll(async () => {
    world = await startWorld('postgres');
  }, START_TIMEOUT_MS);
  afterAll(async () => {
    await world?.close();
  });

  const storedHistory = async (id: string): Promise<TierChange[]> => {
    const { rows } = await pullAll(world, await signIn(world.server.url, world.hq.email));
    return rows.find((r) => r.table === 'partners' && r.row.id === id)?.row.tierHistory ?? [];
  };

  it('names the HQ lead who applied the qualified tier, not whoever the device claimed, and keeps the reason', async () => {
    const partner = partnerRecord(world.t1, { tier: 'gold' });
    const made = await push(world, world.hq, [{ table: 'partners', rowId: partner.id, op: 'put', patch: partner }]);
    expect(made.body.results[0].status).toBe('applied');
    const forged = { on: '2026-11-22', from: 'gold', to: 'silver', reason: 'Qualifies for Silver since the Q3 review', by: { userId: 'someone-else', name: 'Someone Else' } };
    const moved = await push(world, world.hq, [{ table: 'partners', rowId: partner.id, op: 'put', patch: { tier: 'silver', tierHistory: [forged] } }]);
    expect(moved.body.results[0].status).toBe('applied');
    const history = await storedHistory(partner.id);
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ from: 'gold', to: 'silver', reason: 'Qualifies for Silver since the Q3 review', by: { name: 'Hana HQ' } });
    expect(history[0]!.by!.userId).not.toBe('someone-else');
  });

  it('keeps the first name on a stamped change when a later writer sends the history renamed', async () => {
    const partner = partnerRecord(world.t1, { tier: 'gold' });
    await push(world, world.m1, [{ table: 'partners', rowId: partner.id, op: 'put', patch: partner }]);
    const change = { on: '2026-11-22', from: 'gold', to: 'silver', reason: 'Certifications lapsed' };
    await push(world, world.hq, [{ table: 'partners', rowId: partner.id, op: 'put', patch: { tier: 'silver', tierHistory: [change] } }]);
    const renamed = [{ ...change, by: { userId: 'x', name: 'Mia North, claiming it' } }, { on: '2026-11-23', from: 'silver', to: 'gold' }];
    const answer = await push(world, world.m1, [{ table: 'partners', rowId: partner.id, op: 'put', patch: { tier: 'gold', tierHistory: renamed } }]);
    // The test's pushes carry no base version, so the server also keeps HQ's values in a conflict record: the later write is stored.
    expect(['applied', 'merged']).toContain(answer.body.results[0].status);
    const history = await storedHistory(partner.id);
    expect(history.map((c) => c.by?.name)).toEqual(['Hana HQ', 'Mia North']);
  });
});
