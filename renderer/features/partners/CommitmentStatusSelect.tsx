import { MenuItem, TextField } from '@mui/material';
import type { Commitment } from '../../../shared/domain/activity';
import { useWorkspace } from '../../app/workspace-context';
import { words } from '../../ui/labels';
import { notify } from '../../ui/notifier';

const statuses = ['open', 'in-progress', 'done', 'missed'] as const satisfies readonly Commitment['status'][];

/**
 * Where a commitment stands, changed in place from the list: one field, laid
 * on the stored copy like any form's save (the status the user saw is what
 * they replace), with Undo to put the status it had back.
 */
export function CommitmentStatusSelect({ commitment, variant = 'outlined' }: { commitment: Commitment; variant?: 'outlined' | 'standard' }) {
  const { repo } = useWorkspace();
  const set = async (status: Commitment['status']) => {
    await repo.update('commitments', commitment.id, { status }, { opened: { status: commitment.status } });
    notify(`Commitment marked ${words(status).toLowerCase()}`, {
      undo: () => repo.update('commitments', commitment.id, { status: commitment.status }, { opened: { status } }),
    });
  };
  return (
    <TextField
      select
      size="small"
      variant={variant}
      value={commitment.status}
      onChange={(e) => void set(e.target.value as Commitment['status'])}
      slotProps={{ htmlInput: { 'aria-label': `Status of ${commitment.description}` } }}
    >
      {statuses.map((s) => (
        <MenuItem key={s} value={s}>
          {words(s)}
        </MenuItem>
      ))}
    </TextField>
  );
}
