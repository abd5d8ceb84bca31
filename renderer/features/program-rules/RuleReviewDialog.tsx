import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack, TextField, Typography } from '@mui/material';
import { useId, useState, type ReactNode } from 'react';
import { useFiscalCalendar } from '../../ui/use-fiscal-calendar';
import { closedQuartersText, reasonProblem } from './rule-review-reason';

export interface RuleReviewDialogProps {
  title: string;
  /** When the version takes effect and what stays under the version before, in one sentence. */
  intro: string;
  /** Closed quarters the version reaches: the save asks why. */
  closedQuarters: readonly string[];
  /** What reaching them means for these rules: "their tiers would read differently." */
  closedConsequence: string;
  saveLabel: string;
  /** False while the preview is still being worked out: nothing is saved unread. */
  ready: boolean;
  onBack(): void;
  /** Saves; a refusal comes back as its message and the dialog stays open. */
  onConfirm(reason: string): Promise<string | null>;
  /** The preview: what the version would change. */
  children: ReactNode;
}

/**
 * The step every rule version goes through before it is saved: what it would
 * change (the caller's preview), the reason when it reaches a closed quarter,
 * then Save or back to the rules as edited. Tier rules and incentive
 * programs both save through it.
 */
export function RuleReviewDialog({ title, intro, closedQuarters, closedConsequence, saveLabel, ready, onBack, onConfirm, children }: RuleReviewDialogProps) {
  const calendar = useFiscalCalendar();
  const titleId = useId();
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const confirm = async () => {
    const problem = reasonProblem(closedQuarters, reason, calendar);
    setReasonError(problem);
    if (problem) return;
    setSaving(true);
    const refused = await onConfirm(reason);
    setSaving(false);
    setFailure(refused);
  };

  return (
    <Dialog open onClose={onBack} maxWidth="md" fullWidth aria-labelledby={titleId}>
      <DialogTitle id={titleId}>{title}</DialogTitle>
      <DialogContent>
        <Stack spacing={2}>
          <Typography variant="body2">{intro}</Typography>
          {failure && <Alert severity="error">{failure}</Alert>}
          {closedQuarters.length > 0 && (
            <Stack spacing={1}>
              <Alert severity="warning">
                This version reaches {closedQuarters.length === 1 ? 'a closed quarter' : 'closed quarters'} ({closedQuartersText(closedQuarters, calendar)}): {closedConsequence} Their closed
                statements stay as they were. Say why; the history keeps it.
              </Alert>
              <TextField
                label="Reason for changing closed quarters"
                value={reason}
                onChange={(e) => setReason(e.target.value)}
                error={reasonError !== null}
                helperText={reasonError}
                multiline
                required
              />
            </Stack>
          )}
          {children}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onBack}>Back to editing</Button>
        <Button variant="contained" onClick={() => void confirm()} disabled={!ready || saving}>
          {saveLabel}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
