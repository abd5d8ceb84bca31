import type { Partner } from '../../shared/domain/partner';
import { quarterRange } from '../../shared/domain/quarter';

export class PartnerNotFound extends Error {
  override readonly name = 'PartnerNotFound';
}

/**
 * The partner a person means: the id, else the name (any case), else the one
 * partner whose name contains the words given. Two matches are an error that
 * lists them, never a guess.
 */
export const pickPartner = (partners: readonly Partner[], wanted: string): Partner => {
  const live = partners.filter((p) => !p.deleted);
  const needle = wanted.trim().toLowerCase();
  const byId = partners.find((p) => p.id === wanted.trim());
  if (byId) return byId;
  const exact = live.filter((p) => p.name.toLowerCase() === needle);
  const matches = exact.length > 0 ? exact : live.filter((p) => p.name.toLowerCase().includes(needle));
  if (matches.length === 1) return matches[0]!;
  if (matches.length === 0) throw new PartnerNotFound(`No partner named or with id "${wanted}" among the ${live.length} partners you can see.`);
  throw new PartnerNotFound(`"${wanted}" matches ${matches.length} partners: ${matches.slice(0, 8).map((p) => p.name).join('; ')}. Give more of the name or the id.`);
};

export interface SkippedPartner {
  partner: Partner;
  reason: string;
}

/**
 * `--all` means every partner the quarter applies to: one enrolled after the
 * quarter ended had no quarter to review, so it is skipped and said to be,
 * not counted as a pack that failed.
 */
export const enrolledIn = (partners: readonly Partner[], quarter: string): { applicable: Partner[]; skipped: SkippedPartner[] } => {
  const { end, label } = quarterRange(quarter);
  const applicable: Partner[] = [];
  const skipped: SkippedPartner[] = [];
  for (const partner of partners) {
    if (partner.enrolledOn > end) skipped.push({ partner, reason: `enrolled on ${partner.enrolledOn}, after ${label} ended` });
    else applicable.push(partner);
  }
  return { applicable, skipped };
};
