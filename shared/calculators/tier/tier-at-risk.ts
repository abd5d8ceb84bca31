import { tierRank, type Tier } from '../../domain/common';
import type { CertifiedRoster } from './certified-roster';
import { gapTo, highestTierReached } from './ladder';
import type { ExpiringCertification, TierAtRisk, TierStanding } from './types';

export interface RiskNames {
  contactName: (contactId: string) => string;
  programName: (programId: string) => string;
}

/**
 * Compares the tier reached today with the tier reached on the quarter's last
 * day if no certification is renewed (`ladderAtQuarterEnd` is measured with
 * `rosterAtQuarterEnd`; revenue and pipeline are left as they are today).
 * Only the lapsing certifications of programs whose requirement would fail
 * are listed: renewing those, and no others, keeps the tier.
 */
export const tierAtRisk = (
  qualifiedTier: Tier,
  ladderAtQuarterEnd: readonly TierStanding[],
  rosterToday: CertifiedRoster,
  rosterAtQuarterEnd: CertifiedRoster,
  names: RiskNames,
): TierAtRisk | null => {
  const tierAtQuarterEnd = highestTierReached(ladderAtQuarterEnd);
  if (tierRank(tierAtQuarterEnd) >= tierRank(qualifiedTier)) return null;
  const gap = gapTo(ladderAtQuarterEnd, qualifiedTier);
  const expiring = gap
    .flatMap((check) => (check.programId === null ? [] : lapsing(check.programId, rosterToday, rosterAtQuarterEnd, names)))
    .sort((a, b) => a.expiresOn.localeCompare(b.expiresOn) || a.contactName.localeCompare(b.contactName));
  return { tierAtQuarterEnd, gap, expiring };
};

const lapsing = (
  programId: string,
  rosterToday: CertifiedRoster,
  rosterAtQuarterEnd: CertifiedRoster,
  names: RiskNames,
): ExpiringCertification[] => {
  const lasting = rosterAtQuarterEnd.get(programId);
  return [...(rosterToday.get(programId) ?? [])]
    .filter(([contactId]) => !lasting?.has(contactId))
    .map(([contactId, c]) => ({
      certificationId: c.id,
      contactId,
      contactName: names.contactName(contactId),
      programId,
      programName: names.programName(programId),
      expiresOn: c.expiresOn,
    }));
};
