import { halfOf, planPeriodRange } from '../../../shared/domain/plan-period';
import { quarterDatesText, quarterOf, type FiscalCalendar } from '../../../shared/domain/quarter';

/** A period the tab offers, with how it reads in the picker. */
export interface PeriodChoice {
  period: string;
  label: string;
}

const shiftHalf = (period: string, by: number): string => {
  const index = Number(period.slice(0, 4)) * 2 + (period.endsWith('H2') ? 1 : 0) + by;
  return `${Math.floor(index / 2)}-H${(index % 2) + 1}`;
};

/**
 * The periods a plan is made for: the half before, this half (the default),
 * the next, this year and the next; and any other period the partner already
 * has a plan for, so an old plan can still be opened.
 */
export const periodChoices = (today: string, calendar: FiscalCalendar, planned: readonly string[] = []): PeriodChoice[] => {
  const half = halfOf(today, calendar);
  const year = Number(quarterOf(today, calendar).slice(0, 4));
  // A fiscal period is named with its calendar days, as a quarter is: FY2027 is not calendar 2027.
  const named = (period: string, note?: string): PeriodChoice => {
    const dates = calendar.startMonth === 1 ? [] : [quarterDatesText(planPeriodRange(period, calendar))];
    const words = [...(note ? [note] : []), ...dates];
    return { period, label: words.length > 0 ? `${period} (${words.join(', ')})` : period };
  };
  const choices: PeriodChoice[] = [
    named(shiftHalf(half, -1), 'last half'),
    named(half, 'this half'),
    named(shiftHalf(half, 1), 'next half'),
    named(String(year), 'this year'),
    named(String(year + 1), 'next year'),
  ];
  const offered = new Set(choices.map((c) => c.period));
  const others = [...new Set(planned)].filter((p) => !offered.has(p)).sort();
  return [...choices, ...others.map((period) => named(period))];
};
