import { Alert, Button, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import { PROGRAM_SETTINGS_ID, type ProgramSettings } from '../../../shared/domain/program-settings';
import { fiscalCalendarOf, quarterOf, quarterText, shiftQuarter } from '../../../shared/domain/quarter';
import { useWorkspace } from '../../app/workspace-context';
import { notify } from '../../ui/notifier';
import { today } from '../../ui/today';
import { useRecordForm } from '../../ui/use-record-form';
import { useRecord } from '../../ui/use-records';
import { fiscalYearForm, monthNames } from './fiscal-year-form';

/**
 * When the program's fiscal year starts: every quarter in metrics,
 * statements, plans and QBR packs follows it. Shown with what the choice
 * means in days, so HQ sees 2027-Q1 is February to April 2026 before saving.
 */
export function FiscalYearEditor() {
  const { reads } = useWorkspace();
  const stored = useRecord('programSettings', PROGRAM_SETTINGS_ID);
  const closed = useLiveQuery(async () => (await reads.list('incentiveStatements')).length, [reads]);
  if (stored === undefined || closed === undefined) return <Typography role="status">Loading program settings…</Typography>;
  return <FiscalYearForm stored={stored ?? undefined} closedStatements={closed} />;
}

function FiscalYearForm({ stored, closedStatements }: { stored: ProgramSettings | undefined; closedStatements: number }) {
  const form = useRecordForm(fiscalYearForm(stored, closedStatements), { follow: true });
  const chosen = fiscalCalendarOf({ fiscalYearStartMonth: Number(form.draft.fiscalYearStartMonth) });
  const current = quarterOf(today(), chosen);
  const save = async () => {
    if (await form.save()) notify('Fiscal year saved; every quarter follows it from now on', { severity: 'success' });
  };
  return (
    <Stack spacing={2} data-testid="fiscal-year-editor">
      <Typography variant="body2" color="text.secondary">
        Metrics, incentive statements, plans and QBR packs count quarters of the program&apos;s fiscal year. A fiscal year is named for the calendar year it
        ends in.
      </Typography>
      <TextField
        select
        name="fiscalYearStartMonth"
        label="Fiscal year starts in"
        value={form.draft.fiscalYearStartMonth}
        onChange={(e) => form.change('fiscalYearStartMonth', e.target.value)}
        error={form.errors.fiscalYearStartMonth !== undefined}
        helperText={form.errors.fiscalYearStartMonth}
        disabled={closedStatements > 0}
        sx={{ width: 320 }}
      >
        {monthNames.map((name, i) => (
          <MenuItem key={name} value={String(i + 1)}>
            {i === 0 ? 'January (calendar quarters)' : name}
          </MenuItem>
        ))}
      </TextField>
      {closedStatements > 0 && (
        <Typography variant="body2" color="text.secondary">
          Fixed once statements are closed ({closedStatements} are): their quarters would cover other days than the ones they were closed on.
        </Typography>
      )}
      <Typography variant="body2" data-testid="fiscal-year-preview">
        This quarter is {quarterText(current, chosen)}; the next is {quarterText(shiftQuarter(current, 1), chosen)}.
      </Typography>
      {form.banner && <Alert severity="error">{form.banner}</Alert>}
      <Button variant="contained" sx={{ alignSelf: 'start' }} onClick={() => void save()} disabled={form.saving || closedStatements > 0}>
        Save fiscal year
      </Button>
    </Stack>
  );
}
