import { create } from 'zustand';
import { noFilters, type PartnerFilters } from './partner-filters';

/** The list's filters outlive a visit to a partner page: back on the list, the manager finds it as left. */
export const usePartnerFilters = create<{ filters: PartnerFilters; set(changes: Partial<PartnerFilters>): void; clear(): void }>()(
  (set) => ({
    filters: noFilters,
    set: (changes) => set((s) => ({ filters: { ...s.filters, ...changes } })),
    clear: () => set({ filters: noFilters }),
  }),
);
