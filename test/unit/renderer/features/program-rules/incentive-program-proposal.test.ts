import { describe, expect, it } from 'vitest';
import type { IncentiveProgram, IncentiveRule } from '../../../../../shared/domain/incentive-program';
import { CALENDAR_YEAR } from '../../../../../shared/domain/quarter';
import { closedQuartersReached, ruleChangeSchema } from '../../../../../shared/domain/rule-change';
import { ValidationError } from '../../../../../shared/domain/validation';
import {
  isNewVersion,
  programChangeToCreate,
  programsAfter,
  programToCreate,
  proposeIncentiveProgram,
  type ProgramFields,
} from '../../../../../renderer/features/program-rules/incentive-program-proposal';
import { defaultTakesEffect, versionStartNote } from '../../../../../renderer/features/program-rules/incentive-program-start';
import { reasonProblem } from '../../../../../renderer/features/program-rules/rule-review-reason';

const rebate = (rateBps: number): IncentiveRule => ({ kind: 'tiered-rebate', mode: 'retroactive', bands: [{ from: 0, rateBps }] });

/** Version 1 of a reseller program, in force since January, open-ended. */
const v1: IncentiveProgram = {
  id: 'p1',
  territoryId: 'global',
  updatedAt: '2026-01-01T00:00:00.000Z',
  deleted: false,
  name: 'Reseller Rewards',
  partnerType: 'reseller',
  effectiveFrom: '2026-01-01',
  effectiveTo: null,
  rules: [rebate(200)],
};
const fields = (effectiveFrom: string, rules: IncentiveRule[] = [rebate(300)], more: Partial<ProgramFields> = {}): ProgramFields => ({
  territoryId: 'global',
  name: 'Reseller Rewards',
  partnerType: 'reseller',
  effectiveFrom,
  effectiveTo: null,
  rules,
  ...more,
});
const fieldsOf = (work: () => unknown): Record<string, string> => {
  try {
    work();
  } catch (e) {
    if (e instanceof ValidationError) return Object.fromEntries(e.errors.map((x) => [x.field, x.message]));
    throw e;
  }
  return {};
};
const user = { id: 'u1', displayName: 'Dana HQ' };

