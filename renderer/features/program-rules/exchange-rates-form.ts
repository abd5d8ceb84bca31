import { formatRate, MAX_RATE_MILLIONTHS, parseRate, RATE_SCALE, type ExchangeRate } from '../../../shared/domain/currency';
import type { ProgramSettings } from '../../../shared/domain/program-settings';
import { fieldError, type FieldError } from '../../../shared/domain/validation';
import type { FieldErrors } from '../../ui/form-state';
import type { RecordFormSpec } from '../../ui/record-form';
import { programSettingsFields } from './program-settings-fields';

/** One row as typed: the quarter, the currency, and the rate as a decimal ("1.085"). */
export interface RateRow {
  quarter: string;
  currency: string;
  rate: string;
}
export interface ExchangeRatesDraft {
  rows: RateRow[];
}

export const emptyRateRow = (): RateRow => ({ quarter: '', currency: 'EUR', rate: '' });

const rowOf = (r: ExchangeRate): RateRow => ({ quarter: r.quarter, currency: r.currency, rate: formatRate(r.rateMillionths) });

// A rate that is no decimal cannot reach the schema as one; it goes as NaN and `check` names it in the units typed.
const rateOf = (row: RateRow): ExchangeRate => ({ quarter: row.quarter.trim(), currency: row.currency as ExchangeRate['currency'], rateMillionths: parseRate(row.rate) ?? Number.NaN });

/** The schema's paths (`exchangeRates.2.rateMillionths`) → the row's cell (`2.rate`). */
const inputErrors = (errors: FieldErrors): FieldErrors =>
  Object.fromEntries(Object.entries(errors).map(([path, message]) => [path.replace(/^exchangeRates\./, '').replace(/\.rateMillionths$/, '.rate'), message]));

/**
 * HQ's quarterly exchange rates, kept in the one program-settings record like
 * the deal credit: the first save makes the record with the default branding.
 * A rate is typed as a decimal with up to six places and told in those units
 * ("must be more than 0"), never in the millionths it is stored as.
 */
export const exchangeRatesForm = (stored: ProgramSettings | undefined): RecordFormSpec<'programSettings', ExchangeRatesDraft> => ({
  table: 'programSettings',
  record: stored,
  draftOf: (s) => ({ rows: (s?.exchangeRates ?? []).map(rowOf) }),
  toRecord: (d, opened) => {
    const exchangeRates = d.rows.map(rateOf);
    return programSettingsFields(opened, { exchangeRates });
  },
  // A record saved before rates existed reads as none, and saving none unchanged writes nothing.
  image: (s) => ({ exchangeRates: s.exchangeRates ?? [] }),
  shownFields: ['exchangeRates'],
  inputErrors,
  check: (_fields, { draft }) =>
    draft.rows.flatMap((row, i): FieldError[] => {
      const field = `exchangeRates.${i}.rateMillionths`;
      if (row.rate.trim() === '') return [fieldError(field, 'is required')];
      const rate = parseRate(row.rate);
      if (rate === undefined) return [fieldError(field, 'must be a number with at most 6 decimals, such as 1.085')];
      if (rate <= 0) return [fieldError(field, 'must be more than 0')];
      if (rate > MAX_RATE_MILLIONTHS) return [fieldError(field, `must be at most ${MAX_RATE_MILLIONTHS / RATE_SCALE}`)];
      return [];
    }),
});
