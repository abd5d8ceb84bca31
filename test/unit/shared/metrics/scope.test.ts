import { describe, expect, it } from 'vitest';
import { partnerInfluencedPipelineShare, scorecard, winRatePartnerVsDirect } from '../../../../shared/metrics';
import {
  ALL,
  Q3,
  SOUTH,
  makeDataset,
  makeDirectDeal,
  makeInvestment,
  makePartner,
  makePartnerDeal,
  partnerScope,
  won,
} from './factory';

describe('metric scope', () => {
  it('cuts a dataset once per scope, yet a dataset whose deals are swapped or grown is measured afresh', () => {
    const partner = makePartner('reseller');
    const deals = [makePartnerDeal(partner, 'sourced', { amountCents: 100_000 }), makeDirectDeal({ amountCents: 100_000 })];
    const dataset = makeDataset({ partners: [partner], opportunities: deals });
    expect(partnerInfluencedPipelineShare(dataset, ALL, Q3)).toMatchObject({ numerator: 100_000, denominator: 200_000 });
    // The same dataset and scope again: the same answer (from the cut kept for it).
    expect(partnerInfluencedPipelineShare(dataset, ALL, Q3)).toMatchObject({ numerator: 100_000, denominator: 200_000 });
    deals.push(makeDirectDeal({ amountCents: 200_000 }));
    expect(partnerInfluencedPipelineShare(dataset, ALL, Q3)).toMatchObject({ numerator: 100_000, denominator: 400_000 });
    dataset.opportunities = [makePartnerDeal(partner, 'sourced', { amountCents: 50_000 })];
    expect(partnerInfluencedPipelineShare(dataset, ALL, Q3)).toMatchObject({ numerator: 50_000, denominator: 50_000 });
  });

  it('drops the deals and investments of a tombstoned partner along with it', () => {
    const gone = makePartner('reseller', { deleted: true });
    const dataset = makeDataset({
      partners: [gone],
      opportunities: [makePartnerDeal(gone, 'sourced', { amountCents: 100_000 }), makeDirectDeal({ amountCents: 50_000 })],
      investments: [makeInvestment(gone, 10_000, '2026-08-01')],
    });
    // Only the direct deal is left: partner 0 / all 50,000 = 0.
    expect(partnerInfluencedPipelineShare(dataset, ALL, Q3)).toMatchObject({ value: 0, numerator: 0, denominator: 50_000 });
    // Its investment no longer counts either: 0 spent / 0 revenue → null.
    expect(scorecard(dataset, ALL, Q3).metrics.programInvestmentShare).toMatchObject({ numerator: 0, value: null });
  });

  it('keeps a partner’s deal filed in another territory inside that partner’s total', () => {
    const north = makePartner('si');
    const dataset = makeDataset({
      partners: [north],
      opportunities: [
        makePartnerDeal(north, 'sourced', { amountCents: 100_000 }),
        makePartnerDeal(north, 'co-sell', { amountCents: 50_000, territoryId: SOUTH }),
        makeDirectDeal({ amountCents: 150_000 }),
        makeDirectDeal({ amountCents: 400_000, territoryId: SOUTH }), // not the partner's baseline
      ],
    });
    // Partner: 100,000 + 50,000. Total: north 250,000 + the partner's southern 50,000 = 300,000. 150,000 / 300,000 = 0.5.
    expect(partnerInfluencedPipelineShare(dataset, partnerScope(north), Q3)).toMatchObject({
      value: 0.5,
      numerator: 150_000,
      denominator: 300_000,
    });
  });

  it('gives an unknown partner no figures rather than someone else’s baseline', () => {
    const dataset = makeDataset({ opportunities: [makeDirectDeal(won('2026-08-01'))] });
    // Direct side would be 1/1 for the program, but an unknown partner has no territory: 0 / 0 → null.
    const result = winRatePartnerVsDirect(dataset, { kind: 'partner', partnerId: 'no-such-partner' }, Q3);
    expect(result.parts.directOnly.value).toBeNull();
  });
});
