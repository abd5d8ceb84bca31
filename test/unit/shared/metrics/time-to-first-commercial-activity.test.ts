import { describe, expect, it } from 'vitest';
import { timeToFirstCommercialActivity } from '../../../../shared/metrics';
import { ALL, Q3, makeDataset, makePartner, makePartnerDeal, oemUsage, won } from './factory';

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
      // Enrolled by 09-30 with nothing by then: the one with no date, and the one whose first is 10-01. (The deleted one is not counted.)
      waiting: 2,
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

  describe('from the activity on record, the same the active partner rate reads', () => {
    it('takes the first deal on record over a typed date that contradicts it', () => {
      // Typed 2026-09-01, but a deal with the partner was created 2026-07-11: enrolled 07-01 → 10 days, not 62.
      const partner = makePartner('reseller', { enrolledOn: '2026-07-01', firstCommercialActivityOn: '2026-09-01' });
      const deals = [makePartnerDeal(partner, 'sourced', { createdOn: '2026-07-11', closeOn: '2026-12-01' })];
      expect(timeToFirstCommercialActivity(makeDataset({ partners: [partner], opportunities: deals }), ALL, Q3)).toMatchObject({ value: 10, samples: [10], waiting: 0 });
    });

    it('moves the partner out of the quarter when its first deal on record came earlier', () => {
      // Typed 2026-08-01 (Q3), but a deal was won 2026-06-20 (created 2026-04-10, Q2): its first activity is in Q2.
      const partner = makePartner('reseller', { enrolledOn: '2026-04-01', firstCommercialActivityOn: '2026-08-01' });
      const deals = [makePartnerDeal(partner, 'sourced', won('2026-06-20'))];
      const dataset = makeDataset({ partners: [partner], opportunities: deals });
      expect(timeToFirstCommercialActivity(dataset, ALL, Q3)).toMatchObject({ value: null, denominator: 0, waiting: 0 });
      // 2026-04-01 → 2026-04-10 = 9 days, in Q2's cohort.
      expect(timeToFirstCommercialActivity(dataset, ALL, '2026-Q2')).toMatchObject({ value: 9 });
    });

    it("dates an OEM's first usage report with activations at its quarter's first day", () => {
      // Enrolled 2026-05-15; first report with anything in it is Q3's (activations only) → 2026-07-01: 16 + 31 = 47 days.
      const oem = makePartner('oem', {
        enrolledOn: '2026-05-15',
        firstCommercialActivityOn: null,
        attributes: oemUsage({ quarter: '2026-Q2', units: 0, activations: 0 }, { quarter: Q3, units: 0, activations: 40 }),
      });
      expect(timeToFirstCommercialActivity(makeDataset({ partners: [oem] }), ALL, Q3)).toMatchObject({ value: 47, waiting: 0 });
      // In Q2 it had nothing: still waiting then.
      expect(timeToFirstCommercialActivity(makeDataset({ partners: [oem] }), ALL, '2026-Q2')).toMatchObject({ value: null, waiting: 1 });
    });

    it('counts business from before enrollment as 0 days, and keeps a typed date where nothing is on record', () => {
      const early = makePartner('reseller', { enrolledOn: '2026-08-01', firstCommercialActivityOn: null });
      const typedOnly = makePartner('si', { enrolledOn: '2026-07-01', firstCommercialActivityOn: '2026-07-31' });
      const deals = [makePartnerDeal(early, 'influenced', { createdOn: '2026-07-20', closeOn: '2026-12-01' })];
      // early: first 07-20, before its 08-01 enrollment → 0; typedOnly: 07-01 → 07-31 = 30. Sorted [0, 30] → 15.
      expect(timeToFirstCommercialActivity(makeDataset({ partners: [early, typedOnly], opportunities: deals }), ALL, Q3)).toMatchObject({ value: 15, samples: [0, 30] });
    });
  });
});
