import type { Partner } from '../../shared/domain/partner';

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
