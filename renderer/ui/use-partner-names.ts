import { useLiveQuery } from 'dexie-react-hooks';
import { useWorkspace } from '../app/workspace-context';

/** Partner id → name for overview lists, from one read of the partners table. */
export const usePartnerNames = (): ReadonlyMap<string, string> | undefined => {
  const { reads } = useWorkspace();
  return useLiveQuery(async () => {
    const names = new Map<string, string>();
    for (const p of await reads.rows('partners')) if (!p.deleted) names.set(p.id, p.name);
    return names;
  }, [reads]);
};
