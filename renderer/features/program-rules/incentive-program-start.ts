import { dateText } from '../../../shared/domain/date-text';
import type { IncentiveProgram } from '../../../shared/domain/incentive-program';
import { dayBefore, quarterOf, quarterRange, type FiscalCalendar } from '../../../shared/domain/quarter';
import { versionNumber } from './incentive-program-versions';

/**
 * The day a change of `latest` takes effect unless HQ picks another: the open
 * quarter's first day, so the quarters before stay as they were paid. A
 * version not in force yet changes from its own start (in place); one that
 * ended before the open quarter, from the first day of the quarter it ended
 * in (a correction of its last quarter), never before its own start.
 */
export const defaultTakesEffect = (latest: IncentiveProgram, openQuarterStart: string, calendar: FiscalCalendar): string => {
  const ended = latest.effectiveTo !== null && latest.effectiveTo < openQuarterStart;
  const day = ended ? quarterRange(quarterOf(latest.effectiveTo!, calendar), calendar).start : openQuarterStart;
  return day > latest.effectiveFrom ? day : latest.effectiveFrom;
};

/** What a change taking effect on `from` does to the version it follows, said under the date before it is saved; nothing for a day the check refuses. */
export const versionStartNote = (latest: IncentiveProgram, from: string): string | undefined => {
  const version = versionNumber(latest);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(from) || from < latest.effectiveFrom) return undefined;
  if (from === latest.effectiveFrom) return `Version ${version}'s own start: its rules are replaced in place`;
  return `Version ${version} keeps governing through ${dateText(dayBefore(from))}; this saves version ${version + 1}`;
};
