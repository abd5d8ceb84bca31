import { useState } from 'react';
import { useWorkspace } from '../../app/workspace-context';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { notify } from '../../ui/notifier';

/**
 * Discard a refused change: asked first, like every delete, and Undo after.
 * The change is only on this device (it never reached the server), so Undo
 * simply puts the same row back.
 */
export function useDiscard() {
  const { refused } = useWorkspace();
  const [pending, setPending] = useState<{ id: number; name: string } | null>(null);

  const confirm = async () => {
    if (!pending) return;
    const { id, name } = pending;
    setPending(null);
    try {
      const discarded = await refused.discard(id);
      notify(`Refused change to ${name} discarded`, { undo: () => refused.restore(discarded) });
    } catch (error) {
      notify(error instanceof Error ? error.message : String(error), { severity: 'error' });
    }
  };

  const dialog = (
    <ConfirmDialog
      open={pending !== null}
      title="Discard this refused change?"
      body={`Your change to ${pending?.name ?? ''} never reached the server. Discarding removes it from this device; nothing else changes.`}
      confirmLabel="Discard"
      onConfirm={() => void confirm()}
      onCancel={() => setPending(null)}
    />
  );
  return { ask: (id: number, name: string) => setPending({ id, name }), dialog };
}
