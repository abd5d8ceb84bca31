import type { PartnerType, Tier } from '../../../shared/domain/common';
import type { LifecycleStatus, Partner } from '../../../shared/domain/partner';
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
  commercialModelIncomplete: boolean;
}

export const noFilters: PartnerFilters = {
  search: '',
  partnerTypes: [],
  tiers: [],
  statuses: [],
  territoryIds: [],
  tierAtRisk: false,
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

const inList = <T>(list: readonly T[], value: T): boolean => list.length === 0 || list.includes(value);

/**
 * The partners that pass every filter, in name order. Flag filters need the
 * flags: until they are computed (undefined) those filters match nothing
 * rather than everything, so the list never claims a partner is fine. Once
 * computed, a partner without an entry has no flag set.
 */
export const filterPartners = (
  rows: readonly IndexedPartner[],
  filters: PartnerFilters,
  flags: ReadonlyMap<string, PartnerFlags> | undefined,
): Partner[] => {
  const words = filters.search.toLowerCase().split(/\s+/).filter(Boolean);
  const needsFlags = filters.tierAtRisk || filters.commercialModelIncomplete;
  const out: Partner[] = [];
  for (const { partner, text } of rows) {
    if (!inList(filters.partnerTypes, partner.partnerType)) continue;
    if (!inList(filters.tiers, partner.tier)) continue;
    if (!inList(filters.statuses, partner.status)) continue;
    if (!inList(filters.territoryIds, partner.territoryId)) continue;
    if (needsFlags) {
      if (!flags) continue;
      const flag = flags.get(partner.id) ?? noFlags;
      if (filters.tierAtRisk && !flag.tierAtRisk) continue;
      if (filters.commercialModelIncomplete && !flag.commercialModelIncomplete) continue;
    }
    if (words.length > 0 && !words.every((w) => text.includes(w))) continue;
    out.push(partner);
  }
  return out;
};

export const activeFilterCount = (filters: PartnerFilters): number =>
  [filters.partnerTypes, filters.tiers, filters.statuses, filters.territoryIds].filter((l) => l.length > 0).length +
  Number(filters.tierAtRisk) +
  Number(filters.commercialModelIncomplete);
