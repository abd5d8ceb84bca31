import { describe, expect, it } from 'vitest';
import type { IncentiveRule } from '../../../../../shared/domain/incentive-program';
import { incentiveProgramChanges } from '../../../../../renderer/features/program-rules/incentive-program-changes';
import { latestVersions, versionsOf } from '../../../../../renderer/features/program-rules/incentive-program-versions';
import { makeProgram } from '../../../shared/incentives/factory';

const rebate = (rateBps: number): IncentiveRule => ({ kind: 'tiered-rebate', mode: 'retroactive', bands: [{ from: 0, rateBps }, { from: 10_000_000, rateBps: 400 }] });
const bonus: IncentiveRule = { kind: 'new-customer-bonus', amountPerDealCents: 100_000 };
const renewal = (rateBps: number): IncentiveRule => ({ kind: 'renewal-commission', rateBps, byTier: { gold: 400 } });
const program = (rules: IncentiveRule[], effectiveTo: string | null = null) => ({ name: 'Reseller Rewards', effectiveTo, rules });

describe('what a program version changed, for its history', () => {
  it('words each changed rule as the programs table does, before → after', () => {
    expect(incentiveProgramChanges(program([rebate(200), bonus]), program([rebate(300), bonus]))).toEqual([
      { field: 'Tiered rebate', before: 'retroactive, 2% from $0, 4% from $100,000', after: 'retroactive, 3% from $0, 4% from $100,000' },
    ]);
  });

  it('matches rules by kind, so a removed rule reads as removed and an added one as added, not every rule after it changing', () => {
    expect(incentiveProgramChanges(program([bonus, rebate(200)]), program([rebate(200), renewal(300)]))).toEqual([
      { field: 'New-customer bonus', before: '$1,000 per deal', after: '' },
      { field: 'Renewal commission', before: '', after: '3% (Gold 4%)' },
    ]);
  });

  it('numbers two rules of one kind, and counts the name and the end date', () => {
    const before = { name: 'Reseller Rewards', effectiveTo: null, rules: [renewal(300), renewal(350)] };
    const after = { name: 'Reseller Rewards 2027', effectiveTo: '2027-12-31', rules: [renewal(300), renewal(375)] };
    expect(incentiveProgramChanges(before, after)).toEqual([
      { field: 'Name', before: 'Reseller Rewards', after: 'Reseller Rewards 2027' },
      { field: 'Ends', before: 'open-ended', after: 'Dec 31, 2027' },
      { field: 'Renewal commission 2', before: '3.5% (Gold 4%)', after: '3.75% (Gold 4%)' },
    ]);
  });

  it('lists every rule of a first version, and nothing for a version that changed nothing', () => {
    expect(incentiveProgramChanges(undefined, program([bonus]))).toEqual([{ field: 'New-customer bonus', before: '', after: '$1,000 per deal' }]);
    expect(incentiveProgramChanges(program([bonus]), program([bonus]))).toEqual([]);
  });
});

describe('a program’s versions', () => {
  const v1 = makeProgram('reseller', [rebate(200)], { id: 'v1', effectiveTo: '2026-09-30' });
  const v2 = makeProgram('reseller', [rebate(300)], { id: 'v2', versionOf: 'v1', version: 2, effectiveFrom: '2026-10-01', effectiveTo: '2026-11-15' });
  const v3 = makeProgram('reseller', [rebate(200)], { id: 'v3', versionOf: 'v1', version: 3, effectiveFrom: '2026-11-16' });
  const other = makeProgram('isv', [bonus], { id: 'other', effectiveFrom: '2025-01-01' });

  it('lists each program once, as its latest version, with the day its first version took effect', () => {
    expect(latestVersions([v2, other, v1, v3]).map(({ latest, since }) => [latest.id, since])).toEqual([
      ['v3', '2026-01-01'],
      ['other', '2025-01-01'],
    ]);
  });

  it('gives one program’s live versions newest first', () => {
    expect(versionsOf([v1, v3, other, { ...v2, deleted: true }], 'v1').map((v) => v.id)).toEqual(['v3', 'v1']);
  });
});
