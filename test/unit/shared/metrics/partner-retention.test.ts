import { describe, expect, it } from 'vitest';
import { partnerRetention } from '../../../../shared/metrics';
import { ALL, Q3, makeDataset, makePartner, makePartnerDeal, oemUsage, partnerScope, won } from './factory';

// Previous quarter 2026-Q2: 2026-04-01 … 2026-06-30. This quarter 2026-Q3: 2026-07-01 … 2026-09-30.
const retained = makePartner('reseller');
const wonLastDayOfQ2Only = makePartner('si');
const oemBoth = makePartner('oem', {
  attributes: oemUsage({ quarter: '2026-Q2', units: 10, activations: 10 }, { quarter: Q3, units: 4, activations: 4 }),
});
const newThisQuarter = makePartner('isv');
const backOnDayAfter = makePartner('reseller');

const dataset = makeDataset({
  partners: [retained, wonLastDayOfQ2Only, oemBoth, newThisQuarter, backOnDayAfter],
  opportunities: [
    makePartnerDeal(retained, 'sourced', { createdOn: '2026-04-01', closeOn: '2026-12-01' }),
    makePartnerDeal(retained, 'sourced', { createdOn: '2026-08-01', closeOn: '2026-12-01' }),
    makePartnerDeal(wonLastDayOfQ2Only, 'co-sell', won('2026-06-30', { createdOn: '2026-01-10' })),
    makePartnerDeal(newThisQuarter, 'influenced', { createdOn: '2026-07-20' }),
    makePartnerDeal(backOnDayAfter, 'sourced', { createdOn: '2026-05-05', closeOn: '2026-12-01' }),
    makePartnerDeal(backOnDayAfter, 'sourced', { createdOn: '2026-10-01', closeOn: '2026-12-01' }),
  ],
});

describe('partner retention', () => {
  it('keeps the share of last quarter’s active partners that are still active', () => {
    // Active in Q2: retained, wonLastDayOfQ2Only, oemBoth, backOnDayAfter = 4 (newThisQuarter is not in the cohort).
    // Still active in Q3: retained (deal 08-01), oemBoth (4 units) = 2. 2 / 4 = 0.5.
    expect(partnerRetention(dataset, ALL, Q3)).toEqual({
      key: 'partnerRetention',
      value: 0.5,
      numerator: 2,
      denominator: 4,
      unit: 'ratio',
    });
  });

  it('is null for a partner that was not active last quarter', () => {
    // newThisQuarter: cohort 0 → 0 / 0 → null.
    expect(partnerRetention(dataset, partnerScope(newThisQuarter), Q3)).toMatchObject({ value: null, denominator: 0 });
    // retained: 1 / 1.
    expect(partnerRetention(dataset, partnerScope(retained), Q3).value).toBe(1);
  });
});
