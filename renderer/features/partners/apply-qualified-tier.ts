import type { Tier } from '../../../shared/domain/common';
import type { Partner } from '../../../shared/domain/partner';
import { tierChangeTo } from '../../../shared/domain/partner-tier';
import type { Repository, Writer } from '../../db';
import { BULK_CHUNK_ROWS } from '../../db';

/** One partner to move to the tier it qualifies for, as the list showed it. */
export interface QualifiedTierMove {
  partner: Partner;
  to: Tier;
}

export interface TierApplyProgress {
  done: number;
  total: number;
}

/** A partner whose move was not saved, and why, in the repository's words. */
export interface TierApplyRefusal {
  partnerId: string;
  partnerName: string;
  reason: string;
}

const reasonOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * One partner's move through the normal save path: only its tier and the
 * change in its history (with HQ's reason; the server stamps who), laid on
 * the stored copy against the copy the list showed, so a change made
 * meanwhile by someone else is not silently overwritten (DESIGN §5).
 */
const applyOne = (writer: Pick<Writer, 'update'>, { partner, to }: QualifiedTierMove, reason: string, day: string) =>
  writer.update('partners', partner.id, tierChangeTo(partner, to, reason, day), { opened: { tier: partner.tier, tierHistory: partner.tierHistory } });

/**
 * Applies the qualified tier to every partner of the list: one partner
 * record patch each, about a thousand per transaction (DESIGN §4), with
 * progress after each chunk. A chunk with a refused partner is written again
 * one partner at a time, so one refusal costs only that partner, and every
 * refusal comes back with its reason for the dialog to list.
 */
export const applyQualifiedTiers = async (
  repo: Pick<Repository, 'transact' | 'update'>,
  moves: readonly QualifiedTierMove[],
  reason: string,
  day: string,
  onProgress?: (progress: TierApplyProgress) => void,
): Promise<{ applied: number; refused: TierApplyRefusal[] }> => {
  const refused: TierApplyRefusal[] = [];
  let done = 0;
  for (let start = 0; start < moves.length; start += BULK_CHUNK_ROWS) {
    const chunk = moves.slice(start, start + BULK_CHUNK_ROWS);
    try {
      await repo.transact(async (writer) => {
        for (const move of chunk) await applyOne(writer, move, reason, day);
      });
    } catch {
      for (const move of chunk) {
        try {
          await applyOne(repo, move, reason, day);
        } catch (error) {
          refused.push({ partnerId: move.partner.id, partnerName: move.partner.name, reason: reasonOf(error) });
        }
      }
    }
    done += chunk.length;
    onProgress?.({ done, total: moves.length });
  }
  return { applied: moves.length - refused.length, refused };
};
