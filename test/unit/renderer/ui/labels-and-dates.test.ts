import { describe, expect, it } from 'vitest';
import { dateText, dateTimeText, timeText } from '../../../../renderer/ui/dates';
import { words } from '../../../../renderer/ui/labels';

describe('words from one place', () => {
  it('keeps acronyms in capitals and Co-sell hyphenated', () => {
    expect(words('qbr')).toBe('QBR');
    expect(words('mdf')).toBe('MDF');
    expect(words('co-sell')).toBe('Co-sell');
    expect(words('co-sell-pipeline-bonus')).toBe('Co-sell pipeline bonus');
    expect(words('joint-marketing')).toBe('Joint marketing');
    expect(words('not-started')).toBe('Not started');
  });
});

describe('one date format for display', () => {
  it('reads calendar dates as "Sep 30, 2026", the same day in every time zone', () => {
    expect(dateText('2026-09-30')).toBe('Sep 30, 2026');
    expect(dateText('2026-01-01T23:30:00.000Z')).toBe('Jan 1, 2026');
    expect(dateText('not a date')).toBe('not a date');
  });

  it('reads instants on the 24-hour clock, as the top bar does', () => {
    expect(dateTimeText('2026-11-22T09:41:00.000Z')).toMatch(/^Nov 2[12], 2026, \d\d:\d\d$/);
    expect(timeText('2026-11-22T09:41:00.000Z')).toMatch(/^\d\d:\d\d$/);
    expect(timeText('2026-11-22T09:41:00.000Z')).toBe(dateTimeText('2026-11-22T09:41:00.000Z').slice(-5));
  });
});
