import { describe, expect, it } from 'vitest';
import { addDays, addMonths, fromDayNumber, isCalendarDate, toDayNumber } from '../../../../shared/demo/calendar';

describe('demo calendar', () => {
  it('counts days like Date does, across leap years and centuries', () => {
    for (let day = -25_000; day <= 50_000; day += 7) {
      const iso = new Date(day * 86_400_000).toISOString().slice(0, 10);
      expect(fromDayNumber(day)).toBe(iso);
      expect(toDayNumber(iso)).toBe(day);
    }
  });

  it('adds days over month and year ends', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
  });

  it('clamps to the end of a shorter month', () => {
    expect(addMonths('2026-08-31', -6)).toBe('2026-02-28');
    expect(addMonths('2024-03-31', -1)).toBe('2024-02-29');
    expect(addMonths('2026-01-15', 24)).toBe('2028-01-15');
  });

  it('tells a calendar date from a well-formed impossible one', () => {
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('2026-02-29')).toBe(false);
    expect(isCalendarDate('2026-11-22T00:00:00Z')).toBe(false);
  });
});
