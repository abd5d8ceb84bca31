import { describe, expect, it } from 'vitest';
import { roiByPartnerType } from '../../../../shared/metrics';
import { partnerAttributes, usd } from '../../../support/records';
import { makeProgram } from '../incentives/factory';
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

describe('revenue to the vendor by what each partner type produces', () => {
  // $30 a unit for units 1–1,000, $25 from unit 1,001 (marginal), in force all of 2026.
  const royaltyProgram = makeProgram('oem', [{ kind: 'volume-royalty', basis: 'units', bands: [{ from: 0, perUnitCents: usd(30) }, { from: 1_000, perUnitCents: usd(25) }] }]);
  const oemShipping = (units: number, minimumCommitmentCents = 0) =>
    makePartner('oem', { attributes: partnerAttributes('oem', { usageReports: [{ quarter: Q3, units, activations: 0 }], minimumCommitmentCents }) });

  it("counts an OEM's royalties: an OEM with no deals is not a −100 % return", () => {
    const oem = oemShipping(1_500);
    const dataset = makeDataset({ partners: [oem], investments: [makeInvestment(oem, usd(20_000), '2026-08-01')], incentivePrograms: [royaltyProgram] });
    // Royalty owed: 1,000 × $30 + 500 × $25 = $30,000 + $12,500 = $42,500.
    // ROI: ($42,500 − $20,000) / $20,000 = $22,500 / $20,000 = 1.125 (it was ($0 − $20,000) / $20,000 = −1).
    expect(roiByPartnerType(dataset, ALL, Q3).parts.oem).toMatchObject({ value: 1.125, numerator: usd(22_500), denominator: usd(20_000) });
  });

  it('counts what the OEM owes by contract when it ships less than its minimum commitment', () => {
    const oem = oemShipping(400, usd(20_000));
    const dataset = makeDataset({ partners: [oem], investments: [makeInvestment(oem, usd(10_000), '2026-08-01')], incentivePrograms: [royaltyProgram] });
    // Royalty 400 × $30 = $12,000, topped up to the $20,000 minimum. ROI: ($20,000 − $10,000) / $10,000 = 1.
    expect(roiByPartnerType(dataset, ALL, Q3).parts.oem).toMatchObject({ value: 1, numerator: usd(10_000) });
  });

  it("adds an OEM's won deals to its royalties, and counts no royalty without a royalty program in force", () => {
    const oem = oemShipping(10);
    const deal = makePartnerDeal(oem, 'influenced', won('2026-09-30', { amountCents: usd(1_000) }));
    const investment = makeInvestment(oem, usd(1_000), '2026-07-01');
    // 10 × $30 = $300 royalty + $1,000 deal = $1,300. ROI: ($1,300 − $1,000) / $1,000 = 0.3.
    expect(roiByPartnerType(makeDataset({ partners: [oem], opportunities: [deal], investments: [investment], incentivePrograms: [royaltyProgram] }), ALL, Q3).parts.oem.value).toBeCloseTo(0.3, 10);
    // The program ended before the quarter: the deal alone, ($1,000 − $1,000) / $1,000 = 0.
    const ended = { ...royaltyProgram, effectiveTo: '2026-06-30' };
    expect(roiByPartnerType(makeDataset({ partners: [oem], opportunities: [deal], investments: [investment], incentivePrograms: [ended] }), ALL, Q3).parts.oem.value).toBe(0);
  });

  it("counts an ISV's marketplace transactions, won deals on the marketplace channel", () => {
    const isv = makePartner('isv');
    const sale = makePartnerDeal(isv, 'sourced', won('2026-08-10', { amountCents: usd(3_000), channel: 'marketplace' }));
    // ($3,000 − $2,000) / $2,000 = 0.5.
    const dataset = makeDataset({ partners: [isv], opportunities: [sale], investments: [makeInvestment(isv, usd(2_000), '2026-08-01')] });
    expect(roiByPartnerType(dataset, ALL, Q3).parts.isv.value).toBe(0.5);
  });
});
