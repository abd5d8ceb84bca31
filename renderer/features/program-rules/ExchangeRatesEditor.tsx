import { Alert, Button, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { currencyCodes, MAX_EXCHANGE_RATES, PROGRAM_CURRENCY } from '../../../shared/domain/currency';
import { PROGRAM_SETTINGS_ID, type ProgramSettings } from '../../../shared/domain/program-settings';
import { notify } from '../../ui/notifier';
import { useCurrentQuarter } from '../../ui/use-fiscal-calendar';
import { useRecordForm } from '../../ui/use-record-form';
import { useRecord } from '../../ui/use-records';
import { emptyRateRow, exchangeRatesForm, type RateRow } from './exchange-rates-form';

/**
 * HQ's quarterly exchange rates into the program currency: every statement,
 * plan, tier and metric converts a record in another currency at its
 * quarter's rate, and leaves it out, saying so, when there is none.
 */
export function ExchangeRatesEditor() {
  const stored = useRecord('programSettings', PROGRAM_SETTINGS_ID);
  if (stored === undefined) return <Typography role="status">Loading program settings…</Typography>;
  return <ExchangeRatesForm stored={stored ?? undefined} />;
}

const others = currencyCodes.filter((c) => c !== PROGRAM_CURRENCY);

function ExchangeRatesForm({ stored }: { stored: ProgramSettings | undefined }) {
  const form = useRecordForm(exchangeRatesForm(stored), { follow: true });
  const rows = form.draft.rows;
  const quarter = useCurrentQuarter();
  const setCell = (i: number, key: keyof RateRow, value: string) =>
    form.edit((d) => ({ rows: d.rows.map((r, j) => (j === i ? { ...r, [key]: value } : r)) }), `${i}.${key}`);
  const add = () => form.edit((d) => ({ rows: [...d.rows, { ...emptyRateRow(), quarter }] }), String(rows.length));
  // Removing a row shifts the rows after it, so every row's errors go stale.
  const remove = (i: number) => form.edit((d) => ({ rows: d.rows.filter((_, j) => j !== i) }), '');
  const save = async () => {
    if (await form.save()) notify('Exchange rates saved; statements and metrics convert with them from now on', { severity: 'success' });
  };
  const cell = (i: number, key: keyof RateRow) => ({
    error: form.errors[`${i}.${key}`] !== undefined,
    helperText: form.errors[`${i}.${key}`],
  });
  return (
    <Stack spacing={2} data-testid="exchange-rates-editor">
      <Typography variant="body2" color="text.secondary">
        The program currency is {PROGRAM_CURRENCY}, fixed: rule amounts, caps, bands, targets, statements and metrics are in it. A deal, investment or usage
        report in another currency converts at the rate of the quarter it counts in (a won or lost deal: its close quarter; an open deal: its created quarter;
        an investment: the quarter it was spent; a usage report: its own). Without a rate it is left out, and the statement says so. A rate is what one unit
        of the currency is worth in {PROGRAM_CURRENCY}, up to 6 decimals.
      </Typography>
      {rows.length === 0 && <Typography variant="body2">No rates yet: only {PROGRAM_CURRENCY} records count.</Typography>}
      {rows.map((row, i) => (
        <Stack key={i} direction="row" spacing={2} sx={{ alignItems: 'flex-start' }} data-testid="exchange-rate-row">
          <TextField label="Quarter" name={`quarter-${i}`} value={row.quarter} onChange={(e) => setCell(i, 'quarter', e.target.value)} placeholder="2026-Q3" sx={{ width: 140 }} {...cell(i, 'quarter')} />
          <TextField select label="Currency" name={`currency-${i}`} value={row.currency} onChange={(e) => setCell(i, 'currency', e.target.value)} sx={{ width: 140 }} {...cell(i, 'currency')}>
            {others.map((c) => (
              <MenuItem key={c} value={c}>
                {c}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            label={`Rate (${PROGRAM_CURRENCY} per unit)`}
            name={`rate-${i}`}
            value={row.rate}
            onChange={(e) => setCell(i, 'rate', e.target.value)}
            slotProps={{ htmlInput: { inputMode: 'decimal' } }}
            sx={{ width: 200 }}
            {...cell(i, 'rate')}
          />
          <Button aria-label={`Remove rate ${i + 1}`} onClick={() => remove(i)} sx={{ mt: 1 }}>
            Remove
          </Button>
        </Stack>
      ))}
      {form.banner && <Alert severity="error">{form.banner}</Alert>}
      <Stack direction="row" spacing={2}>
        <Button onClick={add} disabled={rows.length >= MAX_EXCHANGE_RATES}>
          Add a rate
        </Button>
        <Button variant="contained" onClick={() => void save()} disabled={form.saving}>
          Save exchange rates
        </Button>
      </Stack>
    </Stack>
  );
}
