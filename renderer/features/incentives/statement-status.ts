import { dateText } from '../../../shared/domain/date-text';
import type { IncentiveStatementRecord, StatementStatus } from '../../../shared/domain/incentive-statement-record';

/** A statement's place in its lifecycle as a person reads it; no record is an open quarter. */
export const statementStatusText = (record: IncentiveStatementRecord | undefined): string => {
  if (!record) return 'Open — accruing';
  const closed = `Closed on ${dateText(record.closedAt)} by ${record.closedByName}`;
  // Who approved and when are the server's to write: a device that approved offline has not heard yet.
  const approved =
    record.approvedAt && record.approvedByName ? `Approved on ${dateText(record.approvedAt)} by ${record.approvedByName}` : 'Approved here; the server records who and when once it syncs';
  switch (record.status) {
    case 'closed':
      return closed;
    case 'approved':
      return `${approved} · ${closed}`;
    case 'paid':
      return `Paid on ${dateText(record.paidOn ?? '')} ref ${record.paymentReference ?? ''}${record.paidByName ? ` by ${record.paidByName}` : ''} · ${approved}`;
  }
};

export const statusLabels: Record<StatementStatus | 'open', string> = { open: 'Open', closed: 'Closed', approved: 'Approved', paid: 'Paid' };

/**
 * Why HQ cannot close a statement from here now, or null when it can: the
 * server computes and writes a closed statement, so closing needs it there
 * and then; and a quarter is closed only once it is over.
 */
export const closeBlocked = (quarter: { end: string }, today: string, server: { demo: boolean; offline: boolean }): string | null => {
  if (server.demo) return 'Closing a statement needs the HQ server; this demo workspace has none.';
  if (server.offline) return 'Closing a statement needs the HQ server, and this device is offline. Connect to close it.';
  if (quarter.end >= today) return `The quarter is not over: it ends on ${dateText(quarter.end)}.`;
  return null;
};
