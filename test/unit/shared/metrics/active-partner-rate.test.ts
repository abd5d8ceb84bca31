import { describe, expect, it } from 'vitest';
import { activePartnerRate } from '../../../../shared/metrics';
import {
  ALL,
  NORTH,
  Q3,
  SOUTH,
  lost,
  makeDataset,
  makeDirectDeal,
  makePartner,
  makePartnerDeal,
  oemUsage,
  partnerScope,
  territory,
  won,
} from './factory';

// 2026-Q3 runs from 2026-07-01 to 2026-09-30.
const createdOnFirstDay = makePartner('reseller');
const wonOnLastDay = makePartner('isv');
const oemShipping = makePartner('oem', { territoryId: SOUTH, attributes: oemUsage({ quarter: Q3, units: 5, activations: 5 }) });
const oemNoUnits = makePartner('oem', { attributes: oemUsage({ quarter: Q3, units: 0, activations: 3 }) });
const onlyDayAfterAndLost = makePartner('si');
const prospect = makePartner('reseller', { status: 'prospect' });
const enrolledDayAfter = makePartner('reseller', { enrolledOn: '2026-10-01' });
const enrolledLastDayIdle = makePartner('reseller', { enrolledOn: '2026-09-30' });
const tombstoned = makePartner('reseller', { deleted: true });
const onlyDeletedDeal = makePartner('reseller');

const dataset = makeDataset({
  partners: [
    createdOnFirstDay, wonOnLastDay, oemShipping, oemNoUnits, onlyDayAfterAndLost,
    prospect, enrolledDayAfter, enrolledLastDayIdle, tombstoned, onlyDeletedDeal,
  ],
  opportunities: [
    makePartnerDeal(createdOnFirstDay, 'sourced', { createdOn: '2026-07-01', closeOn: '2026-12-01' }),
    makePartnerDeal(wonOnLastDay, 'co-sell', { stage: 'won', createdOn: '2026-03-01', closeOn: '2026-09-30' }),
    makePartnerDeal(onlyDayAfterAndLost, 'sourced', { createdOn: '2026-10-01', closeOn: '2026-11-01' }),
    makePartnerDeal(onlyDayAfterAndLost, 'sourced', won('2026-10-01', { createdOn: '2026-06-01' })),
    makePartnerDeal(onlyDayAfterAndLost, 'influenced', lost('2026-08-01')),
    makePartnerDeal(prospect, 'sourced'),
    makePartnerDeal(enrolledDayAfter, 'sourced'),
    makePartnerDeal(tombstoned, 'sourced'),
    makePartnerDeal(onlyDeletedDeal, 'sourced', { deleted: true }),
    makeDirectDeal(),
  ],
});

describe('active partner rate', () => {
  it('counts enrolled non-prospects with a deal created or won, or OEM units or activations, in the quarter', () => {
    // Enrolled by 2026-09-30, not prospect, not deleted: first-day, last-day, oemShipping, oemNoUnits,
    // onlyDayAfterAndLost, enrolledLastDayIdle, onlyDeletedDeal = 7.
    // Active: first-day (created 07-01), last-day (won 09-30), oemShipping (5 units), oemNoUnits (3 activations,
    // no units: an OEM whose customers switch the embedded software on is doing business) = 4. 4 / 7.
    expect(activePartnerRate(dataset, ALL, Q3)).toEqual({
      key: 'activePartnerRate',
      value: 4 / 7,
      numerator: 4,
      denominator: 7,
      unit: 'ratio',
    });
  });

  it('does not count an OEM whose report for the quarter has neither units nor activations', () => {
    const idle = makePartner('oem', { attributes: oemUsage({ quarter: Q3, units: 0, activations: 0 }, { quarter: '2026-Q2', units: 9, activations: 0 }) });
    // Q3's report is all zeros; Q2's 9 units count for Q2 only. 0 / 1.
    expect(activePartnerRate(makeDataset({ partners: [idle] }), ALL, Q3)).toMatchObject({ numerator: 0, denominator: 1 });
    expect(activePartnerRate(makeDataset({ partners: [idle] }), ALL, '2026-Q2')).toMatchObject({ numerator: 1, denominator: 1 });
  });

  it('scopes partners to a territory and to one partner', () => {
    // North loses oemShipping (south): eligible 7 − 1 = 6, active 4 − 1 = 3. 3 / 6.
    expect(activePartnerRate(dataset, territory(NORTH), Q3)).toMatchObject({ numerator: 3, denominator: 6 });
    // One partner: 1 / 1 when active, 0 / 1 when not.
    expect(activePartnerRate(dataset, partnerScope(createdOnFirstDay), Q3)).toMatchObject({ value: 1 });
    expect(activePartnerRate(dataset, partnerScope(oemNoUnits), Q3)).toMatchObject({ value: 1, denominator: 1 });
    expect(activePartnerRate(dataset, partnerScope(enrolledLastDayIdle), Q3)).toMatchObject({ value: 0, denominator: 1 });
  });

  it('is null, not NaN, with no enrolled partners', () => {
    // 0 / 0 → null.
    expect(activePartnerRate(makeDataset(), ALL, Q3)).toMatchObject({ value: null, numerator: 0, denominator: 0 });
    // Only a prospect in scope: still 0 / 0.
    expect(activePartnerRate(dataset, partnerScope(prospect), Q3).value).toBeNull();
  });
});
