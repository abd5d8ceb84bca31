import { useLiveQuery } from 'dexie-react-hooks';
import { useStore } from 'zustand';
import type { EntityName } from '../../shared/domain/entities';
import { useWorkspace } from '../app/workspace-context';
import type { Ref, ValueContext } from './value-text';

const key = (table: string, id: string) => `${table}/${id}`;

/** What a referenced record is called: its name, or an activity's subject. */
const nameIn = (row: Record<string, unknown> | undefined): string | undefined => {
  const name = row?.name ?? row?.subject;
  return typeof name === 'string' && name.trim() !== '' ? name : undefined;
};

/**
 * Names for the ids some values refer to (`refsIn`), read in one request per
 * table and kept live; people are not stored on the device, so only the
 * signed-in user has a name. Hands back the formatter's `nameOf`.
 */
export const useRecordNames = (refs: readonly Ref[]): ValueContext => {
  const { reads, sync } = useWorkspace();
  const user = useStore(sync, (s) => s.user);
  const wanted = [...new Set(refs.map((ref) => key(ref.table, ref.id)))].sort();
  const names = useLiveQuery(async () => {
    const found = new Map<string, string>();
    const byTable = new Map<EntityName, string[]>();
    for (const ref of refs) if (ref.table !== 'users') byTable.set(ref.table, [...(byTable.get(ref.table) ?? []), ref.id]);
    for (const [table, ids] of byTable) {
      const rows = await reads.bulkGet(table, ids);
      rows.forEach((row, i) => {
        const name = row && !row.deleted ? nameIn(row as unknown as Record<string, unknown>) : undefined;
        if (name) found.set(key(table, ids[i]!), name);
      });
    }
    return found;
    // Re-read when the ids named change, not whenever the caller builds a new array of them.
  }, [reads, wanted.join('|')]);
  return {
    nameOf: (table, id) => (table === 'users' ? (user?.id === id ? user.displayName : undefined) : names?.get(key(table, id))),
  };
};
