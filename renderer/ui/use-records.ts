import { useLiveQuery } from 'dexie-react-hooks';
import type { EntityName, EntityOf } from '../../shared/domain/entities';
import { useWorkspace } from '../app/workspace-context';
import { useVisible } from './pending-removals';

/** A partner's child records, live, without tombstones or deletes waiting for their Undo window. */
export const usePartnerChildren = <N extends EntityName>(table: N, partnerId: string): EntityOf<N>[] | undefined => {
  const { reads } = useWorkspace();
  return useVisible(
    useLiveQuery(() => reads.listBy(table, 'partnerId' as never, partnerId), [reads, table, partnerId]) as (EntityOf<N> & { id: string })[] | undefined,
  );
};

/** Every live record of a table (program-wide tables are small: programs, rule sets, territories). */
export const useAll = <N extends EntityName>(table: N): EntityOf<N>[] | undefined => {
  const { reads } = useWorkspace();
  return useVisible(useLiveQuery(() => reads.list(table), [reads, table]) as (EntityOf<N> & { id: string })[] | undefined);
};

export const useRecord = <N extends EntityName>(table: N, id: string): EntityOf<N> | null | undefined => {
  const { reads } = useWorkspace();
  // null: looked and not there (deleted, or a link from another device not synced yet); undefined: still loading.
  return useLiveQuery(async () => (await reads.get(table, id)) ?? null, [reads, table, id]);
};
