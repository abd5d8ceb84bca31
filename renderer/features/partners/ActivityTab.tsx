import { Button, Card, CardContent, Chip, Grid, IconButton, Stack, Typography } from '@mui/material';
import { useMemo, useState } from 'react';
import { useStore } from 'zustand';
import type { Activity, Commitment } from '../../../shared/domain/activity';
import type { Partner } from '../../../shared/domain/partner';
import { useWorkspace } from '../../app/workspace-context';
import { dateTimeText } from '../../ui/dates';
import { words } from '../../ui/labels';
import { notify } from '../../ui/notifier';
import { RecordDialog } from '../../ui/RecordDialog';
import { currentQuarter, today } from '../../ui/today';
import { useFiscalCalendar } from '../../ui/use-fiscal-calendar';
import { usePartnerChildren } from '../../ui/use-records';
import { useRemove } from '../../ui/use-remove';
import { activityFields, activityForm } from './activity-form';
import { commitmentFields, commitmentForm } from './commitment-form';
import { ListTable } from '../../ui/ListTable';
import { commitmentColumns } from './commitment-columns';

type Editing = { kind: 'activity'; activity?: Activity } | { kind: 'commitment'; commitment?: Commitment };

/** Visit notes and the action items both sides agreed, each with an owner and a due date; each can be corrected or deleted. */
export function ActivityTab({ partner }: { partner: Partner }) {
  const { sync } = useWorkspace();
  const userId = useStore(sync, (s) => s.user?.id ?? 'local-user');
  const userName = useStore(sync, (s) => s.user?.displayName ?? '');
  const activities = usePartnerChildren('activities', partner.id);
  const commitments = usePartnerChildren('commitments', partner.id);
  const [editing, setEditing] = useState<Editing | null>(null);
  const calendar = useFiscalCalendar();
  const removeActivity = useRemove('activities', 'activity');
  const removeCommitment = useRemove('commitments', 'commitment');
  const sortedActivities = [...(activities ?? [])].sort((a, b) => b.occurredAt.localeCompare(a.occurredAt)).slice(0, 50);
  const sortedCommitments = useMemo(() => [...(commitments ?? [])].sort((a, b) => a.dueOn.localeCompare(b.dueOn)), [commitments]);
  const askRemoveCommitment = removeCommitment.ask;
  const commitmentList = useMemo(
    () =>
      commitmentColumns({
        statusVariant: 'standard',
        onEdit: (commitment) => setEditing({ kind: 'commitment', commitment }),
        onRemove: (c) => askRemoveCommitment(c.id, c.description),
      }),
    [askRemoveCommitment],
  );
  const close = () => setEditing(null);

  return (
    <Grid container spacing={2}>
      <Grid size={{ xs: 12, lg: 6 }}>
        <Card variant="outlined">
          <CardContent>
            <Stack direction="row" sx={{ alignItems: 'center', mb: 1 }}>
              <Typography variant="h6" sx={{ flexGrow: 1 }}>
                Activity
              </Typography>
              <Button variant="contained" onClick={() => setEditing({ kind: 'activity' })}>
                Log visit or call
              </Button>
            </Stack>
            <Stack component="ul" aria-label="Activities" sx={{ m: 0, p: 0, listStyle: 'none' }}>
              {sortedActivities.map((a) => (
                <Stack component="li" key={a.id} direction="row" aria-label={a.subject} sx={{ py: 1, borderTop: 1, borderColor: 'divider', alignItems: 'start' }}>
                  <Stack sx={{ flexGrow: 1, minWidth: 0 }}>
                    <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                      <Typography variant="subtitle2">
                        {words(a.kind)} · {a.subject}
                      </Typography>
                      {a.sharedWithPartner && <Chip size="small" color="info" variant="outlined" label="Shared" title="Shared with the partner: shown in their QBR pack" />}
                    </Stack>
                    <Typography variant="caption" color="text.secondary">
                      {dateTimeText(a.occurredAt)}
                    </Typography>
                    {a.notes && (
                      <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
                        {a.notes}
                      </Typography>
                    )}
                  </Stack>
                  <Button size="small" onClick={() => setEditing({ kind: 'activity', activity: a })} aria-label={`Edit ${a.subject}`}>
                    Edit
                  </Button>
                  <IconButton size="small" aria-label={`Delete ${a.subject}`} onClick={() => removeActivity.ask(a.id, a.subject)}>
                    ✕
                  </IconButton>
                </Stack>
              ))}
            </Stack>
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
              <Button variant="contained" onClick={() => setEditing({ kind: 'commitment' })}>
                Add commitment
              </Button>
            </Stack>
            <ListTable
              label="Commitments"
              rows={sortedCommitments}
              rowKey={(c) => c.id}
              columns={commitmentList}
              emptyText={commitments ? 'No commitments recorded with this partner yet' : 'Loading commitments…'}
            />
          </CardContent>
        </Card>
      </Grid>
      {editing?.kind === 'activity' && (
        <RecordDialog
          title={editing.activity ? 'Edit activity' : 'Log an activity'}
          saveLabel="Save note"
          fields={activityFields}
          spec={activityForm(partner, editing.activity, userId)}
          onSaved={() => notify(editing.activity ? 'Activity saved' : 'Activity logged')}
          onClose={close}
        />
      )}
      {editing?.kind === 'commitment' && (
        <RecordDialog
          title={editing.commitment ? 'Edit commitment' : 'New commitment'}
          fields={commitmentFields()}
          spec={commitmentForm(partner, editing.commitment, { ownerSide: 'vendor', ownerName: userName, dueOn: '', quarter: currentQuarter(calendar) }, today(), calendar)}
          onSaved={() => notify(editing.commitment ? 'Commitment saved' : 'Commitment added')}
          onClose={close}
        />
      )}
      {removeActivity.dialog}
      {removeCommitment.dialog}
    </Grid>
  );
}
