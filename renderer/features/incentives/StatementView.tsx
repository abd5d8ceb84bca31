import { Alert, Stack, Table, TableBody, TableCell, TableFooter, TableHead, TableRow, Typography } from '@mui/material';
import type { IncentiveStatement } from '../../../shared/incentives';
import { signedCents } from '../../../shared/incentives/signed-cents';
import { dateText } from '../../ui/dates';
import { StatementConversions } from './StatementConversions';
import { StatementCredits } from './StatementCredits';

/** A statement a manager can redo by hand: every line's basis, rate and arithmetic, then what reaches the next band. */
export function StatementView({ statement }: { statement: IncentiveStatement }) {
  const payerWords = statement.payer === 'vendor' ? 'Vendor pays the partner' : 'Partner owes the vendor (royalties)';
  return (
    <Stack spacing={2}>
      <Typography variant="body2" color="text.secondary">
        {statement.programs.length === 0
          ? `No incentive program for this partner type is in force in ${statement.quarter}.`
          : `${payerWords} · ${statement.programs.map((p) => `${p.name} (${dateText(p.from)} – ${dateText(p.to)})`).join(', ')}`}
      </Typography>
      <Table size="small" aria-label="Incentive statement">
        <TableHead>
          <TableRow>
            <TableCell>Line</TableCell>
            <TableCell>Basis</TableCell>
            <TableCell>Rate or band</TableCell>
            <TableCell>Calculation</TableCell>
            <TableCell align="right">Amount</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {statement.lines.map((line) => (
            <TableRow key={line.key}>
              <TableCell>{line.label}</TableCell>
              <TableCell>{line.basis.description}</TableCell>
              <TableCell>{line.rate}</TableCell>
              <TableCell sx={{ fontFamily: 'monospace', fontSize: 13 }}>{line.calculation}</TableCell>
              <TableCell align="right">{signedCents(line.amountCents)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
        <TableFooter>
          <TableRow>
            <TableCell colSpan={4}>Total</TableCell>
            <TableCell align="right" sx={{ fontWeight: 600 }}>
              {signedCents(statement.totalCents)}
            </TableCell>
          </TableRow>
        </TableFooter>
      </Table>
      <StatementCredits statement={statement} />
      <StatementConversions statement={statement} />
      {statement.bandPreviews.map((preview) => (
        <Alert key={`${preview.programId}/${preview.ruleKind}`} severity={preview.next ? 'info' : 'success'}>
          <strong>{preview.label}</strong> — now in {preview.currentBand}. {preview.next ? preview.next.message : 'Top band reached.'}
        </Alert>
      ))}
      {statement.skippedRules.map((s) => (
        <Typography key={`${s.programId}/${s.ruleKind}`} variant="caption" color="text.secondary">
          {s.reason}
        </Typography>
      ))}
    </Stack>
  );
}
