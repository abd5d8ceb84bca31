import { describe, expect, it } from 'vitest';
import { changeRefusal } from '../../../../shared/domain/change-rules';
import { CALENDAR_YEAR } from '../../../../shared/domain/quarter';
import { closedQuartersReached, ruleChangeSchema, stampRuleChange, type RuleChange } from '../../../../shared/domain/rule-change';
import { tierRuleChanges, versionStartProblem, type TierRequirement } from '../../../../shared/domain/tier-rules';
import { validate, fieldMap } from '../../../../shared/domain/validation';

const gold = (revenue: number, people = 1): TierRequirement => ({ tier: 'gold', minTrailingRevenueCents: revenue, certifiedPeople: [{ programId: 'p-sales', count: people }] });
const names = (id: string) => (id === 'p-sales' ? 'Sales Professional' : id);

const change: RuleChange = {
  id: 'c1',
  territoryId: 'global',
  updatedAt: '2026-11-22T10:00:00.000Z',
  deleted: false,
  table: 'tierRuleSets',
  recordId: 'v3',
  version: 3,
  subject: 'Reseller',
  kind: 'new-version',
  restoredFromVersion: null,
  effectiveFrom: '2026-10-01',
  changes: [{ field: 'Gold trailing revenue', before: '$50,000', after: '$80,000' }],
  reason: null,
  closedQuartersReached: [],
  changedAt: '2026-11-22T10:00:00.000Z',
  changedByUserId: 'u1',
  changedByName: 'Dana HQ',
};

describe('rule versions', () => {
  it('refuses a new version dated before the one it follows, naming that version and its day', () => {
    expect(versionStartProblem({ version: 2, effectiveFrom: '2026-01-01' }, '2025-06-30')).toBe('must be on or after Jan 1, 2026, the day version 2 took effect');
    expect(versionStartProblem({ version: 2, effectiveFrom: '2026-01-01' }, '2026-01-01')).toBeUndefined();
    expect(versionStartProblem(undefined, '2020-01-01')).toBeUndefined();
  });

  it('finds the closed quarters a version from a day reaches: those not over before it', () => {
    const closed = ['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q2'];
    expect(closedQuartersReached('2026-10-01', closed, CALENDAR_YEAR)).toEqual([]);
    expect(closedQuartersReached('2026-09-30', closed, CALENDAR_YEAR)).toEqual(['2026-Q3']);
    expect(closedQuartersReached('2020-01-01', closed, CALENDAR_YEAR)).toEqual(['2026-Q1', '2026-Q2', '2026-Q3']);
  });

  it('says what a version changed threshold by threshold, in dollars and heads', () => {
    expect(tierRuleChanges([gold(50_000_00)], [gold(80_000_00, 2)], names)).toEqual([
      { field: 'Gold trailing revenue', before: '$50,000', after: '$80,000' },
      { field: 'Gold people certified in Sales Professional', before: '1', after: '2' },
    ]);
    expect(tierRuleChanges([gold(50_000_00)], [gold(50_000_00)], names)).toEqual([]);
  });

  it('asks the reason of a version that reaches a closed quarter, naming the quarter', () => {
    const checked = validate(ruleChangeSchema, { ...change, closedQuartersReached: ['2026-Q3'] });
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(fieldMap(checked.errors).reason).toContain('the version reaches closed quarter 2026-Q3');
    expect(validate(ruleChangeSchema, { ...change, closedQuartersReached: ['2026-Q3'], reason: 'Audit found the Gold ask misprinted' }).ok).toBe(true);
  });

  it('keeps a history record as written, and lets the server name who saved it', () => {
    expect(changeRefusal('ruleChanges', change, { ...change, changedByName: 'Someone else' }, '2026-11-23')?.field).toBe('changedByName');
    expect(changeRefusal('ruleChanges', change, { ...change, updatedAt: '2026-11-23T10:00:00.000Z' }, '2026-11-23')).toBeUndefined();
    expect(stampRuleChange({ userId: 'u9', userName: 'Signed In', at: '2026-11-22T11:00:00.000Z' })).toEqual({
      changedAt: '2026-11-22T11:00:00.000Z',
      changedByUserId: 'u9',
      changedByName: 'Signed In',
    });
  });
});
