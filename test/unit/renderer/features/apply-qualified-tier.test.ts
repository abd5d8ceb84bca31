import { describe, expect, it } from 'vitest';
import { createRepository } from '../../../../renderer/db/repository';
import { applyQualifiedTiers } from '../../../../renderer/features/partners/apply-qualified-tier';
import { qualifiedTierMoves } from '../../../../renderer/features/partners/qualified-tier-moves';
import { qualifiesBelow, tierMovesText } from '../../../../shared/calculators/tier';
import type { TierQualification } from '../../../../shared/calculators/tier';
import { freshDb, newPartner } from '../db/factory';

describe('the moves in words', () => {
  it('names how many partners and each move, the most common first', () => {
    const moves = [...Array(9).fill({ from: 'gold', to: 'silver' }), ...Array(3).fill({ from: 'silver', to: 'registered' })];
    expect(tierMovesText(moves)).toBe('12 partners: 9 Gold → Silver, 3 Silver → Registered');
    expect(tierMovesText([{ from: 'platinum', to: 'gold' }])).toBe('1 partner: 1 Platinum → Gold');
  });

  it('counts a partner as qualifying below only when its qualified tier is lower than the recorded one', () => {
    const assessed = (qualifiedTier: 'silver' | 'gold', recordedTier: 'gold') => ({ kind: 'assessed', qualifiedTier, recordedTier }) as TierQualification;
    expect(qualifiesBelow(assessed('silver', 'gold'))).toBe('silver');
    expect(qualifiesBelow(assessed('gold', 'gold'))).toBeNull();
    expect(qualifiesBelow({ kind: 'no-rules' } as TierQualification)).toBeNull();
  });
});

describe('applying the qualified tier to a list', () => {
  const setup = async () => {
    const { db } = freshDb();
    const repo = createRepository(db);
    const partners = await repo.createMany('partners', [
      newPartner({ name: 'Alpha', tier: 'gold' }),
      newPartner({ name: 'Beta', tier: 'gold' }),
      newPartner({ name: 'Gamma', tier: 'silver' }),
    ]);
    await db.outbox.clear();
    return { db, repo, partners };
  };

  it('writes one partner patch each, only the tier and its history with the reason, and reports progress', async () => {
    const { db, repo, partners } = await setup();
    const flags = new Map(partners.map((p, i) => [p.id, { tierAtRisk: false, commercialModelIncomplete: false, ...(i < 2 ? { qualifiesBelow: 'silver' as const } : {}) }]));
    const moves = qualifiedTierMoves(partners, flags);
    expect(moves.map((m) => m.partner.name)).toEqual(['Alpha', 'Beta']);
    const progress: number[] = [];
    const result = await applyQualifiedTiers(repo, moves, 'Q4 review: certifications lapsed', '2026-11-22', (p) => progress.push(p.done));
    expect(result).toEqual({ applied: 2, refused: [] });
    expect(progress.at(-1)).toBe(2);
    const alpha = await db.partners.get(partners[0]!.id);
    expect(alpha?.tier).toBe('silver');
    expect(alpha?.tierHistory).toEqual([{ on: '2026-11-22', from: 'gold', to: 'silver', reason: 'Q4 review: certifications lapsed' }]);
    const outbox = await db.outbox.toArray();
    expect(outbox).toHaveLength(2);
    for (const entry of outbox) expect(Object.keys(entry.patch).sort()).toEqual(['tier', 'tierHistory', 'updatedAt']);
    expect((await db.partners.get(partners[2]!.id))?.tier).toBe('silver');
  });

  it('reports a partner that can no longer be changed, with the reason, and applies the rest', async () => {
    const { repo, partners } = await setup();
    await repo.remove('partners', partners[1]!.id);
    const moves = [partners[0]!, partners[1]!].map((partner) => ({ partner, to: 'silver' as const }));
    const result = await applyQualifiedTiers(repo, moves, 'Q4 review', '2026-11-22');
    expect(result.applied).toBe(1);
    expect(result.refused).toEqual([{ partnerId: partners[1]!.id, partnerName: 'Beta', reason: expect.stringMatching(/.+/) }]);
  });
});
