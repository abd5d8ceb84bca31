import { Button, Card, CardContent, Grid, MenuItem, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useStore } from 'zustand';
import type { Commitment } from '../../../shared/domain/activity';
import type { Partner } from '../../../shared/domain/partner';
import { quarterOf } from '../../../shared/domain/quarter';
import { useWorkspace } from '../../app/workspace-context';
import { words } from '../../ui/labels';
import { notify } from '../../ui/notifier';
import { RecordDialog } from '../../ui/RecordDialog';
import { today } from '../../ui/today';
import { usePartnerChildren } from '../../ui/use-records';

const commitmentStatuses = ['open', 'in-progress', 'done', 'missed'] as const;

/** datetime-local text ("2026-11-22T14:30") in the device's zone → an ISO instant. */
const instantOf = (local: string): string => (local ? new Date(local).toISOString() : '');
const localNow = (): string => {
  const d = new Date();
  d.setMinutes(d.getMinutes() - d.getTimezoneOffset());
  return d.toISOString().slice(0, 16);
};

/** Visit notes and the action items both sides agreed, each with an owner and a due date. */
export function ActivityTab({ partner }: { partner: Partner }) {
  const { repo, sync } = useWorkspace();
  const userId = useStore(sync, (s) => s.user?.id ?? 'local-user');
  const userName = useStore(sync, (s) => s.user?.displayName ?? '');
  const activities = usePartnerChildren('activities', partner.id);
  const commitments = usePartnerChildren('commitments', partner.id);
  const [dialog, setDialog] = useState<'note' | 'commitment' | null>(null);
  const sortedActivities = [...(activities ?? [])].sort((a, b) => b.occurredAt.localeCompare(a.occurredAt)).slice(0, 50);
  const sortedCommitments = [...(commitments ?? [])].sort((a, b) => a.dueOn.localeCompare(b.dueOn));
  const stamp = { partnerId: partner.id, territoryId: partner.territoryId };

  const setStatus = async (c: Commitment, status: Commitment['status']) => {
    await repo.update('commitments', c.id, { status });
    notify(`Commitment marked ${words(status).toLowerCase()}`, { undo: () => repo.update('commitments', c.id, { status: c.status }) });
  };

  return (
    <Grid container spacing={2}>
      <Grid size={{ xs: 12, lg: 6 }}>
        <Card variant="outlined">
          <CardContent>
            <Stack direction="row" sx={{ alignItems: 'center', mb: 1 }}>
              <Typography variant="h6" sx={{ flexGrow: 1 }}>
                Activity
              </Typography>
              <Button variant="contained" onClick={() => setDialog('note')}>
                Log visit or call
              </Button>
            </Stack>
            {sortedActivities.map((a) => (
              <Stack key={a.id} sx={{ py: 1, borderTop: 1, borderColor: 'divider' }}>
                <Typography variant="subtitle2">
                  {words(a.kind)} · {a.subject}
                </Typography>
                <Typography variant="caption" color="text.secondary">
                  {new Date(a.occurredAt).toLocaleString()}
                </Typography>
                {a.notes && (
                  <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
                    {a.notes}
                  </Typography>
                )}
              </Stack>
            ))}
          </CardContent>
        </Card>
      </Grid>
      <Grid size={{ xs: 12, lg: 6 }}>
        <Card variant="outlined">
          <CardContent>
            <Stack direction="row" sx={{ alignItems: 'center', mb: 1 }}>
              <Typography variant="h6" sx={{ flexGrow: 1 }}>
                Commitments
              </Typography>
              <Button variant="contained" onClick={() => setDialog('commitment')}>
                Add commitment
              </Button>
            </Stack>
            <Table size="small" aria-label="Commitments">
              <TableHead>
                <TableRow>
                  <TableCell>What</TableCell>
                  <TableCell>Owner</TableCell>
                  <TableCell>Due</TableCell>
                  <TableCell>Status</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {sortedCommitments.map((c) => (
                  <TableRow key={c.id}>
                    <TableCell>{c.description}</TableCell>
                    <TableCell>
                      {c.ownerName} ({c.ownerSide})
                    </TableCell>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>{c.dueOn}</TableCell>
                    <TableCell>
                      <TextField
                        select
                        size="small"
                        variant="standard"
                        value={c.status}
                        onChange={(e) => void setStatus(c, e.target.value as Commitment['status'])}
                        slotProps={{ htmlInput: { 'aria-label': `Status of ${c.description}` } }}
                      >
                        {commitmentStatuses.map((s) => (
                          <MenuItem key={s} value={s}>
                            {words(s)}
                          </MenuItem>
                        ))}
                      </TextField>
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </CardContent>
        </Card>
      </Grid>
      {dialog === 'note' && (
        <RecordDialog
          table="activities"
          title="Log an activity"
          saveLabel="Save note"
          fields={[
            { name: 'kind', label: 'Kind', options: (['visit', 'call', 'email', 'qbr', 'note'] as const).map((k) => [k, words(k)] as const), width: 4 },
            { name: 'occurredAt', label: 'When', kind: 'datetime', width: 8 },
            { name: 'subject', label: 'Subject', required: true },
            { name: 'notes', label: 'Notes', kind: 'multiline' },
          ]}
          initial={{ kind: 'visit', occurredAt: localNow(), subject: '', notes: '' }}
          toRecord={(d) => ({ ...stamp, kind: d.kind, occurredAt: instantOf(d.occurredAt ?? ''), authorUserId: userId, subject: d.subject, notes: d.notes ?? '' })}
          save={async (r) => {
            await repo.create('activities', r as never);
            notify('Activity logged');
          }}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog === 'commitment' && (
        <RecordDialog
          table="commitments"
          title="New commitment"
          fields={[
            { name: 'description', label: 'What was agreed', required: true, kind: 'multiline' },
            { name: 'ownerSide', label: 'Owner side', options: [['vendor', 'Vendor'], ['partner', 'Partner']], width: 4 },
            { name: 'ownerName', label: 'Owner', required: true, width: 8 },
            { name: 'dueOn', label: 'Due date', kind: 'date', width: 6 },
          ]}
          initial={{ description: '', ownerSide: 'vendor', ownerName: userName, dueOn: '' }}
          toRecord={(d) => ({
            ...stamp,
            description: d.description,
            ownerSide: d.ownerSide,
            ownerName: d.ownerName,
            dueOn: d.dueOn,
            // Reviewed in the quarter it falls due.
            quarter: quarterOf(d.dueOn && /^\d{4}-\d{2}-\d{2}$/.test(d.dueOn) ? d.dueOn : today()),
            status: 'open',
            activityId: null,
          })}
          save={async (r) => {
            await repo.create('commitments', r as never);
            notify('Commitment added');
          }}
          onClose={() => setDialog(null)}
        />
      )}
    </Grid>
  );
}
