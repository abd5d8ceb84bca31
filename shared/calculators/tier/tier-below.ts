import { tierRank, type Tier } from '../../domain/common';
import { tierMoveArrow } from '../../domain/partner-tier';
import { countOf } from '../../domain/text';
import type { TierQualification } from './types';

/**
 * The tier a partner qualifies for today when that is below its recorded
 * tier ("qualifies below"), else null. Not "tier at risk", which is about
 * the quarter's end: a partner at risk still qualifies today and loses the
 * tier only if lapsing certifications are not renewed; one that qualifies
 * below has already fallen short, and HQ may apply the qualified tier.
 */
export const qualifiesBelow = (q: TierQualification): Tier | null =>
  q.kind === 'assessed' && tierRank(q.qualifiedTier) < tierRank(q.recordedTier) ? q.qualifiedTier : null;

export interface TierMove {
  from: Tier;
  to: Tier;
}

/**
 * The moves in words, most common first, as the confirm dialog names them:
 * "12 partners: 9 Gold → Silver, 3 Silver → Registered".
 */
export const tierMovesText = (moves: readonly TierMove[]): string => {
  const counts = new Map<string, { move: TierMove; count: number }>();
  for (const move of moves) {
    const key = `${move.from}>${move.to}`;
    const seen = counts.get(key);
    if (seen) seen.count++;
    else counts.set(key, { move, count: 1 });
  }
  const parts = [...counts.values()]
    .sort((a, b) => b.count - a.count || tierRank(b.move.from) - tierRank(a.move.from) || tierRank(b.move.to) - tierRank(a.move.to))
    .map(({ move, count }) => `${count.toLocaleString('en-US')} ${tierMoveArrow(move.from, move.to)}`);
  return `${countOf(moves.length, 'partner')}: ${parts.join(', ')}`;
};
