import { Alert, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, List, ListItem, ListItemText } from '@mui/material';
import { useId, useState } from 'react';
import { entities } from '../../../shared/domain/entities';
import { useWorkspace } from '../../app/workspace-context';
import { isCreate, type RejectedChange } from '../../db';
import { fieldLabel } from '../../ui/value-text';
import { resendFields } from './resend-draft';
import { refusedExport, saveRefusedExport } from './refused-export';

/** Refused changes a sign-in would take out of reach, and what the user is told about them. */
export interface RefusedOnSwitch {
  changes: readonly RejectedChange[];
  /** Whose they are. */
  owner: string;
  /** The server that refused them. */
  server: string;
  /**
   * `removed`: another user on the same server, whose sign-in clears them;
   * `left`: another server, whose workspace is a separate store, so they stay
   * here, out of sight until the owner signs in to their server again.
   */
  consequence: 'removed' | 'left';
}

const SHOWN = 5;

const many = (n: number, one: string, more: string) => (n === 1 ? one : more);

/** "Partner Northwind Resale: Vertical, Region". */
const lineOf = (change: RejectedChange): string => {
  const what = `${entities[change.table].label} ${change.rowLabel ?? ''}`.trim();
  const fields = resendFields(change).map(fieldLabel);
  return change.op === 'delete' ? `${what}: delete` : fields.length > 0 && !isCreate(change) ? `${what}: ${fields.join(', ')}` : what;
};

/**
 * Said before a sign-in that would take another user's refused changes out
 * of sight, or off the device (DESIGN §5: never cleared without the user's
 * word): what they are, what signing in does to them, and an export first.
 */
export function RefusedOnSwitchDialog({ warning, onContinue, onCancel }: { warning: RefusedOnSwitch; onContinue(): void; onCancel(): void }) {
  const { platform } = useWorkspace();
  const titleId = useId();
  const [saved, setSaved] = useState<string | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const { changes, owner, server, consequence } = warning;
  const n = changes.length;
  const host = new URL(server).host;

  const exportThem = async () => {
    setFailed(null);
    try {
      const where = await saveRefusedExport(platform, refusedExport(changes, owner, server));
      if (where) setSaved(where);
    } catch (error) {
      setFailed(error instanceof Error ? error.message : String(error));
    }
  };

  return (
    <Dialog open onClose={onCancel} aria-labelledby={titleId} maxWidth="sm" fullWidth>
      <DialogTitle id={titleId}>Refused changes on this device</DialogTitle>
      <DialogContent>
        <DialogContentText gutterBottom>
          {`The server ${host} refused ${n} ${many(n, 'change', 'changes')} ${owner} made on this device. ${many(n, 'It is', 'They are')} kept for ${owner} to correct or discard under Needs attention.`}
        </DialogContentText>
        <List dense aria-label="Refused changes">
          {changes.slice(0, SHOWN).map((change) => (
            <ListItem key={change.id ?? change.mutationId} disableGutters>
              <ListItemText primary={lineOf(change)} secondary={change.reason} />
            </ListItem>
          ))}
          {n > SHOWN && (
            <ListItem disableGutters>
              <ListItemText primary={`and ${n - SHOWN} more`} />
            </ListItem>
          )}
        </List>
        <DialogContentText>
          {consequence === 'removed'
            ? `Signing in as someone else removes ${many(n, 'it', 'them')} from this device. Export ${many(n, 'it', 'them')} first to keep a copy.`
            : `${many(n, 'It stays', 'They stay')} on this device, out of sight until ${owner} signs in to ${host} again. Export ${many(n, 'it', 'them')} first to keep a copy.`}
        </DialogContentText>
        {saved && (
          <Alert severity="success" sx={{ mt: 2 }}>
            Saved to {saved}.
          </Alert>
        )}
        {failed && (
          <Alert severity="error" role="alert" sx={{ mt: 2 }}>
            The export failed: {failed}
          </Alert>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel}>Cancel</Button>
        <Button onClick={() => void exportThem()}>Export refused changes</Button>
        <Button variant="contained" color={consequence === 'removed' ? 'error' : 'primary'} onClick={onContinue}>
          {consequence === 'removed' ? `Remove ${many(n, 'it', 'them')} and sign in` : 'Sign in'}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
