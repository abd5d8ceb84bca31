import type { ExchangeRate } from '../../../shared/domain/currency';
import { dealsInProgramCurrency, notConvertedNotes } from '../../../shared/domain/in-program-currency';
import { formatCents } from '../../../shared/domain/money';
import type { Opportunity } from '../../../shared/domain/opportunity';
import type { FiscalCalendar } from '../../../shared/domain/quarter';

/**
 * The deals' total in the program currency, at HQ's quarterly rates, and what
 * it left out: "$52,000 (1 EUR deal not counted: no EUR rate for 2026-Q4)".
 * Adding a euro amount to dollars as it stands would be the silent mistake.
 */
export const pipelineTotalText = (deals: readonly Opportunity[], rates: readonly ExchangeRate[] | undefined, calendar: FiscalCalendar): string => {
  const converted = dealsInProgramCurrency(deals, rates, calendar);
  const total = formatCents(converted.records.reduce((sum, o) => sum + o.amountCents, 0));
  const notes = notConvertedNotes(converted.notConverted);
  return notes.length > 0 ? `${total} (${notes.join('; ')})` : total;
};
