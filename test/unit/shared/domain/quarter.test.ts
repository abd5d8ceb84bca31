import { describe, expect, it } from 'vitest';
import { inRange, quarterOf, quarterRange, shiftQuarter, trailingQuarters } from '../../../../shared/domain';
import { halfOf, planPeriodRange } from '../../../../shared/domain/plan-period';
import { CALENDAR_YEAR, calendarOfRange, fiscalCalendarOf, quartersSpanText, quarterText } from '../../../../shared/domain/quarter';

const FEBRUARY = fiscalCalendarOf({ fiscalYearStartMonth: 2 });
const JULY = fiscalCalendarOf({ fiscalYearStartMonth: 7 });

describe('quarters', () => {
  it('knows the first and last day of a quarter, leap years included', () => {
    expect(quarterRange('2028-Q1', CALENDAR_YEAR)).toEqual({ label: '2028-Q1', start: '2028-01-01', end: '2028-03-31' });
    expect(quarterRange('2026-Q3', CALENDAR_YEAR)).toEqual({ label: '2026-Q3', start: '2026-07-01', end: '2026-09-30' });
    expect(quarterRange('2026-Q4', CALENDAR_YEAR).end).toBe('2026-12-31');
  });

  it('places a date in its quarter', () => {
    expect(quarterOf('2026-09-30', CALENDAR_YEAR)).toBe('2026-Q3');
    expect(quarterOf('2026-10-01', CALENDAR_YEAR)).toBe('2026-Q4');
  });

  it('walks across year boundaries', () => {
    expect(shiftQuarter('2026-Q1', -1)).toBe('2025-Q4');
    expect(shiftQuarter('2026-Q4', 1)).toBe('2027-Q1');
    expect(shiftQuarter('2026-Q3', -9)).toBe('2024-Q2');
    expect(trailingQuarters('2026-Q2')).toEqual(['2025-Q3', '2025-Q4', '2026-Q1', '2026-Q2']);
  });

  it('counts both edge days of a quarter and not the day after', () => {
    const q3 = quarterRange('2026-Q3', CALENDAR_YEAR);
    expect(inRange('2026-07-01', q3)).toBe(true);
    expect(inRange('2026-09-30T23:59:59.000Z', q3)).toBe(true);
    expect(inRange('2026-10-01', q3)).toBe(false);
  });

  it('rejects a malformed label with a message that shows the expected form', () => {
    expect(() => quarterRange('Q3 2026', CALENDAR_YEAR)).toThrow('Quarter must look like 2026-Q3, got "Q3 2026"');
  });

  it('is the calendar year when the program sets no fiscal year start, or January', () => {
    expect(fiscalCalendarOf(undefined)).toBe(CALENDAR_YEAR);
    expect(fiscalCalendarOf({})).toBe(CALENDAR_YEAR);
    expect(fiscalCalendarOf({ fiscalYearStartMonth: 1 })).toBe(CALENDAR_YEAR);
  });
});

