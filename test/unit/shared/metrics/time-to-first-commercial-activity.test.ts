import { describe, expect, it } from 'vitest';
import { timeToFirstCommercialActivity } from '../../../../shared/metrics';
import { ALL, Q3, makeDataset, makePartner } from './factory';

const firstOn = (enrolledOn: string, firstCommercialActivityOn: string | null, deleted = false) =>
  makePartner('reseller', { enrolledOn, firstCommercialActivityOn, deleted });

const cohort = [
  firstOn('2026-01-01', '2026-07-01'), // 31+28+31+30+31+30 = 181 days, first day of Q3
  firstOn('2026-06-01', '2026-09-30'), // 30 (June) + 31 + 31 + 29 = 121 days, last day of Q3
  firstOn('2026-07-10', '2026-07-20'), // 10 days
];
const outsiders = [
  firstOn('2025-12-01', '2026-10-01'), // day after Q3: next quarter's cohort
  firstOn('2026-02-01', null), // no commercial activity yet
  firstOn('2026-05-01', '2026-08-01', true), // deleted
];

describe('time to first commercial activity', () => {
  it('takes the median days over partners whose first activity falls in the quarter', () => {
    // Sorted [10, 121, 181] → middle value 121.
    expect(timeToFirstCommercialActivity(makeDataset({ partners: [...cohort, ...outsiders] }), ALL, Q3)).toEqual({
      key: 'timeToFirstCommercialActivity',
      value: 121,
      numerator: 121,
      denominator: 3,
      unit: 'days',
      samples: [10, 121, 181],
    });
  });

  it('averages the two middle values of an even cohort', () => {
    // + enrolled 08-01, first 08-15 = 14 days. Sorted [10, 14, 121, 181] → (14 + 121) / 2 = 67.5.
    const partners = [...cohort, firstOn('2026-08-01', '2026-08-15')];
    expect(timeToFirstCommercialActivity(makeDataset({ partners }), ALL, Q3)).toMatchObject({ value: 67.5, denominator: 4 });
  });

  it('is null with nobody in the cohort', () => {
    expect(timeToFirstCommercialActivity(makeDataset({ partners: outsiders }), ALL, Q3)).toMatchObject({
      value: null,
      denominator: 0,
      samples: [],
    });
  });
});
