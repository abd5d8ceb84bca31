import { Alert, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import type { Dispatch } from 'react';
import { cellText, importFields } from '../../../shared/import';
import { missingFields, type ImportAction, type ImportDraft } from './import-steps';
import { NONE, SelectField } from './SelectField';

/** Each of our fields with the file's column that fills it, pre-filled from the suggestion (or last time's mapping), and what the first row holds there. */
export function ColumnMappingStep({ draft, dispatch }: { draft: ImportDraft; dispatch: Dispatch<ImportAction> }) {
  const { file, mapping } = draft;
  if (!file || !mapping) return null;
  const headers = file.table.headers;
  const first = file.table.rows[0];
  const sample = (header: string | undefined) => (header === undefined || !first ? '' : cellText(first.cells[headers.indexOf(header)] ?? null));
  const options = [[NONE, '(not imported)'] as const, ...headers.map((h) => [h, h] as const)];
  const missing = missingFields(mapping);

  return (
    <Stack spacing={2}>
      <Typography>Which column of {file.fileName} fills each field. A field left out is not imported, and what is stored there stays as it is.</Typography>
      {draft.missing.length > 0 && (
        <Alert severity="warning">This file has no {draft.missing.map((h) => `"${h}"`).join(', ')} column, which the saved mapping used: choose another for those fields.</Alert>
      )}
      {missing.length > 0 && <Alert severity="error">Choose a column for {missing.join(', ')}: the records cannot be stored without it.</Alert>}
      <Table size="small" aria-label="Column mapping">
        <TableHead>
          <TableRow>
            <TableCell>Our field</TableCell>
            <TableCell>Column in the file</TableCell>
            <TableCell>First row</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {importFields[mapping.entity].map((spec) => {
            const header = mapping.fields[spec.field];
            return (
              <TableRow key={spec.field}>
                <TableCell>{spec.label}</TableCell>
                <TableCell>
                  <SelectField
                    hideLabel
                    label={spec.label}
                    value={header ?? NONE}
                    options={options}
                    onChange={(h) => dispatch({ type: 'map-column', field: spec.field, header: h === NONE ? null : h })}
                  />
                </TableCell>
                <TableCell sx={{ color: 'text.secondary', maxWidth: 320, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>{sample(header)}</TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </Stack>
  );
}