describe('a fiscal year that starts in February', () => {
  // FY2027 runs 1 Feb 2026 – 31 Jan 2027 (named for the calendar year it ends in).
  it('puts each quarter on its calendar days, the year named for the year it ends in', () => {
    expect(quarterRange('2027-Q1', FEBRUARY)).toEqual({ label: '2027-Q1', start: '2026-02-01', end: '2026-04-30' });
    expect(quarterRange('2027-Q2', FEBRUARY)).toEqual({ label: '2027-Q2', start: '2026-05-01', end: '2026-07-31' });
    expect(quarterRange('2027-Q3', FEBRUARY)).toEqual({ label: '2027-Q3', start: '2026-08-01', end: '2026-10-31' });
    // Q4 runs across the calendar year end: November, December, January.
    expect(quarterRange('2027-Q4', FEBRUARY)).toEqual({ label: '2027-Q4', start: '2026-11-01', end: '2027-01-31' });
    // A leap February closes no quarter, but a leap-year Q4 of a March year does (29 Feb 2028).
    expect(quarterRange('2028-Q4', fiscalCalendarOf({ fiscalYearStartMonth: 3 })).end).toBe('2028-02-29');
  });

  it('places the edge days of the year in the right quarter', () => {
    expect(quarterOf('2026-01-31', FEBRUARY)).toBe('2026-Q4'); // the last day of FY2026
    expect(quarterOf('2026-02-01', FEBRUARY)).toBe('2027-Q1'); // the first day of FY2027
    expect(quarterOf('2026-04-30', FEBRUARY)).toBe('2027-Q1');
    expect(quarterOf('2026-05-01', FEBRUARY)).toBe('2027-Q2');
    expect(quarterOf('2026-12-31', FEBRUARY)).toBe('2027-Q4');
    expect(quarterOf('2027-01-01', FEBRUARY)).toBe('2027-Q4');
  });

  it('agrees with itself: every day of a quarter is placed in that quarter, and the next quarter starts the day after', () => {
    for (const calendar of [CALENDAR_YEAR, FEBRUARY, JULY, fiscalCalendarOf({ fiscalYearStartMonth: 12 })]) {
      for (let q = 0; q < 12; q++) {
        const label = shiftQuarter('2026-Q1', q);
        const range = quarterRange(label, calendar);
        expect(quarterOf(range.start, calendar)).toBe(label);
        expect(quarterOf(range.end, calendar)).toBe(label);
        const next = quarterRange(shiftQuarter(label, 1), calendar);
        expect(new Date(`${next.start}T00:00:00Z`).getTime() - new Date(`${range.end}T00:00:00Z`).getTime()).toBe(86_400_000);
      }
    }
  });

  it('names a fiscal quarter with its calendar dates, a calendar one by its label alone', () => {
    expect(quarterText('2027-Q1', FEBRUARY)).toBe('2027-Q1 (1 Feb – 30 Apr 2026)');
    expect(quarterText('2027-Q4', FEBRUARY)).toBe('2027-Q4 (1 Nov 2026 – 31 Jan 2027)');
    expect(quarterText('2026-Q3', CALENDAR_YEAR)).toBe('2026-Q3');
    // A July year's 2027-Q1 is July–September 2026: the calendar 2026-Q3, under another name, so it is dated.
    expect(quarterText('2027-Q1', JULY)).toBe('2027-Q1 (1 Jul – 30 Sep 2026)');
  });

  it('tells from one quarter the calendar it was made on, so the quarters around it are named the same way', () => {
    for (const calendar of [CALENDAR_YEAR, FEBRUARY, JULY, { startMonth: 12 }]) {
      for (const label of ['2027-Q1', '2027-Q2', '2027-Q3', '2027-Q4'] as const) {
        expect(calendarOfRange(quarterRange(label, calendar))).toEqual(calendar);
      }
    }
  });

  it("captions a chart's run of fiscal quarters with the days it covers, and calendar quarters not at all", () => {
    expect(quartersSpanText(['2026-Q2', '2026-Q3', '2026-Q4', '2027-Q1'], FEBRUARY)).toBe('2026-Q2 to 2027-Q1: 1 May 2025 – 30 Apr 2026');
    expect(quartersSpanText(['2027-Q1'], FEBRUARY)).toBe('2027-Q1: 1 Feb – 30 Apr 2026');
    expect(quartersSpanText(['2026-Q2', '2026-Q3'], CALENDAR_YEAR)).toBeNull();
    expect(quartersSpanText([], FEBRUARY)).toBeNull();
  });

  it('makes plan halves and years of fiscal quarters', () => {
    expect(planPeriodRange('2027', FEBRUARY)).toMatchObject({ start: '2026-02-01', end: '2027-01-31', quarters: ['2027-Q1', '2027-Q2', '2027-Q3', '2027-Q4'] });
    expect(planPeriodRange('2027-H2', FEBRUARY)).toMatchObject({ start: '2026-08-01', end: '2027-01-31' });
    expect(halfOf('2026-07-31', FEBRUARY)).toBe('2027-H1');
    expect(halfOf('2026-08-01', FEBRUARY)).toBe('2027-H2');
    // A July year (FY2027 = July 2026 – June 2027): 30 September 2026 is in its first half.
    expect(halfOf('2026-09-30', JULY)).toBe('2027-H1');
    expect(halfOf('2026-09-30', CALENDAR_YEAR)).toBe('2026-H2');
  });
});
