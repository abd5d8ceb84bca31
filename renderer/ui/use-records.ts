import { useLiveQuery } from 'dexie-react-hooks';
import type { EntityName, EntityOf } from '../../shared/domain/entities';
import type { Opportunity } from '../../shared/domain/opportunity';
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

/**
 * The deals a partner is on, live: its own, and those of its territory that
 * name it beside another partner (an SI on an ISV's deal). A deal is filed
 * in its own partner's territory, so one naming a partner of another
 * territory is seen where that deal is filed, and by HQ.
 */
export const usePartnerDeals = (partner: { id: string; territoryId: string }): Opportunity[] | undefined => {
  const { reads } = useWorkspace();
  return useVisible(
    useLiveQuery(async () => {
      const [own, territory] = await Promise.all([reads.listBy('opportunities', 'partnerId', partner.id), reads.listBy('opportunities', 'territoryId', partner.territoryId)]);
      return [...own, ...territory.filter((o) => o.partnerId !== partner.id && o.coPartners?.some((p) => p.partnerId === partner.id))];
    }, [reads, partner.id, partner.territoryId]),
  );
};
