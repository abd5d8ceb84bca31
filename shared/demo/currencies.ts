import { GLOBAL_TERRITORY } from '../domain/common';
import type { CurrencyCode, ExchangeRate } from '../domain/currency';
import type { Opportunity } from '../domain/opportunity';
import { PROGRAM_SETTINGS_ID, type ProgramSettings } from '../domain/program-settings';
import { inRange, shiftQuarter, type QuarterRange } from '../domain/quarter';
import { DEFAULT_BRANDING } from '../qbr/branding';

/**
 * HQ's rates into US dollars for the asOf quarter and the three before it,
 * newest first, so every demo deal in euros or pounds converts (a missing
 * rate is shown by the tests and by deleting one under Program rules).
 */
const RATES: Record<'EUR' | 'GBP', readonly (number | null)[]> = {
  EUR: [1_092_000, 1_085_000, 1_078_500, 1_071_000],
  GBP: [1_268_000, 1_271_500, 1_265_000, 1_258_250],
};

export const demoExchangeRates = (current: QuarterRange): ExchangeRate[] =>
  (Object.keys(RATES) as ('EUR' | 'GBP')[]).flatMap((currency) =>
    RATES[currency].flatMap((rateMillionths, back) => (rateMillionths === null ? [] : [{ quarter: shiftQuarter(current.label, -back), currency, rateMillionths }])),
  );

/** The program settings HQ has in the demo: the packs' default branding and the quarterly rates. */
export const demoProgramSettings = (current: QuarterRange, asOf: string, fiscalYearStartMonth?: number): ProgramSettings => ({
  id: PROGRAM_SETTINGS_ID,
  territoryId: GLOBAL_TERRITORY,
  updatedAt: `${asOf}T08:00:00.000Z`,
  deleted: false,
  vendorName: DEFAULT_BRANDING.name,
  logoDataUrl: null,
  primaryColor: `#${DEFAULT_BRANDING.primaryColor}`,
  accentColor: `#${DEFAULT_BRANDING.accentColor}`,
  exchangeRates: demoExchangeRates(current),
  ...(fiscalYearStartMonth !== undefined && fiscalYearStartMonth !== 1 && { fiscalYearStartMonth }),
});

/** Which partners sell in another currency, by place in the territory: a few, so most of the demo reads in dollars. */
const currencyAt = (place: number): CurrencyCode | null => (place % 10 === 3 ? 'EUR' : place % 10 === 7 ? 'GBP' : null);

/**
 * A European partner's deals of the last complete quarter and this one are
 * in its currency (the amounts as generated, now in euros or pounds), so its
 * statements convert them at HQ's rates. Picked by place and quarter, never
 * drawn: a draw here would shift every record made after it.
 */
export const withDealCurrencies = (deals: readonly Opportunity[], place: number, quarters: { previous: QuarterRange; current: QuarterRange }): Opportunity[] => {
  const currency = currencyAt(place);
  if (!currency) return [...deals];
  const recent = (day: string) => inRange(day, { start: quarters.previous.start, end: quarters.current.end });
  return deals.map((o) => (o.partnerId !== null && (recent(o.createdOn) || recent(o.closeOn)) ? { ...o, currency } : o));
};
