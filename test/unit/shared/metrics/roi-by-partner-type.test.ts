import { describe, expect, it } from 'vitest';
import { roiByPartnerType } from '../../../../shared/metrics';
import { ALL, Q3, makeDataset, makeDirectDeal, makeInvestment, makePartner, makePartnerDeal, partnerScope, won } from './factory';

const reseller1 = makePartner('reseller');
const reseller2 = makePartner('reseller');
const isv = makePartner('isv');
const oem = makePartner('oem');
const si = makePartner('si');

const dataset = makeDataset({
  partners: [reseller1, reseller2, isv, oem, si],
  opportunities: [
    makePartnerDeal(reseller1, 'sourced', won('2026-07-01', { amountCents: 200_000 })),
    makePartnerDeal(reseller2, 'influenced', won('2026-09-30', { amountCents: 100_000 })),
    makePartnerDeal(isv, 'co-sell', won('2026-08-01', { amountCents: 50_000 })),
    makePartnerDeal(oem, 'sourced', won('2026-08-01', { amountCents: 80_000 })),
    makePartnerDeal(reseller1, 'sourced', won('2026-10-01', { amountCents: 999_000 })), // day after
    makeDirectDeal(won('2026-08-01', { amountCents: 1_000_000 })), // no partner type
  ],
  investments: [
    makeInvestment(reseller1, 60_000, '2026-07-01'),
    makeInvestment(reseller2, 40_000, '2026-09-30'),
    makeInvestment(isv, 100_000, '2026-08-01'),
    makeInvestment(si, 20_000, '2026-08-01'),
    makeInvestment(oem, 50_000, '2026-08-01', { deleted: true }),
  ],
});

describe('ROI by partnership type', () => {
  it('relates each type’s won revenue to its investment', () => {
    const result = roiByPartnerType(dataset, ALL, Q3);
    // Reseller: (300,000 − 100,000) / 100,000 = 2.
    expect(result.parts.reseller).toEqual({
      key: 'roiByPartnerType.reseller',
      value: 2,
      numerator: 200_000,
      denominator: 100_000,
      unit: 'ratio',
    });
    // ISV: (50,000 − 100,000) / 100,000 = −0.5.
    expect(result.parts.isv).toMatchObject({ value: -0.5, numerator: -50_000, denominator: 100_000 });
    // OEM: revenue 80,000 but its only investment is deleted: 80,000 / 0 → null, not Infinity.
    expect(result.parts.oem).toMatchObject({ value: null, numerator: 80_000, denominator: 0 });
    // SI: (0 − 20,000) / 20,000 = −1.
    expect(result.parts.si).toMatchObject({ value: -1, numerator: -20_000, denominator: 20_000 });
    // All types: (430,000 − 220,000) / 220,000 = 210,000 / 220,000.
    expect(result).toMatchObject({ value: 210_000 / 220_000, numerator: 210_000, denominator: 220_000 });
  });

  it('shows only the partner’s own type for one partner', () => {
    // isv alone: (50,000 − 100,000) / 100,000 = −0.5; other types have no investment → null.
    const result = roiByPartnerType(dataset, partnerScope(isv), Q3);
    expect(result.value).toBe(-0.5);
    expect([result.parts.reseller.value, result.parts.oem.value, result.parts.si.value]).toEqual([null, null, null]);
  });
});
