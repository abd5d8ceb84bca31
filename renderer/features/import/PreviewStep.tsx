import { Alert, Box, List, ListItem, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import type { Dispatch } from 'react';
import type { EntityName } from '../../../shared/domain/entities';
import { countOf } from '../../../shared/domain/text';
import { describeRowError, type DateOrder, type ImportStore, type ImportSummary, type ImportUser } from '../../../shared/import';
import { fieldLabel, fieldValueText } from '../../ui/value-text';
import { previewFields, previewRows, rowErrors, type ImportAction, type ImportDraft, type Planned, type PreviewRow } from './import-steps';
import { userName } from './import-users';
import { SelectField } from './SelectField';

const orderWords: Record<DateOrder, string> = {
  ymd: 'Year-month-day (2026-03-04)',
  mdy: 'Month/day/year (3/4/2026 is March 4)',
  dmy: 'Day/month/year (3/4/2026 is 3 April)',
};

const outcomeWords: Record<PreviewRow['outcome'], string> = {
  new: 'New',
  update: 'Update',
  unchanged: 'Unchanged',
  'possible-duplicate': 'Possible duplicate',
};

/** "The 4 rows to import, as they will be stored. 1 row of the file is left out: see the summary." */
const previewText = (shown: number, summary: ImportSummary): string => {
  const toImport = summary.rows - summary.skipped - summary.errors;
  const head = shown === toImport ? `The ${countOf(toImport, 'row')} to import, as they will be stored.` : `The first ${shown} of ${countOf(toImport, 'row')} to import, as they will be stored.`;
  const out = summary.skipped > 0 ? ` ${countOf(summary.skipped, 'row')} of the file ${summary.skipped === 1 ? 'is' : 'are'} left out (see the summary).` : '';
  return `${head}${out} Every row has been checked; nothing is written yet.`;
};

/** Values with no spaces to wrap at: they may break anywhere, so a long address does not widen the table. */
const unbroken = new Set(['website', 'email']);

/** Errors listed at most; the count says how many more. */
const ERRORS_SHOWN = 100;

/**
 * The first rows as they will be stored (our fields, in our words), the date
 * order to confirm when the file's dates read both ways, and every row's
 * problems, each naming its row, the file's column and our field.
 */
export function PreviewStep({ draft, planned, users, store, dispatch }: { draft: ImportDraft; planned: Planned; users: readonly ImportUser[]; store: ImportStore; dispatch: Dispatch<ImportAction> }) {
  const { mapping } = draft;
  if (!mapping) return null;
  const { plan, conversion } = planned;
  const fields = previewFields(mapping);
  const rows = previewRows(plan);
  const errors = rowErrors(plan);
  const { dateFormat } = conversion;
  const nameOf = (table: EntityName | 'users', id: string): string | undefined => {
    if (table === 'users') return userName(users, id);
    const records = (store as Record<string, readonly { id: string; name?: string; email?: string }[] | undefined>)[table];
    const found = records?.find((r) => r.id === id);
    if (found) return found.name ?? found.email;
    const planned = plan.rows.find((r) => r.outcome === 'new' && r.record.id === id);
    return planned ? 'A record of this file' : undefined;
  };
  const valueOf = (row: PreviewRow, field: string): unknown => ('record' in row ? (row.record as unknown as Record<string, unknown>)[field] : undefined) ?? row.fileValues[field];

  return (
    <Stack spacing={2}>
      {(dateFormat.ambiguous || draft.dateOrder) && dateFormat.candidates.length > 1 && (
        <Alert severity="warning">
          <Stack spacing={1}>
            <span>Every date in this file reads more than one way. Say how the file writes them:</span>
            <SelectField label="Dates in the file" value={draft.dateOrder ?? dateFormat.order} options={dateFormat.candidates.map((o) => [o, orderWords[o]] as const)} onChange={(o) => dispatch({ type: 'date-order', order: o as DateOrder })} width={340} />
          </Stack>
        </Alert>
      )}
      <Typography>{previewText(rows.length, plan.summary)}</Typography>
      <Box sx={{ overflowX: 'auto' }}>
        <Table size="small" aria-label="Preview">
          <TableHead>
            <TableRow>
              <TableCell>Row</TableCell>
              <TableCell>What happens</TableCell>
              {fields.map((field) => (
                <TableCell key={field}>{fieldLabel(field)}</TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((row) => (
              <TableRow key={row.rowNumber}>
                <TableCell>{row.rowNumber}</TableCell>
                <TableCell>{outcomeWords[row.outcome]}</TableCell>
                {fields.map((field) => (
                  <TableCell key={field} sx={{ maxWidth: 220, overflowWrap: unbroken.has(field) ? 'anywhere' : 'break-word', whiteSpace: field === 'externalId' ? 'nowrap' : undefined }}>
                    {valueOf(row, field) === undefined ? '' : fieldValueText(mapping.entity, field, valueOf(row, field), { nameOf })}
                  </TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Box>
      {errors.length === 0 ? (
        <Alert severity="success">No errors: every row can be imported as it stands.</Alert>
      ) : (
        <Alert severity="error">
          <Typography>
            {countOf(plan.summary.errors, 'row')} will not be imported ({countOf(errors.length, 'problem')}). To bring {plan.summary.errors === 1 ? 'it' : 'them'} in, fix the mappings (Back) or the file; the other rows import without {plan.summary.errors === 1 ? 'it' : 'them'}.
          </Typography>
          <List dense aria-label="Row errors">
            {errors.slice(0, ERRORS_SHOWN).map((error, i) => (
              <ListItem key={i} disableGutters>
                {describeRowError(error)}
              </ListItem>
            ))}
          </List>
          {errors.length > ERRORS_SHOWN && <Typography>…and {countOf(errors.length - ERRORS_SHOWN, 'more problem')}.</Typography>}
        </Alert>
      )}
    </Stack>
  );
}
