import { describe, expect, it } from 'vitest';
import { planChanges } from '../../../../scripts/import/changes';
import { derivedRecord } from '../../../../shared/domain/change-rules';
import { localDate } from '../../../../shared/domain/local-date';
import { partnerSchema, type Partner } from '../../../../shared/domain/partner';
import { MAX_TIER_CHANGES, tierChangeSchema, tierChangeTo, tierMoveArrow, tierOn, withTierChange } from '../../../../shared/domain/partner-tier';
import type { ImportPlan } from '../../../../shared/import';
import { buildPartner } from '../../../support/records';

// Silver until 15 Aug 2026, Gold from then until 2 Nov 2026, Platinum since.
const promoted = buildPartner('reseller', {
  tier: 'platinum',
  tierHistory: [
    { on: '2026-08-15', from: 'silver', to: 'gold' },
    { on: '2026-11-02', from: 'gold', to: 'platinum' },
  ],
});

describe("a partner's tier on a day", () => {
  it('reads the tier held at the end of the day from the history', () => {
    // Before the first change: what the first change changed from.
    expect(tierOn(promoted, '2025-03-01')).toBe('silver');
    expect(tierOn(promoted, '2026-08-14')).toBe('silver');
    // A change takes effect on its day: at the end of 15 Aug the partner is Gold.
    expect(tierOn(promoted, '2026-08-15')).toBe('gold');
    expect(tierOn(promoted, '2026-09-30')).toBe('gold');
    expect(tierOn(promoted, '2026-11-02')).toBe('platinum');
    expect(tierOn(promoted, '2027-06-30')).toBe('platinum');
  });

  it("reads today's tier for every day of a partner whose tier never changed on record", () => {
    const steady = buildPartner('si', { tier: 'gold' });
    expect(tierOn(steady, '2020-01-01')).toBe('gold');
    expect(tierOn(steady, '2030-01-01')).toBe('gold');
  });

  it('is part of the partner schema, bounded', () => {
    expect(partnerSchema.safeParse(promoted).success).toBe(true);
    const tooLong = Array.from({ length: MAX_TIER_CHANGES + 1 }, (_, i) => ({ on: '2026-01-01', from: i % 2 ? 'gold' : 'silver', to: i % 2 ? 'silver' : 'gold' }));
    expect(partnerSchema.safeParse({ ...promoted, tierHistory: tooLong }).success).toBe(false);
  });
});

