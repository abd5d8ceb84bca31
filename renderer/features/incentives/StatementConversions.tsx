import { Alert, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { formatRate, PROGRAM_CURRENCY } from '../../../shared/domain/currency';
import { formatCents } from '../../../shared/domain/money';
import type { IncentiveStatement } from '../../../shared/incentives';

/**
 * Under a statement's lines: every amount in another currency its lines
 * count, with the rate and quarter that converted it, so a reviewer can redo
 * each line's basis (€10,000 × 1.085 = $10,850); and what was left out for
 * want of a rate. Nothing shows for a statement all in the program currency.
 */
export function StatementConversions({ statement }: { statement: IncentiveStatement }) {
  const conversions = statement.conversions ?? [];
  const missing = statement.notConverted ?? [];
  const notKept = statement.conversionsNotKept ?? 0;
  if (conversions.length === 0 && missing.length === 0) return null;
  return (
    <>
      {missing.map((note) => (
        <Alert key={note} severity="warning">
          {note}. HQ enters rates under Program rules.
        </Alert>
      ))}
      {conversions.length > 0 && (
        <>
          <Typography variant="subtitle2">Converted to {PROGRAM_CURRENCY} at HQ&apos;s quarterly rates</Typography>
          <Table size="small" aria-label="Currency conversions">
            <TableHead>
              <TableRow>
                <TableCell>Record</TableCell>
                <TableCell>Amount</TableCell>
                <TableCell>Rate</TableCell>
                <TableCell align="right">In {PROGRAM_CURRENCY}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {conversions.flatMap((c) =>
                c.amounts.map((a) => (
                  <TableRow key={`${c.kind}/${c.recordId}/${a.what}`}>
                    <TableCell>
                      {c.label} · {a.what}
                    </TableCell>
                    <TableCell>{formatCents(a.originalCents, c.currency)}</TableCell>
                    <TableCell sx={{ fontFamily: 'monospace', fontSize: 13 }}>
                      × {formatRate(c.rateMillionths)} ({c.currency}→{PROGRAM_CURRENCY}, {c.quarter})
                    </TableCell>
                    <TableCell align="right">{formatCents(a.convertedCents)}</TableCell>
                  </TableRow>
                )),
              )}
            </TableBody>
          </Table>
          {notKept > 0 && (
            <Typography variant="body2" color="text.secondary">
              {notKept} more converted {notKept === 1 ? 'amount was' : 'amounts were'} counted in the lines but not kept with the closed statement.
            </Typography>
          )}
        </>
      )}
    </>
  );
}
