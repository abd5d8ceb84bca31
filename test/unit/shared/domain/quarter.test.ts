import { describe, expect, it } from 'vitest';
import { inRange, quarterOf, quarterRange, shiftQuarter, trailingQuarters } from '../../../../shared/domain';

describe('quarters', () => {
  it('knows the first and last day of a quarter, leap years included', () => {
    expect(quarterRange('2028-Q1')).toEqual({ label: '2028-Q1', start: '2028-01-01', end: '2028-03-31' });
    expect(quarterRange('2026-Q3')).toEqual({ label: '2026-Q3', start: '2026-07-01', end: '2026-09-30' });
    expect(quarterRange('2026-Q4').end).toBe('2026-12-31');
  });

  it('places a date in its quarter', () => {
    expect(quarterOf('2026-09-30')).toBe('2026-Q3');
    expect(quarterOf('2026-10-01')).toBe('2026-Q4');
  });

  it('walks across year boundaries', () => {
    expect(shiftQuarter('2026-Q1', -1)).toBe('2025-Q4');
    expect(shiftQuarter('2026-Q4', 1)).toBe('2027-Q1');
    expect(trailingQuarters('2026-Q2')).toEqual(['2025-Q3', '2025-Q4', '2026-Q1', '2026-Q2']);
  });

  it('counts both edge days of a quarter and not the day after', () => {
    const q3 = quarterRange('2026-Q3');
    expect(inRange('2026-07-01', q3)).toBe(true);
    expect(inRange('2026-09-30T23:59:59.000Z', q3)).toBe(true);
    expect(inRange('2026-10-01', q3)).toBe(false);
  });

  it('rejects a malformed label with a message that shows the expected form', () => {
    expect(() => quarterRange('Q3 2026')).toThrow('Quarter must look like 2026-Q3, got "Q3 2026"');
  });
});
