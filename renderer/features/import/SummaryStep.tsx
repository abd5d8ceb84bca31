import { Alert, FormControl, FormControlLabel, FormLabel, Radio, RadioGroup, Stack, Typography } from '@mui/material';
import type { Dispatch } from 'react';
import type { DuplicateCandidate, ImportPlan, ImportSummary } from '../../../shared/import';
import { decisionKey, decisionOf, duplicateRows, rowsToApply, type ImportAction, type ImportDraft } from './import-steps';
import { countsText } from './import-words';
import { formatCount } from '../../../shared/domain/text';

const counted: [keyof ImportSummary, string][] = [
  ['new', 'New'],
  ['updated', 'Updated'],
  ['unchanged', 'Unchanged'],
  ['skipped', 'Skipped'],
  ['errors', 'Errors'],
  ['possibleDuplicates', 'Possible duplicates'],
];

/** Skipped rows named at most; the rest are counted. */
const SKIPS_SHOWN = 20;

const why = (d: DuplicateCandidate): string => {
  const where = d.rowNumber === undefined ? d.name : `${d.name} (row ${d.rowNumber} of this file)`;
  switch (d.reason) {
    case 'domain':
      return `${where}: same website domain`;
    case 'near-same-name':
      return `${where}: near-same name${d.similarity === undefined ? '' : ` (${Math.round(d.similarity * 100)}% alike)`}`;
    case 'name':
      return `${where}: same name`;
    default:
      return `${where}: same ${d.reason.replace('-', ' ')}`;
  }
};

/** The dry run's counts, and each possible duplicate with its three choices: merge into the stored record, create new, or skip. */
export function SummaryStep({ draft, plan, undecided, dispatch }: { draft: ImportDraft; plan: ImportPlan; undecided: ImportPlan; dispatch: Dispatch<ImportAction> }) {
  const duplicates = duplicateRows(undecided);
  const open = plan.summary.possibleDuplicates;
  const skipped = plan.rows.flatMap((row) => (row.outcome === 'skipped' ? [row] : []));
  return (
    <Stack spacing={3}>
      <Stack direction="row" spacing={4} sx={{ flexWrap: 'wrap' }}>
        {counted.map(([key, label]) => (
          <Stack key={key} sx={{ alignItems: 'center' }}>
            <Typography variant="h4" component="p">
              {formatCount(plan.summary[key])}
            </Typography>
            <Typography color="text.secondary">{label}</Typography>
          </Stack>
        ))}
      </Stack>
      <Typography data-testid="import-summary">Dry run, nothing written yet: {countsText(plan.summary)}.</Typography>
      {rowsToApply(plan) === 0 && <Alert severity="warning">Nothing to apply: every row has an error or is left out. Go back to the mappings, or fix the file and choose it again.</Alert>}
      {skipped.length > 0 && (
        <Stack spacing={0.5}>
          <Typography variant="h6" component="h3">
            Left out
          </Typography>
          {skipped.slice(0, SKIPS_SHOWN).map((row) => (
            <Typography key={row.rowNumber} variant="body2">
              Row {row.rowNumber}: {row.reason}.
            </Typography>
          ))}
          {skipped.length > SKIPS_SHOWN && <Typography variant="body2">…and {skipped.length - SKIPS_SHOWN} more.</Typography>}
        </Stack>
      )}
      {duplicates.length > 0 && (
        <Stack spacing={2}>
          <Typography variant="h6" component="h3">
            Possible duplicates
          </Typography>
          {open > 0 && <Alert severity="info">A possible duplicate you leave undecided is skipped.</Alert>}
          {duplicates.map((row) => {
            if (row.outcome !== 'possible-duplicate') return null;
            const name = String((row.record as unknown as { name?: string }).name ?? `Row ${row.rowNumber}`);
            const stored = row.duplicates.filter((d) => d.rowNumber === undefined);
            return (
              <FormControl key={row.rowNumber}>
                <FormLabel id={`duplicate-${row.rowNumber}`}>
                  Row {row.rowNumber} ({name}) may be the same as {row.duplicates.map(why).join('; ')}
                </FormLabel>
                <RadioGroup
                  row
                  aria-labelledby={`duplicate-${row.rowNumber}`}
                  value={decisionKey(draft.decisions[row.rowNumber])}
                  onChange={(e) => {
                    const decision = decisionOf(e.target.value);
                    if (decision) dispatch({ type: 'decide', rowNumber: row.rowNumber, decision });
                  }}
                >
                  {stored.map((d) => (
                    <FormControlLabel key={d.id} value={`merge:${d.id}`} control={<Radio />} label={`Merge into ${d.name}`} />
                  ))}
                  <FormControlLabel value="create" control={<Radio />} label="Create new" />
                  <FormControlLabel value="skip" control={<Radio />} label="Skip" />
                </RadioGroup>
              </FormControl>
            );
          })}
        </Stack>
      )}
    </Stack>
  );
}
