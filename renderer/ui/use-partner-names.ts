import { useLiveQuery } from 'dexie-react-hooks';
import { useWorkspace } from '../app/workspace-context';

/** Partner id → name for overview lists, from one read of the partners table. */
export const usePartnerNames = (): ReadonlyMap<string, string> | undefined => {
  const { db } = useWorkspace();
  return useLiveQuery(async () => {
    const names = new Map<string, string>();
    await db.partners.each((p) => {
      if (!p.deleted) names.set(p.id, p.name);
    });
    return names;
  }, [db]);
};
