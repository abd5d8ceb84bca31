import { beforeAll, describe, expect, it } from 'vitest';
import { GLOBAL_TERRITORY } from '../../../shared/domain/common';
import { newId } from '../../../shared/domain/ids';
import { ruleChangeSchema, type RuleChange } from '../../../shared/domain/rule-change';
import { pullAll, push, type World } from './support';

/**
 * The program rules' history (issue 15): HQ's device writes a record beside
 * each rule version it saves, but who saved it and when are the server's to
 * say, from the signed-in caller; a record is never rewritten, and a manager
 * writes none.
 */
export const ruleHistorySuite = (getWorld: () => World): void =>
  void describe('rule history', () => {
    let world: World;
    beforeAll(() => {
      world = getWorld();
    });

    const record = (): RuleChange => ({
      id: newId(),
      territoryId: GLOBAL_TERRITORY,
      updatedAt: new Date().toISOString(),
      deleted: false,
      table: 'tierRuleSets',
      recordId: newId(),
      version: 3,
      subject: 'Reseller',
      kind: 'new-version',
      restoredFromVersion: null,
      effectiveFrom: '2026-10-01',
      changes: [{ field: 'Gold trailing revenue', before: '$50,000', after: '$80,000' }],
      reason: null,
      closedQuartersReached: [],
      // What a device claims; the server writes its own.
      changedAt: '2020-01-01T00:00:00.000Z',
      changedByUserId: 'forged-user',
      changedByName: 'Someone Else',
    });

    it('stores HQ’s record with the caller as its author and the server’s time, whatever the device sent', async () => {
      const r = record();
      const before = new Date().toISOString();
      const made = await push(world, world.hq, [{ table: 'ruleChanges', rowId: r.id, op: 'put', patch: r }]);
      expect(made.body.results[0].status).toBe('applied');
      const { rows } = await pullAll(world, world.hq);
      const stored = ruleChangeSchema.parse(rows.find((row) => row.row.id === r.id)?.row);
      expect(stored.changedByName).toBe('Hana HQ');
      expect(stored.changedByUserId).toBe(world.hq.tokens.user.id);
      expect(stored.changedAt >= before).toBe(true);
      expect(stored.changes).toEqual(r.changes);
    });

    it('refuses a later change to a stored record, naming the field, and a manager’s record', async () => {
      const r = record();
      await push(world, world.hq, [{ table: 'ruleChanges', rowId: r.id, op: 'put', patch: r }]);
      const rewrite = await push(world, world.hq, [{ table: 'ruleChanges', rowId: r.id, op: 'put', patch: { reason: 'Afterthought' } }]);
      expect(rewrite.body.results[0].status).toBe('rejected');
      expect(rewrite.body.results[0].fields).toHaveProperty('reason');
      const m = record();
      const byManager = await push(world, world.m1, [{ table: 'ruleChanges', rowId: m.id, op: 'put', patch: m }]);
      expect(byManager.body.results[0]).toMatchObject({ status: 'rejected', code: 'forbidden' });
    });

    it('refuses a record reaching a closed quarter without a reason', async () => {
      const r = { ...record(), closedQuartersReached: ['2026-Q3'] };
      const refused = await push(world, world.hq, [{ table: 'ruleChanges', rowId: r.id, op: 'put', patch: r }]);
      expect(refused.body.results[0].status).toBe('rejected');
      expect(refused.body.results[0].fields.reason).toContain('the version reaches closed quarter 2026-Q3');
    });
  });
