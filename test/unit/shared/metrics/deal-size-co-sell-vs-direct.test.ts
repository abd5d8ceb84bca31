import { describe, expect, it } from 'vitest';
import { dealSizeCoSellVsDirect } from '../../../../shared/metrics';
import {
  ALL,
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
const north2 = makePartner('si');

const dataset = makeDataset({
  partners: [north1, north2],
  opportunities: [
    makePartnerDeal(north1, 'co-sell', won('2026-07-01', { amountCents: 120_000 })),
    makePartnerDeal(north2, 'co-sell', won('2026-09-30', { amountCents: 80_001 })),
    makePartnerDeal(north1, 'sourced', won('2026-08-01', { amountCents: 500_000 })), // not co-sell
    makePartnerDeal(north1, 'co-sell', won('2026-10-01', { amountCents: 900_000 })), // day after
    makePartnerDeal(north1, 'co-sell', lost('2026-08-01', { amountCents: 900_000 })), // lost
    makeDirectDeal(won('2026-07-10', { amountCents: 60_000 })),
    makeDirectDeal(won('2026-08-10', { amountCents: 40_000 })),
    makeDirectDeal(won('2026-09-10', { amountCents: 50_000 })),
    makeDirectDeal({ amountCents: 900_000 }), // open
  ],
});

describe('average deal size, co-sell vs direct-only', () => {
  it('averages won co-sell and won direct deals and relates the two', () => {
    // Co-sell: (120,000 + 80,001) / 2 = 100,000.5 → 100,001¢ (half away from zero).
    // Direct: (60,000 + 40,000 + 50,000) / 3 = 50,000¢.
    // Headline from exact sums: (200,001 × 3) / (150,000 × 2) = 600,003 / 300,000 = 2.00001.
    expect(dealSizeCoSellVsDirect(dataset, ALL, Q3)).toEqual({
      key: 'dealSizeCoSellVsDirect',
      value: 600_003 / 300_000,
      numerator: 600_003,
      denominator: 300_000,
      unit: 'ratio',
      parts: {
        coSell: { key: 'dealSizeCoSellVsDirect.coSell', value: 100_001, numerator: 200_001, denominator: 2, unit: 'cents' },
        directOnly: { key: 'dealSizeCoSellVsDirect.directOnly', value: 50_000, numerator: 150_000, denominator: 3, unit: 'cents' },
      },
    });
  });

  it('measures one partner’s co-sell deals against its territory’s direct deals', () => {
    // north2: 80,001 / 1 vs direct 150,000 / 3 = 50,000. Ratio (80,001 × 3) / (150,000 × 1) = 1.60002.
    const result = dealSizeCoSellVsDirect(dataset, partnerScope(north2), Q3);
    expect(result.parts.coSell.value).toBe(80_001);
    expect(result.parts.directOnly.value).toBe(50_000);
    expect(result.value).toBe(240_003 / 150_000);
  });

  it('is null on a side without wins', () => {
    // South has no deals: 0 / 0 on both sides.
    const south = dealSizeCoSellVsDirect(dataset, territory(SOUTH), Q3);
    expect([south.value, south.parts.coSell.value, south.parts.directOnly.value]).toEqual([null, null, null]);
  });
});
