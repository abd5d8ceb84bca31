import type { Opportunity } from '../domain/opportunity';
import { isProtectedOn } from './conflicts';
import { protectedUntil } from './lifecycle';

/** How far ahead the pipeline warns of a protection window about to end. */
export const PROTECTION_WARNING_DAYS = 14;

const dayNumber = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

/**
 * Registrations still protected today whose window ends within `days` (the
 * last day counts as protected): the ones a manager must close, extend or
 * let go this fortnight. Soonest first.
 */
export const protectionEndingSoon = (deals: readonly Opportunity[], today: string, days = PROTECTION_WARNING_DAYS): Opportunity[] =>
  deals
    .filter((o) => !o.deleted && isProtectedOn(o, today) && dayNumber(protectedUntil(o)!) - dayNumber(today) <= days)
    .sort((a, b) => protectedUntil(a)!.localeCompare(protectedUntil(b)!) || a.customerName.localeCompare(b.customerName));
