import { Alert, Button, Chip, Stack, Tooltip, Typography } from '@mui/material';
import { useState } from 'react';
import { useStore } from 'zustand';
import type { IncentiveStatementRecord } from '../../../shared/domain/incentive-statement-record';
import type { Partner } from '../../../shared/domain/partner';
import { quarterRange } from '../../../shared/domain/quarter';
import { useWorkspace } from '../../app/workspace-context';
import { notify } from '../../ui/notifier';
import { today } from '../../ui/today';
import { useFiscalCalendar } from '../../ui/use-fiscal-calendar';
import { MarkPaidDialog } from './MarkPaidDialog';
import { closeBlocked, statementStatusText, statusLabels } from './statement-status';

/** A button HQ cannot use now, with the reason said beside it rather than only on hover. */
function Blocked({ label, reason }: { label: string; reason: string }) {
  return (
    <Tooltip title={reason}>
      <span>
        <Button variant="outlined" disabled>
          {label}
        </Button>
      </span>
    </Tooltip>
  );
}

/**
 * Where a partner's statement stands (open, closed, approved, paid) and, for
 * HQ, the next step: closing is the server's act (it freezes the statement
 * from its own records), approving and paying are HQ's own changes, synced
 * like any other and checked by the server.
 */
export function StatementLifecycle({ partner, quarter, record }: { partner: Partner; quarter: string; record: IncentiveStatementRecord | undefined }) {
  const { repo, sync, hq, demo } = useWorkspace();
  const role = useStore(sync, (s) => s.user?.role);
  const offline = useStore(sync, (s) => s.state.kind === 'offline');
  const [paying, setPaying] = useState(false);
  const [closing, setClosing] = useState(false);
  const status = record?.status ?? 'open';
  const calendar = useFiscalCalendar();

  const close = async () => {
    if (!hq) return;
    setClosing(true);
    try {
      const answer = await hq.closeStatement(partner.id, quarter);
      const refused = answer.refused[0];
      if (refused) notify(`The statement was not closed: ${refused.reason}`, { severity: 'error' });
      else notify(answer.alreadyClosed.length > 0 ? `${quarter} was already closed.` : `${partner.name}'s ${quarter} statement is closed.`);
    } catch (error) {
      notify(`The statement was not closed: ${(error as Error).message}`, { severity: 'error' });
    } finally {
      setClosing(false);
    }
  };
  const approve = async () => {
    if (!record) return;
    try {
      // Laid on what the screen showed: only the status goes up, and the server writes who and when.
      await repo.update('incentiveStatements', record.id, { ...record, status: 'approved' }, { opened: record });
      notify(`${partner.name}'s ${quarter} statement is approved.`);
    } catch (error) {
      notify(`The statement was not approved: ${(error as Error).message}`, { severity: 'error' });
    }
  };
  const pay = async (paidOn: string, paymentReference: string) => {
    if (!record) return;
    await repo.update('incentiveStatements', record.id, { ...record, status: 'paid', paidOn, paymentReference }, { opened: record });
    setPaying(false);
    notify(`${partner.name}'s ${quarter} statement is marked paid.`);
  };

  const blocked = closeBlocked(quarterRange(quarter, calendar), today(), { demo: demo || !hq, offline });
  return (
    <Stack spacing={1}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <Chip label={statusLabels[status]} color={status === 'paid' ? 'success' : status === 'open' ? 'default' : 'primary'} size="small" />
        <Typography variant="body2" data-testid="statement-status">
          {statementStatusText(record)}
        </Typography>
        <span style={{ flexGrow: 1 }} />
        {role === 'hq' && status === 'open' && (blocked ? <Blocked label="Close statement" reason={blocked} /> : (
          <Button variant="outlined" onClick={() => void close()} disabled={closing}>
            Close statement
          </Button>
        ))}
        {role === 'hq' && status === 'closed' && (
          <Button variant="outlined" onClick={() => void approve()}>
            Approve
          </Button>
        )}
        {role === 'hq' && status === 'approved' && (
          <Button variant="outlined" onClick={() => setPaying(true)}>
            Mark paid
          </Button>
        )}
      </Stack>
      {role === 'hq' && status === 'open' && blocked && (
        <Typography variant="caption" color="text.secondary">
          {blocked}
        </Typography>
      )}
      {record && (
        <Alert severity="info" variant="outlined">
          This is the statement as it was closed. Later edits to its deals or to the programs do not change it: they appear as adjustment lines on the next open quarter’s statement.
        </Alert>
      )}
      {paying && <MarkPaidDialog open onPaid={pay} onCancel={() => setPaying(false)} />}
    </Stack>
  );
}
