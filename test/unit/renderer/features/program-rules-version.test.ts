import { describe, expect, it } from 'vitest';
import { ruleChangeSchema } from '../../../../shared/domain/rule-change';
import type { TierRuleSet } from '../../../../shared/domain/tier-rules';
import { ValidationError } from '../../../../shared/domain/validation';
import { proposeTierRules, ruleChangeToCreate, ruleSetToCreate } from '../../../../renderer/features/program-rules/tier-rules-version';

const v2: TierRuleSet = {
  id: 'v2',
  territoryId: 'global',
  updatedAt: '2026-01-01T00:00:00.000Z',
  deleted: false,
  partnerType: 'reseller',
  version: 2,
  effectiveFrom: '2026-01-01',
  requirements: [
    { tier: 'silver', minTrailingRevenueCents: 15_000_00, certifiedPeople: [] },
    { tier: 'gold', minTrailingRevenueCents: 50_000_00, certifiedPeople: [] },
  ],
};
const raised = v2.requirements.map((r) => (r.tier === 'gold' ? { ...r, minTrailingRevenueCents: 80_000_00 } : r));
const fieldsOf = (work: () => unknown): Record<string, string> => {
  try {
    work();
  } catch (e) {
    if (e instanceof ValidationError) return Object.fromEntries(e.errors.map((x) => [x.field, x.message]));
    throw e;
  }
  return {};
};

describe('saving tier rules as a new version', () => {
  it('proposes the next version from the day picked, the one before left as it is', () => {
    const { ruleSet } = proposeTierRules('reseller', raised, '2026-10-01', v2);
    expect(ruleSet.version).toBe(3);
    expect(ruleSet.effectiveFrom).toBe('2026-10-01');
    expect(ruleSetToCreate({ ruleSet, restoredFromVersion: null })).not.toHaveProperty('id');
  });

  it('refuses a version starting before the one it follows, under Effective from', () => {
    expect(fieldsOf(() => proposeTierRules('reseller', raised, '2025-12-31', v2))).toEqual({
      effectiveFrom: 'Effective from must be on or after Jan 1, 2026, the day version 2 took effect',
    });
  });

  it('refuses a ladder upside down under the tier’s cell before any preview', () => {
    const upsideDown = v2.requirements.map((r) => (r.tier === 'gold' ? { ...r, minTrailingRevenueCents: 1_000_00 } : r));
    expect(Object.keys(fieldsOf(() => proposeTierRules('reseller', upsideDown, '2026-10-01', v2)))).toEqual(['requirements.1.minTrailingRevenueCents']);
  });

  it('records a restore as a restore of the earlier version, with what it changed back and the reason', () => {
    const proposal = proposeTierRules('reseller', v2.requirements, '2026-10-01', { ...v2, id: 'v3', version: 3, requirements: raised }, 2);
    const saved = { ...proposal.ruleSet, id: 'v4' };
    const record = ruleChangeToCreate(proposal, saved, { ...v2, version: 3, requirements: raised }, {
      subject: 'Reseller',
      reason: '  Back to the published ladder ',
      closedQuartersReached: [],
      programName: (id) => id,
      user: { id: 'u1', displayName: 'Dana HQ' },
    });
    expect(record).toMatchObject({ kind: 'restore', restoredFromVersion: 2, version: 4, recordId: 'v4', reason: 'Back to the published ladder', changedByName: 'Dana HQ' });
    expect(record.changes).toEqual([{ field: 'Gold trailing revenue', before: '$80,000', after: '$50,000' }]);
    expect(ruleChangeSchema.safeParse({ ...record, id: 'c1', updatedAt: record.changedAt, deleted: false }).success).toBe(true);
  });
});
