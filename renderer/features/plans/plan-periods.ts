import { halfOf } from '../../../shared/domain/plan-period';

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
export const periodChoices = (today: string, planned: readonly string[] = []): PeriodChoice[] => {
  const half = halfOf(today);
  const year = Number(today.slice(0, 4));
  const choices: PeriodChoice[] = [
    { period: shiftHalf(half, -1), label: `${shiftHalf(half, -1)} (last half)` },
    { period: half, label: `${half} (this half)` },
    { period: shiftHalf(half, 1), label: `${shiftHalf(half, 1)} (next half)` },
    { period: String(year), label: `${year} (this year)` },
    { period: String(year + 1), label: `${year + 1} (next year)` },
  ];
  const offered = new Set(choices.map((c) => c.period));
  const others = [...new Set(planned)].filter((p) => !offered.has(p)).sort();
  return [...choices, ...others.map((period) => ({ period, label: period }))];
};
