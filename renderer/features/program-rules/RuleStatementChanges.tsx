import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { formatCents } from '../../../shared/domain/money';
import { quarterText } from '../../../shared/domain/quarter';
import type { StatementChange } from '../../../shared/incentives/statement-impact';
import { useFiscalCalendar } from '../../ui/use-fiscal-calendar';

const signed = (cents: number): string => (cents < 0 ? `−${formatCents(-cents)}` : `+${formatCents(cents)}`);

/**
 * The open statements a rule version changes, each with its total now and
 * under the version, and what they change by together: the part of every
 * rule preview that speaks money (tier moves and program changes alike).
 */
export function RuleStatementChanges({ changes }: { changes: readonly StatementChange[] }) {
  const calendar = useFiscalCalendar();
  const total = changes.reduce((sum, s) => sum + s.differenceCents, 0);
  return (
    <>
      <Typography variant="subtitle1" component="h3">
        Open statements that change ({changes.length})
      </Typography>
      {changes.length === 0 ? (
        <Typography variant="body2">No open statement changes.</Typography>
      ) : (
        <>
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
              {changes.map((s) => (
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
          <Typography variant="body2" sx={{ fontWeight: 'bold' }}>
            Total difference: {signed(total)}
          </Typography>
        </>
      )}
    </>
  );
}