describe('an incentive program change as a version from a date', () => {
  it('splits at the day picked: version 1 ends the day before and keeps its rules, version 2 takes over with its end', () => {
    const proposal = proposeIncentiveProgram(fields('2026-10-01'), { ...v1, effectiveTo: '2027-12-31' });
    expect(isNewVersion(proposal)).toBe(true);
    expect(proposal.previousEndsOn).toBe('2026-09-30');
    expect(proposal.program).toMatchObject({ versionOf: 'p1', version: 2, effectiveFrom: '2026-10-01', effectiveTo: null, rules: [rebate(300)] });
    const created = programToCreate(proposal);
    expect(created).not.toHaveProperty('id');
    expect(created).toMatchObject({ versionOf: 'p1', version: 2 });
    // What the preview computes with: version 1 ended, version 2 added, nothing else touched.
    const after = programsAfter([{ ...v1, effectiveTo: '2027-12-31' }], proposal);
    expect(after.map((p) => [p.id, p.effectiveFrom, p.effectiveTo, p.rules[0]])).toEqual([
      ['p1', '2026-01-01', '2026-09-30', rebate(200)],
      ['proposed-version', '2026-10-01', null, rebate(300)],
    ]);
  });

  it('numbers a version after version 2 from the first version, not the one it follows', () => {
    const v2 = { ...v1, id: 'p2', versionOf: 'p1', version: 2, effectiveFrom: '2026-10-01' };
    expect(proposeIncentiveProgram(fields('2026-11-16'), v2).program).toMatchObject({ versionOf: 'p1', version: 3 });
  });

  it('replaces the rules in place when the change takes effect on the version’s own start', () => {
    const proposal = proposeIncentiveProgram(fields('2026-01-01'), v1);
    expect(isNewVersion(proposal)).toBe(false);
    expect(proposal.previousEndsOn).toBeNull();
    expect(proposal.program).toMatchObject({ id: 'p1', effectiveFrom: '2026-01-01', rules: [rebate(300)] });
    expect(proposal.program.version).toBeUndefined();
    expect(programsAfter([v1], proposal).map((p) => p.rules[0])).toEqual([rebate(300)]);
  });

  it('refuses a day before the version took effect, or after it ended, under Takes effect from', () => {
    expect(fieldsOf(() => proposeIncentiveProgram(fields('2025-12-31'), v1))).toEqual({
      effectiveFrom: 'Takes effect from must be on or after Jan 1, 2026, the day version 1 took effect',
    });
    expect(Object.keys(fieldsOf(() => proposeIncentiveProgram(fields('2027-02-01'), { ...v1, effectiveTo: '2026-12-31' })))).toEqual(['effectiveFrom']);
  });

  it('refuses a change that changes nothing, and a band out of order under its box', () => {
    expect(fieldsOf(() => proposeIncentiveProgram(fields('2026-10-01', v1.rules), v1))).toEqual({ rules: 'Rules are as version 1 has them: change something to save' });
    const upsideDown: IncentiveRule = { kind: 'tiered-rebate', mode: 'marginal', bands: [{ from: 0, rateBps: 200 }, { from: 0, rateBps: 300 }] };
    expect(Object.keys(fieldsOf(() => proposeIncentiveProgram(fields('2026-10-01', [upsideDown]), v1)))).toEqual(['rules.0.bands']);
  });

  it('asks for a reason when the version reaches a quarter already closed, and the history record will not go without one', () => {
    const closed = closedQuartersReached('2026-08-16', ['2026-Q2', '2026-Q3'], CALENDAR_YEAR);
    expect(closed).toEqual(['2026-Q3']);
    expect(reasonProblem(closed, '  ', CALENDAR_YEAR)).toBe('Reason is needed: this version reaches closed quarter 2026-Q3');
    expect(reasonProblem(closed, 'Board decision', CALENDAR_YEAR)).toBeNull();
    expect(reasonProblem(closedQuartersReached('2026-10-01', ['2026-Q3'], CALENDAR_YEAR), '', CALENDAR_YEAR)).toBeNull();

    const proposal = proposeIncentiveProgram(fields('2026-08-16'), v1);
    const saved = { ...proposal.program, id: 'p2' };
    const without = programChangeToCreate(proposal, saved, { reason: ' ', closedQuartersReached: closed, user });
    expect(ruleChangeSchema.safeParse({ ...without, id: 'c1', updatedAt: without.changedAt, deleted: false }).success).toBe(false);
    const withReason = programChangeToCreate(proposal, saved, { reason: ' Board decision ', closedQuartersReached: closed, user });
    expect(withReason).toMatchObject({ table: 'incentivePrograms', recordId: 'p2', version: 2, subject: 'Reseller Rewards', kind: 'new-version', reason: 'Board decision' });
    expect(withReason.changes).toEqual([{ field: 'Tiered rebate', before: 'retroactive, 2% from $0', after: 'retroactive, 3% from $0' }]);
    expect(ruleChangeSchema.safeParse({ ...withReason, id: 'c1', updatedAt: withReason.changedAt, deleted: false }).success).toBe(true);
  });

  it('restores an earlier version’s rules as a new version, recorded as a restore with what it changed back', () => {
    const v2 = { ...v1, id: 'p2', versionOf: 'p1', version: 2, effectiveFrom: '2026-10-01', rules: [rebate(300)] };
    const proposal = proposeIncentiveProgram(fields('2026-11-16', v1.rules), v2, 1);
    expect(proposal.program).toMatchObject({ versionOf: 'p1', version: 3, effectiveFrom: '2026-11-16', rules: v1.rules });
    expect(proposal.previousEndsOn).toBe('2026-11-15');
    const record = programChangeToCreate(proposal, { ...proposal.program, id: 'p3' }, { reason: '', closedQuartersReached: [], user });
    expect(record).toMatchObject({ kind: 'restore', restoredFromVersion: 1, version: 3, recordId: 'p3', reason: null, changedByName: 'Dana HQ' });
    expect(record.changes).toEqual([{ field: 'Tiered rebate', before: 'retroactive, 3% from $0', after: 'retroactive, 2% from $0' }]);
  });

  it('makes a new program version 1, with no version fields stored', () => {
    const proposal = proposeIncentiveProgram(fields('2027-01-01'), undefined);
    expect(isNewVersion(proposal)).toBe(true);
    expect(proposal.previous).toBeUndefined();
    expect(programToCreate(proposal)).not.toHaveProperty('versionOf');
    expect(programChangeToCreate(proposal, { ...proposal.program, id: 'n1' }, { reason: '', closedQuartersReached: [], user }).version).toBe(1);
  });

  it('takes effect from the open quarter unless the version starts later, or ended before it (its last quarter), and says what it does', () => {
    expect(defaultTakesEffect(v1, '2026-10-01', CALENDAR_YEAR)).toBe('2026-10-01');
    expect(defaultTakesEffect({ ...v1, effectiveFrom: '2031-01-01' }, '2026-10-01', CALENDAR_YEAR)).toBe('2031-01-01');
    expect(defaultTakesEffect({ ...v1, effectiveFrom: '2025-01-01', effectiveTo: '2025-12-31' }, '2026-10-01', CALENDAR_YEAR)).toBe('2025-10-01');
    expect(defaultTakesEffect({ ...v1, effectiveFrom: '2025-11-01', effectiveTo: '2025-12-31' }, '2026-10-01', CALENDAR_YEAR)).toBe('2025-11-01');
    expect(versionStartNote(v1, '2026-10-01')).toBe('Version 1 keeps governing through Sep 30, 2026; this saves version 2');
    expect(versionStartNote(v1, '2026-01-01')).toBe("Version 1's own start: its rules are replaced in place");
    expect(versionStartNote(v1, '2025-06-01')).toBeUndefined();
  });
});
