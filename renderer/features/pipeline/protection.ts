import type { Opportunity } from '../../../shared/domain/opportunity';
import { dateText } from '../../ui/dates';

/** Whole days from `from` to `to` (ISO dates), negative when `to` is earlier. */
export const daysBetween = (from: string, to: string): number =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/**
 * The deal registration's protection in words, as the pipeline table shows it:
 * "Protected until Nov 23, 2026 (1 day left)". `day` writes the dates; the
 * table sorts by the same words with ISO dates (`day: (iso) => iso`), so rows
 * under one phrase follow the calendar, not the month's name.
 */
export const protectionText = (o: Pick<Opportunity, 'registeredOn' | 'protectionEndsOn'>, today: string, day: (iso: string) => string = dateText): string => {
  if (!o.registeredOn) return 'Not registered';
  if (!o.protectionEndsOn) return `Registered ${day(o.registeredOn)}, no protection window`;
  const left = daysBetween(today, o.protectionEndsOn);
  if (left < 0) return `Protection ended ${day(o.protectionEndsOn)}`;
  return `Protected until ${day(o.protectionEndsOn)} (${left} ${left === 1 ? 'day' : 'days'} left)`;
};

/** The protection's words with ISO dates: what the registration column sorts by. */
export const protectionSortText = (o: Pick<Opportunity, 'registeredOn' | 'protectionEndsOn'>, today: string): string => protectionText(o, today, (iso) => iso);
