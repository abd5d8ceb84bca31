import { Alert, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import type { Dispatch } from 'react';
import { cellText, importFields, newRecordDefaults, type DefaultValue, type ImportEntity } from '../../../shared/import';
import { choiceText } from '../../ui/value-text';
import { missingFieldNames, missingFields, type ImportAction, type ImportDraft } from './import-steps';
import { NONE, SelectField } from './SelectField';

const ruleWords: Record<Extract<DefaultValue, { rule: string }>['rule'], string> = {
  you: 'you',
  today: "the import's date",
  derived: "set from the row's dates",
  empty: 'left empty',
};

/** What a new record gets in a field no column fills, in words: "New records: Registered". */
const defaultText = (value: DefaultValue | undefined): string => {
  if (!value) return 'New records: left empty';
  if ('rule' in value) return `New records: ${ruleWords[value.rule]}`;
  const shown = typeof value.value === 'boolean' ? (value.value ? 'Yes' : 'No') : typeof value.value === 'string' ? choiceText(value.value) : String(value.value);
  return `New records: ${shown}`;
};

/** Each of our fields with the file's column that fills it, pre-filled from the suggestion (or last time's mapping), and what the first row holds there. */
export function ColumnMappingStep({ draft, dispatch }: { draft: ImportDraft; dispatch: Dispatch<ImportAction> }) {
  const { file, mapping } = draft;
  if (!file || !mapping) return null;
  const headers = file.table.headers;
  const first = file.table.rows[0];
  const sample = (header: string | undefined) => (header === undefined || !first ? '' : cellText(first.cells[headers.indexOf(header)] ?? null));
  const options = [[NONE, '(not imported)'] as const, ...headers.map((h) => [h, h] as const)];
  const missing = missingFields(mapping);
  const defaults = newRecordDefaults(mapping.entity);
  const required = missingFieldNames(mapping);
  // What the line says when no column fills the field: a required one asks for a column; one that only finds
  // records (an id, a name to look the partner up by) stores nothing of its own; any other says what new records get.
  const unfilled = (spec: (typeof importFields)[ImportEntity][number]): string =>
    required.has(spec.field) ? 'Required: choose a column' : spec.kind === 'reference' || spec.field === 'externalId' || spec.field === 'firstName' || spec.field === 'lastName' ? '' : defaultText(defaults[spec.field]);

  return (
    <Stack spacing={2}>
      <Typography>Which column of {file.fileName} fills each field. A field left out is not imported: what is stored there stays as it is, and new records get the value shown.</Typography>
      {draft.missing.length > 0 && (
        <Alert severity="warning">This file has no {draft.missing.map((h) => `"${h}"`).join(', ')} column, which the saved mapping used: choose another for those fields.</Alert>
      )}
      {missing.length > 0 && <Alert severity="error">Choose a column for {missing.join(', ')}: the records cannot be stored without it.</Alert>}
      <Table size="small" aria-label="Column mapping">
        <TableHead>
          <TableRow>
            <TableCell>Our field</TableCell>
            <TableCell>Column in the file</TableCell>
            <TableCell>First row, or what new records get</TableCell>
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
                <TableCell sx={{ color: 'text.secondary', maxWidth: 320, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', ...(header === undefined && { fontStyle: 'italic' }) }}>
                  {header === undefined ? unfilled(spec) : sample(header)}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </Stack>
  );
}
