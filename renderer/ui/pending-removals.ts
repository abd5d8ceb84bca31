import { useMemo } from 'react';
import { create } from 'zustand';
import type { EntityName } from '../../shared/domain/entities';
import type { Repository } from '../db';

/**
 * Deletes wait out their Undo window before they reach the repository: a
 * tombstone cannot be cleared through the repository's writes (update refuses
 * deleted rows, create refuses a used id), so Undo means "never written".
 * Screens hide the ids held here meanwhile; leaving the page writes them at once.
 */
interface PendingRemoval {
  table: EntityName;
  id: string;
  timer: ReturnType<typeof setTimeout>;
  repo: Repository;
}

interface PendingRemovalsState {
  byId: Record<string, PendingRemoval>;
}

export const UNDO_WINDOW_MS = 8_000;

export const usePendingRemovals = create<PendingRemovalsState>()(() => ({ byId: {} }));

const drop = (id: string): PendingRemoval | undefined => {
  const removal = usePendingRemovals.getState().byId[id];
  if (removal) {
    clearTimeout(removal.timer);
    const { [id]: _gone, ...rest } = usePendingRemovals.getState().byId;
    usePendingRemovals.setState({ byId: rest });
  }
  return removal;
};

const commit = (id: string): Promise<void> => {
  const removal = drop(id);
  return removal ? removal.repo.remove(removal.table, removal.id) : Promise.resolve();
};

export const scheduleRemoval = (repo: Repository, table: EntityName, id: string): void => {
  const timer = setTimeout(() => void commit(id), UNDO_WINDOW_MS);
  usePendingRemovals.setState((s) => ({ byId: { ...s.byId, [id]: { table, id, timer, repo } } }));
};

export const cancelRemoval = (id: string): void => void drop(id);

/** Writes every waiting delete now (the window is closing, or a test wants the store settled). */
export const flushRemovals = (): Promise<void[]> => Promise.all(Object.keys(usePendingRemovals.getState().byId).map(commit));

/** Hides records whose delete is waiting for its Undo window to pass. */
export const useVisible = <T extends { id: string }>(rows: readonly T[] | undefined): T[] | undefined => {
  const pending = usePendingRemovals((s) => s.byId);
  // Memoized: a new array every render would make every list downstream recompute (10k partners re-sorted per keystroke).
  return useMemo(() => rows?.filter((r) => !pending[r.id]), [rows, pending]);
};
