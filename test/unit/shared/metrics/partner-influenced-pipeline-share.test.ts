import { describe, expect, it } from 'vitest';
import { partnerInfluencedPipelineShare } from '../../../../shared/metrics';
import {
  ALL,
  NORTH,
  Q3,
  SOUTH,
  makeDataset,
  makeDirectDeal,
  makePartner,
  makePartnerDeal,
  partnerScope,
  territory,
} from './factory';

const north1 = makePartner('reseller');
const north2 = makePartner('isv');
const south = makePartner('si', { territoryId: SOUTH });

const dataset = makeDataset({
  partners: [north1, north2, south],
  opportunities: [
    makePartnerDeal(north1, 'sourced', { amountCents: 100_000, createdOn: '2026-07-01' }), // first day: counts
    makePartnerDeal(north2, 'co-sell', { amountCents: 50_000, createdOn: '2026-09-30', closeOn: '2026-10-30' }), // last day
    makeDirectDeal({ amountCents: 150_000, createdOn: '2026-08-01' }),
    makePartnerDeal(north1, 'influenced', { amountCents: 70_000, createdOn: '2026-10-01', closeOn: '2026-11-01' }), // day after
    makeDirectDeal({ amountCents: 20_000, createdOn: '2026-06-30' }), // Q2
    makePartnerDeal(north1, 'sourced', { amountCents: 999_000, deleted: true }),
    makeDirectDeal({ territoryId: SOUTH, amountCents: 200_000 }),
    makePartnerDeal(south, 'influenced', { amountCents: 100_000 }),
  ],
});

describe('partner-influenced pipeline share', () => {
  it('divides pipeline created with any partner role by all pipeline created in the quarter', () => {
    // Partner: 100,000 + 50,000 + 100,000 = 250,000¢. All: 250,000 + 150,000 + 200,000 = 600,000¢.
    // 250,000 / 600,000 = 5 / 12.
    expect(partnerInfluencedPipelineShare(dataset, ALL, Q3)).toEqual({
      key: 'partnerInfluencedPipelineShare',
      value: 250_000 / 600_000,
      numerator: 250_000,
      denominator: 600_000,
      unit: 'ratio',
    });
  });

  it('counts a direct deal only in the total, and measures one partner against its territory', () => {
    // North: partner 150,000 / all 300,000 = 0.5.
    expect(partnerInfluencedPipelineShare(dataset, territory(NORTH), Q3).value).toBe(0.5);
    // north1 alone: 100,000 / north's 300,000 = 1/3.
    expect(partnerInfluencedPipelineShare(dataset, partnerScope(north1), Q3)).toMatchObject({
      numerator: 100_000,
      denominator: 300_000,
    });
  });

  it('is null in a quarter without pipeline', () => {
    // Nothing created in 2025-Q1: 0 / 0 → null.
    expect(partnerInfluencedPipelineShare(dataset, ALL, '2025-Q1')).toMatchObject({ value: null, denominator: 0 });
  });
});
