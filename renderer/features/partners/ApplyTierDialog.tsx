import { Alert, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, LinearProgress, List, ListItem, ListItemText, Stack, TextField } from '@mui/material';
import { useId, useState } from 'react';
import { tierMovesText } from '../../../shared/calculators/tier';
import { TIER_REASON_MAX } from '../../../shared/domain/partner-tier';
import { countOf, formatCount } from '../../../shared/domain/text';
import { useWorkspace } from '../../app/workspace-context';
import { today } from '../../ui/today';
import { applyQualifiedTiers, type QualifiedTierMove, type TierApplyProgress, type TierApplyRefusal } from './apply-qualified-tier';

/** The refusals shown in full; past it the dialog says how many more. */
const LISTED_REFUSALS = 20;

const reasonProblem = (reason: string): string | null => {
  if (reason.trim() === '') return 'Reason is required: it is recorded in each partner’s tier history';
  if (reason.length > TIER_REASON_MAX) return `Reason must be at most ${TIER_REASON_MAX} characters`;
  return null;
};

/**
 * HQ's confirm step before the tier each partner qualifies for is applied:
 * how many partners and which moves, a required reason, then progress and
 * what was refused. One partner (from its page) or a whole list.
 */
export function ApplyTierDialog({ moves, onClose }: { moves: readonly QualifiedTierMove[]; onClose(): void }) {
  const { repo } = useWorkspace();
  const id = useId();
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [progress, setProgress] = useState<TierApplyProgress | null>(null);
  const [result, setResult] = useState<{ applied: number; refused: TierApplyRefusal[] } | null>(null);
  const running = progress !== null && result === null;

  const apply = async () => {
    const wrong = reasonProblem(reason);
    setProblem(wrong);
    if (wrong) return;
    setProgress({ done: 0, total: moves.length });
    setResult(await applyQualifiedTiers(repo, moves, reason, today(), setProgress));
  };

  const summary = tierMovesText(moves.map(({ partner, to }) => ({ from: partner.tier, to })));
  return (
    <Dialog open onClose={running ? undefined : onClose} maxWidth="sm" fullWidth aria-labelledby={`${id}-title`}>
      <DialogTitle id={`${id}-title`}>Apply the qualified tier</DialogTitle>
      <DialogContent>
        <Stack spacing={2}>
          <DialogContentText data-testid="tier-moves">{summary}</DialogContentText>
          <DialogContentText variant="body2">
            Each partner gets the tier it qualifies for today under the rules in force. The change and your reason go into its tier history; who made it is
            recorded when it syncs.
          </DialogContentText>
          <TextField
            label="Reason"
            required
            multiline
            minRows={2}
            value={reason}
            disabled={progress !== null}
            onChange={(event) => {
              setReason(event.target.value);
              setProblem(null);
            }}
            error={problem !== null}
            helperText={problem ?? 'For example: Q4 review, certifications lapsed'}
            slotProps={{ htmlInput: { 'aria-label': 'Reason' } }}
          />
          {progress && (
            <Stack spacing={0.5} role="status" aria-label="Progress">
              <LinearProgress variant="determinate" value={progress.total === 0 ? 100 : (100 * progress.done) / progress.total} />
              <DialogContentText variant="body2">
                {result ? 'Done' : 'Applying'}: {progress.done.toLocaleString('en-US')} of {countOf(progress.total, 'partner')}
              </DialogContentText>
            </Stack>
          )}
          {result && <Outcome result={result} />}
        </Stack>
      </DialogContent>
      <DialogActions>
        {result ? (
          <Button variant="contained" onClick={onClose}>
            Close
          </Button>
        ) : (
          <>
            <Button onClick={onClose} disabled={running}>
              Cancel
            </Button>
            <Button variant="contained" onClick={() => void apply()} disabled={running || moves.length === 0}>
              Apply to {countOf(moves.length, 'partner')}
            </Button>
          </>
        )}
      </DialogActions>
    </Dialog>
  );
}

function Outcome({ result }: { result: { applied: number; refused: TierApplyRefusal[] } }) {
  const { applied, refused } = result;
  return (
    <>
      <Alert severity={refused.length === 0 ? 'success' : 'warning'}>
        Applied to {countOf(applied, 'partner')}.{refused.length > 0 && ` ${countOf(refused.length, 'partner was', 'partners were')} not changed:`}
      </Alert>
      {refused.length > 0 && (
        <List dense disablePadding aria-label="Not changed">
          {refused.slice(0, LISTED_REFUSALS).map((r) => (
            <ListItem key={r.partnerId} disableGutters>
              <ListItemText primary={r.partnerName} secondary={r.reason} />
            </ListItem>
          ))}
          {refused.length > LISTED_REFUSALS && <ListItem disableGutters>and {formatCount(refused.length - LISTED_REFUSALS)} more</ListItem>}
        </List>
      )}
    </>
  );
}
