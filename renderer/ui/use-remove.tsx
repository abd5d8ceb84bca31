import { useState } from 'react';
import type { EntityName } from '../../shared/domain/entities';
import { useWorkspace } from '../app/workspace-context';
import { ConfirmDialog } from './ConfirmDialog';
import { notify } from './notifier';
import { cancelRemoval, scheduleRemoval } from './pending-removals';

/** Delete with a confirmation first and Undo after (see pending-removals for why Undo works by waiting). */
export function useRemove(table: EntityName, what: string) {
  const { repo } = useWorkspace();
  const [pending, setPending] = useState<{ id: string; label: string } | null>(null);

  const confirm = () => {
    if (!pending) return;
    const { id, label } = pending;
    setPending(null);
    scheduleRemoval(repo, table, id);
    notify(`${label} deleted`, { undo: async () => cancelRemoval(id) });
  };

  const dialog = (
    <ConfirmDialog
      open={pending !== null}
      title={`Delete this ${what}?`}
      body={`${pending?.label ?? ''} will be deleted on this device and, at the next sync, everywhere.`}
      confirmLabel="Delete"
      onConfirm={confirm}
      onCancel={() => setPending(null)}
    />
  );
  return { ask: (id: string, label: string) => setPending({ id, label }), dialog };
}
