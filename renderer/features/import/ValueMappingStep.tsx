import { Alert, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import type { Dispatch } from 'react';
import { countOf } from '../../../shared/domain/text';
import { cellText, choiceOptions, importFields, SKIP_ROW, type ImportUser } from '../../../shared/import';
import { choiceText } from '../../ui/value-text';
import { unmappedValueCount, type ImportAction, type ImportDraft } from './import-steps';
import { userName } from './import-users';
import { NONE, SelectField } from './SelectField';

/** Each picklist value found in the file with the value of ours it becomes, suggested where the CRM's meaning is known. */
export function ValueMappingStep({ draft, users, dispatch }: { draft: ImportDraft; users: readonly ImportUser[]; dispatch: Dispatch<ImportAction> }) {
  const { file, mapping, values } = draft;
  if (!file || !mapping) return null;
  const fields = Object.entries(values.fields).filter(([, byValue]) => Object.keys(byValue).length > 0);
  if (fields.length === 0) return <Typography>The mapped columns hold no picklist values: nothing to map here.</Typography>;
  const unmapped = unmappedValueCount(values);
  const rowsWith = (header: string, value: string) => file.table.rows.filter((r) => cellText(r.cells[file.table.headers.indexOf(header)] ?? null) === value).length;

  return (
    <Stack spacing={2}>
      <Typography>What each value in the file becomes here. "Leave these rows out" skips the rows that hold it (e.g. customers in an accounts export).</Typography>
      {unmapped > 0 && <Alert severity="warning">{countOf(unmapped, 'value')} not mapped yet: the rows holding them will be reported as errors until you choose.</Alert>}
      {fields.map(([field, byValue]) => {
        const label = importFields[mapping.entity].find((f) => f.field === field)?.label ?? field;
        const owner = field === 'ownerUserId';
        const ours = choiceOptions(mapping.entity, field, users).map((v) => [v, owner ? userName(users, v) : choiceText(v)] as const);
        const options = [[NONE, owner ? 'Not mapped: owned by you' : '(choose a value)'] as const, ...ours, ...(owner ? [] : [[SKIP_ROW, 'Leave these rows out'] as const])];
        return (
          <Table key={field} size="small" aria-label={`Values of ${label}`} sx={{ tableLayout: 'fixed' }}>
            <TableHead>
              <TableRow>
                <TableCell sx={{ width: '45%' }}>{label} in the file ({mapping.fields[field]})</TableCell>
                <TableCell sx={{ width: '10%' }}>Rows</TableCell>
                <TableCell>Becomes</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {Object.entries(byValue).map(([value, mapped]) => (
                <TableRow key={value}>
                  <TableCell>{value}</TableCell>
                  <TableCell>{rowsWith(mapping.fields[field]!, value)}</TableCell>
                  <TableCell>
                    <SelectField
                      hideLabel
                      label={`${label}: ${value}`}
                      value={mapped ?? NONE}
                      options={options}
                      onChange={(v) => dispatch({ type: 'map-value', field, value, ours: v === NONE ? null : v })}
                    />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        );
      })}
    </Stack>
  );
}
