import type { SortingState } from '@tanstack/react-table';
import { create } from 'zustand';

/**
 * Each list's sort, by the list's name, for as long as the window is open:
 * a manager who sorts the pipeline by close date, opens a deal and comes back
 * finds it still sorted so, as the screens' filters are kept.
 */
export const useListSorts = create<{ byList: Record<string, SortingState> }>()(() => ({ byList: {} }));

export const setListSort = (list: string, sorting: SortingState): void =>
  useListSorts.setState(({ byList }) => ({ byList: { ...byList, [list]: sorting } }));
