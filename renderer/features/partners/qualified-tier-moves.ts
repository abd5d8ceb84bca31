import type { Partner } from '../../../shared/domain/partner';
import type { QualifiedTierMove } from './apply-qualified-tier';
import type { PartnerFlags } from './partner-flags';

/** The partners of a list that qualify below their recorded tier, each with the tier it qualifies for. */
export const qualifiedTierMoves = (partners: readonly Partner[], flags: ReadonlyMap<string, PartnerFlags> | undefined): QualifiedTierMove[] => {
  if (!flags) return [];
  const moves: QualifiedTierMove[] = [];
  for (const partner of partners) {
    const to = flags.get(partner.id)?.qualifiesBelow;
    if (to) moves.push({ partner, to });
  }
  return moves;
};
