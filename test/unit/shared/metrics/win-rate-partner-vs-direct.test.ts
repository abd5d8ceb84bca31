import { describe, expect, it } from 'vitest';
import { winRatePartnerVsDirect } from '../../../../shared/metrics';
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
  partnerScope,
  territory,
  won,
} from './factory';

const north1 = makePartner('reseller');
const north2 = makePartner('isv');

const dataset = makeDataset({
  partners: [north1, north2],
  opportunities: [
    // Partner-involved, closed in Q3: 3 won of 4.
    makePartnerDeal(north1, 'sourced', won('2026-07-01')),
    makePartnerDeal(north1, 'influenced', won('2026-09-30')),
    makePartnerDeal(north2, 'co-sell', lost('2026-08-01')),
    makePartnerDeal(north2, 'co-sell', won('2026-08-10')),
    // Not closed in Q3.
    makePartnerDeal(north1, 'sourced', won('2026-10-01')),
    makePartnerDeal(north1, 'sourced', { stage: 'negotiate', closeOn: '2026-08-01' }),
    // Direct-only in the north, closed in Q3: 1 won of 4.
    makeDirectDeal(won('2026-07-15')),
    makeDirectDeal(lost('2026-07-20')),
    makeDirectDeal(lost('2026-08-20')),
    makeDirectDeal(lost('2026-09-01')),
    makeDirectDeal(won('2026-08-01', { deleted: true })),
    // Direct-only in the south: 1 won of 1.
    makeDirectDeal(won('2026-08-05', { territoryId: SOUTH })),
  ],
});

describe('win rate, partner-involved vs direct-only', () => {
  it('compares partner and direct win rates in a territory and gives the lift in points', () => {
    // Partner 3/4 = 75 %, direct 1/4 = 25 %: lift 50 pp = 100 × (3·4 − 1·4) / (4·4) = 100 × 8 / 16.
    expect(winRatePartnerVsDirect(dataset, territory(NORTH), Q3)).toEqual({
      key: 'winRatePartnerVsDirect',
      value: 50,
      numerator: 8,
      denominator: 16,
      unit: 'percentage-points',
      parts: {
        partnerInvolved: { key: 'winRatePartnerVsDirect.partnerInvolved', value: 0.75, numerator: 3, denominator: 4, unit: 'ratio' },
        directOnly: { key: 'winRatePartnerVsDirect.directOnly', value: 0.25, numerator: 1, denominator: 4, unit: 'ratio' },
      },
    });
  });

  it('takes every territory’s direct deals for the whole program', () => {
    // Direct 2/5 = 40 %: lift 75 − 40 = 35 pp = 100 × (3·5 − 2·4) / (4·5) = 100 × 7 / 20.
    const all = winRatePartnerVsDirect(dataset, ALL, Q3);
    expect(all.parts.directOnly).toMatchObject({ numerator: 2, denominator: 5 });
    expect(all).toMatchObject({ value: 35, numerator: 7, denominator: 20 });
  });

  it('measures one partner against its own territory’s direct deals', () => {
    // north2: 1/2 = 50 % vs north direct 1/4 = 25 % (the southern direct win is not its baseline).
    // Lift 25 pp = 100 × (1·4 − 1·2) / (2·4) = 100 × 2 / 8.
    const result = winRatePartnerVsDirect(dataset, partnerScope(north2), Q3);
    expect(result.parts.directOnly).toMatchObject({ numerator: 1, denominator: 4 });
    expect(result).toMatchObject({ value: 25, numerator: 2, denominator: 8 });
  });

  it('has no lift when one side closed nothing', () => {
    // South: no partner deals, direct 1/1. Partner 0/0 → null; lift (0·1 − 1·0) / (0·1) → null.
    const south = winRatePartnerVsDirect(dataset, territory(SOUTH), Q3);
    expect(south.value).toBeNull();
    expect(south.parts.partnerInvolved.value).toBeNull();
    expect(south.parts.directOnly.value).toBe(1);
  });
});
