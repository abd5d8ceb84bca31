import type { Partner } from '../../../shared/domain/partner';

/** What a search term is matched against: name first, then where the partner is and what it does. */
export const searchText = (p: Pick<Partner, 'name' | 'region' | 'vertical'>): string =>
  `${p.name}\n${p.region}\n${p.vertical}`.toLowerCase();

/** Partners whose name, region or vertical contains every word typed, name matches first. */
export const searchPartners = <P extends Pick<Partner, 'name' | 'region' | 'vertical'>>(partners: readonly P[], term: string): P[] => {
  const words = term.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...partners];
  const hits = partners.filter((p) => {
    const text = searchText(p);
    return words.every((w) => text.includes(w));
  });
  const inName = (p: P) => words.every((w) => p.name.toLowerCase().includes(w));
  return [...hits.filter(inName), ...hits.filter((p) => !inName(p))];
};