describe('the tier history every write of a partner records', () => {
  const stored = buildPartner('reseller', { tier: 'silver' });

  it('records a tier change with the day and the tiers before and after, through the one derivation every writer calls', () => {
    const next = derivedRecord('partners', stored, { ...stored, tier: 'gold' }, '2026-08-15');
    expect(next.tierHistory).toEqual([{ on: '2026-08-15', from: 'silver', to: 'gold' }]);
    // A later change adds to it, oldest first.
    const again = derivedRecord('partners', next, { ...next, tier: 'platinum' }, '2026-11-02');
    expect(again.tierHistory).toEqual([
      { on: '2026-08-15', from: 'silver', to: 'gold' },
      { on: '2026-11-02', from: 'gold', to: 'platinum' },
    ]);
    // Status and tier changed in one save: both histories get their change.
    const both = derivedRecord('partners', stored, { ...stored, tier: 'gold', status: 'at-risk' }, '2026-08-15');
    expect(both).toMatchObject({ tierHistory: [{ on: '2026-08-15', from: 'silver', to: 'gold' }], statusHistory: [{ on: '2026-08-15', from: 'active', to: 'at-risk' }] });
  });

  it('records nothing for an edit that leaves the tier alone', () => {
    expect(derivedRecord('partners', stored, { ...stored, vertical: 'Energy' }, '2026-08-15')).not.toHaveProperty('tierHistory');
  });

  it('keeps the stored history when a write leaves it out, tier changed or not', () => {
    const withHistory = { ...stored, tier: 'gold' as const, tierHistory: [{ on: '2026-08-15', from: 'silver' as const, to: 'gold' as const }] };
    const { tierHistory: _left, ...withoutHistory } = withHistory;
    expect(derivedRecord('partners', withHistory, { ...withoutHistory, vertical: 'Energy' }, '2026-09-01').tierHistory).toEqual(withHistory.tierHistory);
    expect(derivedRecord('partners', withHistory, { ...withoutHistory, tier: 'platinum' }, '2026-11-02').tierHistory).toEqual([
      { on: '2026-08-15', from: 'silver', to: 'gold' },
      { on: '2026-11-02', from: 'gold', to: 'platinum' },
    ]);
  });

  it('keeps the newest changes past the bound', () => {
    let partner = { ...stored, tierHistory: Array.from({ length: MAX_TIER_CHANGES }, () => ({ on: '2020-01-01', from: 'gold' as const, to: 'silver' as const })) };
    partner = withTierChange(partner, { ...partner, tier: 'gold' }, '2026-08-15');
    expect(partner.tierHistory).toHaveLength(MAX_TIER_CHANGES);
    expect(partner.tierHistory!.at(-1)).toEqual({ on: '2026-08-15', from: 'silver', to: 'gold' });
  });

  it('is pushed by the command-line import as the app would write it', () => {
    const target = buildPartner('reseller', { id: 'p-1', territoryId: 't-1', tier: 'silver' });
    const plan = {
      entity: 'partners',
      source: 'salesforce',
      rows: [
        { rowNumber: 2, outcome: 'update', targetId: 'p-1', matchedBy: 'external-id', patch: { tier: 'gold' }, fileValues: {} },
        { rowNumber: 3, outcome: 'update', targetId: 'p-1', matchedBy: 'external-id', patch: { vertical: 'Retail' }, fileValues: {} },
      ],
      summary: {},
    } as unknown as ImportPlan;
    const nowMs = Date.UTC(2026, 7, 15, 9, 0, 0);
    const [tierChange, otherChange] = planChanges(plan, { partners: [target] }, { clientId: 'cli-1', cursors: {}, nowMs });
    expect(tierChange!.change.patch).toEqual({
      tier: 'gold',
      tierHistory: [{ on: localDate(new Date(nowMs)), from: 'silver', to: 'gold' }],
      updatedAt: '2026-08-15T09:00:00.000Z',
    });
    expect(otherChange!.change.patch).toEqual({ vertical: 'Retail', updatedAt: '2026-08-15T09:00:00.000Z' });
  });
});

describe('a tier set on purpose, with its reason', () => {
  const gold: Pick<Partner, 'tier' | 'tierHistory'> = { tier: 'gold', tierHistory: [{ on: '2026-05-01', from: 'silver', to: 'gold' }] };

  it('records the change once, with the reason, when the writer recorded it itself', () => {
    const next = { ...gold, ...tierChangeTo(gold, 'silver', '  Qualifies for Silver  ', '2026-11-22') };
    expect(withTierChange(gold, next, '2026-11-22').tierHistory).toEqual([
      { on: '2026-05-01', from: 'silver', to: 'gold' },
      { on: '2026-11-22', from: 'gold', to: 'silver', reason: 'Qualifies for Silver' },
    ]);
  });

  it('still records a plain change of tier that names no reason', () => {
    expect(withTierChange(gold, { ...gold, tier: 'platinum' }, '2026-11-22').tierHistory?.at(-1)).toEqual({ on: '2026-11-22', from: 'gold', to: 'platinum' });
  });

  it('takes a reason of at most 500 characters', () => {
    const change = { on: '2026-11-22', from: 'gold', to: 'silver' };
    expect(tierChangeSchema.safeParse({ ...change, reason: 'x'.repeat(500) }).success).toBe(true);
    expect(tierChangeSchema.safeParse({ ...change, reason: 'x'.repeat(501) }).success).toBe(false);
  });

  it('says the move with an arrow', () => {
    expect(tierMoveArrow('gold', 'silver')).toBe('Gold → Silver');
  });
});
