import { beforeAll, describe, expect, it } from 'vitest';
import { GLOBAL_TERRITORY } from '../../../shared/domain/common';
import { newId } from '../../../shared/domain/ids';
import { ruleChangeSchema, type RuleChange } from '../../../shared/domain/rule-change';
import type { IncentiveProgram } from '../../../shared/domain/incentive-program';
import type { TierRuleSet } from '../../../shared/domain/tier-rules';
import { pullAll, push, signIn, type World } from './support';

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
  
    it('says itself which closed quarters a history record reaches: a device that listed none is refused without a reason, and its list is replaced', async () => {
      // A session of its own: every row from the start, whatever earlier tests pulled.
      const { rows } = await pullAll(world, await signIn(world.server.url, world.hq.email));
      const closed = rows.filter((r) => r.table === 'incentiveStatements' && !r.row.deleted).map((r) => r.row.quarter as string).sort();
      expect(closed.length).toBeGreaterThan(0);
      const last = closed.at(-1)!;
      // From the first day of the last closed quarter (the demo runs calendar quarters): it reaches that quarter.
      const from = `${last.slice(0, 4)}-${String((Number(last.slice(-1)) - 1) * 3 + 1).padStart(2, '0')}-01`;
      const silent = { ...record(), effectiveFrom: from, closedQuartersReached: [], reason: null };
      const refused = await push(world, world.hq, [{ table: 'ruleChanges', rowId: silent.id, op: 'put', patch: silent }]);
      expect(refused.body.results[0]).toMatchObject({ status: 'rejected', code: 'bad_request' });
      expect(refused.body.results[0].fields.reason).toBe(`is needed: the version reaches closed quarter ${last}`);

      const explained = { ...record(), effectiveFrom: from, closedQuartersReached: ['1999-Q1'], reason: 'The Gold threshold was mistyped' };
      const applied = await push(world, world.hq, [{ table: 'ruleChanges', rowId: explained.id, op: 'put', patch: explained }]);
      expect(applied.body.results[0].status).toBe('applied');
      const stored = ruleChangeSchema.parse((await pullAll(world, await signIn(world.server.url, world.hq.email))).rows.find((r) => r.row.id === explained.id)?.row);
      expect(stored.closedQuartersReached).toEqual([last]);
      expect(stored.reason).toBe('The Gold threshold was mistyped');
    });

    it('takes a tier-rule version only as the next number, from the latest one’s start on, and never changes a stored one', async () => {
      const { rows } = await pullAll(world, await signIn(world.server.url, world.hq.email));
      const resellers = rows
        .filter((r) => r.table === 'tierRuleSets' && !r.row.deleted && r.row.partnerType === 'reseller')
        .map((r) => r.row as unknown as TierRuleSet)
        .sort((a, b) => b.version - a.version);
      const latest = resellers[0]!;
      // Far in the future, so no quarter another suite reads changes its rules.
      const version = (overrides: Partial<TierRuleSet>): TierRuleSet => ({ ...latest, id: newId(), updatedAt: new Date().toISOString(), version: latest.version + 1, effectiveFrom: '2031-01-01', ...overrides });

      const early = version({ effectiveFrom: '2020-01-01' });
      const backdated = await push(world, world.hq, [{ table: 'tierRuleSets', rowId: early.id, op: 'put', patch: early }]);
      expect(backdated.body.results[0]).toMatchObject({ status: 'rejected', code: 'bad_request' });
      expect(backdated.body.results[0].fields.effectiveFrom).toContain(`the day version ${latest.version} took effect`);

      const twin = version({ version: latest.version });
      const duplicate = await push(world, world.hq, [{ table: 'tierRuleSets', rowId: twin.id, op: 'put', patch: twin }]);
      expect(duplicate.body.results[0].fields.version).toBe(`must be ${latest.version + 1}: version ${latest.version} of these tier rules is already saved`);

      // Two versions in one push: the second must follow the first.
      const next = version({});
      const after = version({ version: latest.version + 2, effectiveFrom: '2031-04-01' });
      const both = await push(world, world.hq, [
        { table: 'tierRuleSets', rowId: next.id, op: 'put', patch: next },
        { table: 'tierRuleSets', rowId: after.id, op: 'put', patch: after },
      ]);
      expect(both.body.results.map((r: { status: string }) => r.status)).toEqual(['applied', 'applied']);

      const inPlace = await push(world, world.hq, [{ table: 'tierRuleSets', rowId: next.id, op: 'put', patch: { effectiveFrom: '2031-02-01' } }]);
      expect(inPlace.body.results[0]).toMatchObject({ status: 'rejected' });
      expect(inPlace.body.results[0].fields.effectiveFrom).toBe('A saved tier-rules version does not change; save a new version from a date instead.');
    });
  
    it('takes an incentive program’s next version only as the next number of its line', async () => {
      const { rows } = await pullAll(world, await signIn(world.server.url, world.hq.email));
      const first = rows.find((r) => r.table === 'incentivePrograms' && !r.row.deleted && !r.row.versionOf)!.row as unknown as IncentiveProgram;
      // Far in the future and closed again, so no quarter another suite reads has another program.
      const version = (overrides: Partial<IncentiveProgram>): IncentiveProgram => ({
        ...first,
        id: newId(),
        updatedAt: new Date().toISOString(),
        versionOf: first.id,
        version: 2,
        effectiveFrom: '2032-01-01',
        effectiveTo: '2032-03-31',
        ...overrides,
      });
      const second = version({});
      expect((await push(world, world.hq, [{ table: 'incentivePrograms', rowId: second.id, op: 'put', patch: second }])).body.results[0].status).toBe('applied');
      // Another device's version 2 of the same program, saved offline on version 1.
      const rival = version({});
      const refused = await push(world, world.hq, [{ table: 'incentivePrograms', rowId: rival.id, op: 'put', patch: rival }]);
      expect(refused.body.results[0]).toMatchObject({ status: 'rejected', code: 'bad_request' });
      expect(refused.body.results[0].fields.version).toBe('must be 3: version 2 of this program is already saved');
      const orphan = version({ versionOf: newId() });
      const unknown = await push(world, world.hq, [{ table: 'incentivePrograms', rowId: orphan.id, op: 'put', patch: orphan }]);
      expect(unknown.body.results[0].fields.versionOf).toContain('names no stored incentive program');
    });
  });
