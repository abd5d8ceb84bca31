import type { PartnerType, Tier } from '../../../shared/domain/common';
import type { LifecycleStatus, Partner } from '../../../shared/domain/partner';
import { partnerTypeLabels, statusLabels, tierLabels } from '../../ui/labels';
import type { PartnerFlags } from './partner-flags';
import { searchText } from './partner-search';

export interface PartnerFilters {
  search: string;
  partnerTypes: PartnerType[];
  tiers: Tier[];
  statuses: LifecycleStatus[];
  /** Empty means every territory the user sees. */
  territoryIds: string[];
  tierAtRisk: boolean;
  /** Qualifies today for a tier below the recorded one (not the quarter-end risk). */
  qualifiesBelow: boolean;
  commercialModelIncomplete: boolean;
}

export const noFilters: PartnerFilters = {
  search: '',
  partnerTypes: [],
  tiers: [],
  statuses: [],
  territoryIds: [],
  tierAtRisk: false,
  qualifiesBelow: false,
  commercialModelIncomplete: false,
};

/** A partner prepared once per load for filtering: the search text lower-cased, so a keystroke does no string building. */
export interface IndexedPartner {
  partner: Partner;
  text: string;
}

const byName = new Intl.Collator(undefined, { sensitivity: 'base' });

/** Sorted by name and with search text built: done when the partners change, not per keystroke. */
export const indexPartners = (partners: readonly Partner[]): IndexedPartner[] =>
  partners
    .filter((p) => !p.deleted)
    .sort((a, b) => byName.compare(a.name, b.name))
    .map((partner) => ({ partner, text: searchText(partner) }));

const noFlags: PartnerFlags = { tierAtRisk: false, commercialModelIncomplete: false };

/** A chosen list narrows; an empty one lets everything through (null: no check at all). */
const chosen = <T>(list: readonly T[]): ReadonlySet<T> | null => (list.length === 0 ? null : new Set(list));

/**
 * The partners that pass every filter, in name order. Flag filters need the
 * flags: until they are computed (undefined) those filters match nothing
 * rather than everything, so the list never claims a partner is fine. Once
 * computed, a partner without an entry has no flag set.
 *
 * Runs on every keystroke over every partner, so it is plain loops with no
 * callback per row: that halves a pass over 10,000 partners.
 */
export const filterPartners = (
  rows: readonly IndexedPartner[],
  filters: PartnerFilters,
  flags: ReadonlyMap<string, PartnerFlags> | undefined,
): Partner[] => {
  const words = filters.search.toLowerCase().split(/\s+/).filter(Boolean);
  const needsFlags = filters.tierAtRisk || filters.qualifiesBelow || filters.commercialModelIncomplete;
  if (needsFlags && !flags) return [];
  const out: Partner[] = [];
  const [types, tiers, statuses, territories] = [
    chosen(filters.partnerTypes),
    chosen(filters.tiers),
    chosen(filters.statuses),
    chosen(filters.territoryIds),
  ];
  rows: for (const { partner, text } of rows) {
    if (types && !types.has(partner.partnerType)) continue;
    if (tiers && !tiers.has(partner.tier)) continue;
    if (statuses && !statuses.has(partner.status)) continue;
    if (territories && !territories.has(partner.territoryId)) continue;
    if (needsFlags) {
      const flag = flags?.get(partner.id) ?? noFlags;
      if (filters.tierAtRisk && !flag.tierAtRisk) continue;
      if (filters.qualifiesBelow && !flag.qualifiesBelow) continue;
      if (filters.commercialModelIncomplete && !flag.commercialModelIncomplete) continue;
    }
    for (const word of words) if (!text.includes(word)) continue rows;
    out.push(partner);
  }
  return out;
};

export const activeFilterCount = (filters: PartnerFilters): number =>
  [filters.partnerTypes, filters.tiers, filters.statuses, filters.territoryIds].filter((l) => l.length > 0).length +
  Number(filters.tierAtRisk) +
  Number(filters.qualifiesBelow) +
  Number(filters.commercialModelIncomplete);

const either = (words: readonly string[]) => (words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`);

/** The active filters in words, for the empty list: `{ search: 'acme', conditions: ['in Gold tier'] }`. */
export const whatFiltersAsk = (filters: PartnerFilters, territoryName: ReadonlyMap<string, string>): { search: string; conditions: string[] } => ({
  search: filters.search,
  conditions: [
    filters.tiers.length > 0 && `in ${either(filters.tiers.map((t) => tierLabels[t]))} tier`,
    filters.partnerTypes.length > 0 && `of type ${either(filters.partnerTypes.map((t) => partnerTypeLabels[t]))}`,
    filters.statuses.length > 0 && `with status ${either(filters.statuses.map((s) => statusLabels[s]))}`,
    filters.territoryIds.length > 0 && `in ${either(filters.territoryIds.map((id) => territoryName.get(id) ?? id))}`,
    filters.tierAtRisk && 'with their tier at risk',
    filters.qualifiesBelow && 'qualifying below their recorded tier',
    filters.commercialModelIncomplete && 'with an incomplete commercial model',
  ].filter((c): c is string => typeof c === 'string'),
});
