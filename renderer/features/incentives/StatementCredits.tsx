import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { formatCents } from '../../../shared/domain/money';
import type { IncentiveStatement } from '../../../shared/incentives';
import { dateText } from '../../ui/dates';

/**
 * Under a statement's lines: the won deals it counts net of credit notes,
 * sold − credited = counted, with each note's day and reason, so a reviewer
 * sees why a line's basis is less than the deals' amounts. Nothing shows when
 * no deal of the quarter was credited.
 */
export function StatementCredits({ statement }: { statement: IncentiveStatement }) {
  const deals = statement.creditedDeals ?? [];
  if (deals.length === 0) return null;
  return (
    <>
      <Typography variant="subtitle2">Counted net of credit notes</Typography>
      <Table size="small" aria-label="Credit notes counted">
        <TableHead>
          <TableRow>
            <TableCell>Deal</TableCell>
            <TableCell>Credit notes</TableCell>
            <TableCell align="right">Sold</TableCell>
            <TableCell align="right">Credited</TableCell>
            <TableCell align="right">Counted</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {deals.map((deal) => (
            <TableRow key={deal.opportunityId}>
              <TableCell>{deal.customerName}</TableCell>
              <TableCell>{deal.creditNotes.map((n) => `${dateText(n.issuedOn)}: ${formatCents(n.amountCents)}, ${n.reason}`).join('; ')}</TableCell>
              <TableCell align="right">{formatCents(deal.soldCents)}</TableCell>
              <TableCell align="right">−{formatCents(deal.creditedCents)}</TableCell>
              <TableCell align="right">{formatCents(deal.soldCents - deal.creditedCents)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
}
