import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import type { TierMove } from '../../../shared/calculators/tier/impact-preview';
import { formatCents } from '../../../shared/domain/money';
import { quarterText } from '../../../shared/domain/quarter';
import type { TierRuleSet } from '../../../shared/domain/tier-rules';
import { dateText } from '../../ui/dates';
import { tierLabels } from '../../ui/labels';
import { useFiscalCalendar } from '../../ui/use-fiscal-calendar';
import { useTierImpact } from './use-tier-impact';

export interface TierImpactDialogProps {
  title: string;
  proposed: TierRuleSet;
  /** The version the quarters before the proposal stay under, if any. */
  previous: TierRuleSet | undefined;
  /** Closed quarters the proposal reaches: the save asks why. */
  closedQuarters: readonly string[];
  onBack(): void;
  /** Saves; a refusal comes back as its message and the dialog stays open. */
  onConfirm(reason: string): Promise<string | null>;
}

const signed = (cents: number): string => (cents < 0 ? `−${formatCents(-cents)}` : `+${formatCents(cents)}`);

function MovesTable({ label, moves }: { label: string; moves: readonly TierMove[] }) {
  if (moves.length === 0) return null;
  return (
    <Stack spacing={1}>
      <Typography variant="subtitle1" component="h3">
        {label} ({moves.length})
      </Typography>
      <Table size="small" aria-label={label}>
        <TableHead>
          <TableRow>
            <TableCell>Partner</TableCell>
            <TableCell>Tier now → under this version</TableCell>
            <TableCell>What decided</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {moves.map((m) => (
            <TableRow key={m.partnerId}>
              <TableCell>{m.partnerName}</TableCell>
              <TableCell>
                {tierLabels[m.from]} → {tierLabels[m.to]}
              </TableCell>
              <TableCell>{m.decidedBy}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Stack>
  );
}

/**
 * What a tier-rule version would change, read before it is saved: the
 * partners whose tier moves and why, and the open statements that change with
 * them and by how much. The user saves or goes back to the table as edited.
 */
export function TierImpactDialog({ title, proposed, previous, closedQuarters, onBack, onConfirm }: TierImpactDialogProps) {
  const calendar = useFiscalCalendar();
  const impact = useTierImpact(proposed);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const confirm = async () => {
    if (closedQuarters.length > 0 && reason.trim() === '') {
      setReasonError(`Reason is needed: this version reaches closed quarter ${closedQuarters.map((q) => quarterText(q, calendar)).join(', ')}`);
      return;
    }
    setSaving(true);
    const refused = await onConfirm(reason);
    setSaving(false);
    setFailure(refused);
  };

  return (
    <Dialog open onClose={onBack} maxWidth="md" fullWidth aria-labelledby="tier-impact-title">
      <DialogTitle id="tier-impact-title">{title}</DialogTitle>
      <DialogContent>
        <Stack spacing={2}>
          <Typography variant="body2">
            Takes effect {dateText(proposed.effectiveFrom)}
            {previous ? `; the quarters before stay under version ${previous.version}` : ''}.
          </Typography>
          {failure && <Alert severity="error">{failure}</Alert>}
          {closedQuarters.length > 0 && (
            <Stack spacing={1}>
              <Alert severity="warning">
                This version reaches {closedQuarters.length === 1 ? 'a closed quarter' : 'closed quarters'} ({closedQuarters.map((q) => quarterText(q, calendar)).join(', ')}): their tiers would
                read differently. Their closed statements stay as they were. Say why; the history keeps it.
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
          {!impact ? (
            <Typography role="status">Working out what changes…</Typography>
          ) : (
            <>
              <Typography variant="body2" role="status">
                {impact.tiers.assessed} partners assessed for {quarterText(impact.tiers.quarter, calendar)} on {dateText(impact.tiers.asOf)}:{' '}
                {impact.tiers.up.length + impact.tiers.down.length === 0
                  ? 'no partner changes tier.'
                  : `${impact.tiers.up.length} move up, ${impact.tiers.down.length} move down.`}
              </Typography>
              <MovesTable label="Partners moving up" moves={impact.tiers.up} />
              <MovesTable label="Partners moving down" moves={impact.tiers.down} />
              <Typography variant="subtitle1" component="h3">
                Open statements that change ({impact.statements.length})
              </Typography>
              {impact.statements.length === 0 ? (
                <Typography variant="body2">No open statement changes.</Typography>
              ) : (
                <Table size="small" aria-label="Open statements that change">
                  <TableHead>
                    <TableRow>
                      <TableCell>Partner</TableCell>
                      <TableCell>Quarter</TableCell>
                      <TableCell align="right">Now</TableCell>
                      <TableCell align="right">Under this version</TableCell>
                      <TableCell align="right">Difference</TableCell>
                    </TableRow>
                  </TableHead>
                  <TableBody>
                    {impact.statements.map((s) => (
                      <TableRow key={`${s.partnerId}|${s.quarter}`}>
                        <TableCell>{s.partnerName}</TableCell>
                        <TableCell>{quarterText(s.quarter, calendar)}</TableCell>
                        <TableCell align="right">{formatCents(s.beforeCents)}</TableCell>
                        <TableCell align="right">{formatCents(s.afterCents)}</TableCell>
                        <TableCell align="right">{signed(s.differenceCents)}</TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              )}
            </>
          )}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onBack}>Back to editing</Button>
        <Button variant="contained" onClick={() => void confirm()} disabled={!impact || saving}>
          Save version {proposed.version}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
