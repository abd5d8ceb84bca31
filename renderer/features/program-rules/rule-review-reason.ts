import { quarterText, type FiscalCalendar } from '../../../shared/domain/quarter';

/** The closed quarters named as a person reads them: "2026-Q3 (Jul 1 – Sep 30, 2026)". */
export const closedQuartersText = (closedQuarters: readonly string[], calendar: FiscalCalendar): string => closedQuarters.map((q) => quarterText(q, calendar)).join(', ');

/**
 * Why a rule version may not be saved yet: one reaching a closed quarter is
 * saved only with the reason the history keeps (the server asks the same,
 * rule-change.ts). Null when it may be saved.
 */
export const reasonProblem = (closedQuarters: readonly string[], reason: string, calendar: FiscalCalendar): string | null =>
  closedQuarters.length > 0 && reason.trim() === '' ? `Reason is needed: this version reaches closed quarter ${closedQuartersText(closedQuarters, calendar)}` : null;
