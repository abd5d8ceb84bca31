import { describe, expect, it } from 'vitest';
import { programInvestmentShare } from '../../../../shared/metrics';
import { partnerAttributes, usd } from '../../../support/records';
import { makeProgram } from '../incentives/factory';
import { ALL, Q3, makeDataset, makeDirectDeal, makeInvestment, makePartner, makePartnerDeal, partnerScope, won } from './factory';

const north1 = makePartner('reseller');
const north2 = makePartner('isv');

const dataset = makeDataset({
  partners: [north1, north2],
  opportunities: [
    makePartnerDeal(north1, 'sourced', won('2026-09-30', { amountCents: 100_000, newCustomer: true })),
    makePartnerDeal(north2, 'co-sell', won('2026-07-01', { amountCents: 50_000 })),
    makePartnerDeal(north2, 'co-sell', { amountCents: 500_000 }), // open: no revenue yet
    makeDirectDeal(won('2026-08-01', { amountCents: 80_000 })), // direct revenue is not partner revenue
  ],
  investments: [
    makeInvestment(north1, 12_000, '2026-07-01'),
    makeInvestment(north2, 5_000, '2026-09-30'),
    makeInvestment(north1, 7_000, '2026-10-01'), // day after
    makeInvestment(north1, 3_000, '2026-06-30'), // day before
    makeInvestment(north1, 9_000, '2026-08-01', { deleted: true }),
  ],
});

describe('program investment as % of partner-influenced revenue', () => {
  it('divides investment spent in the quarter by partner revenue won in it', () => {
    // (12,000 + 5,000) / (100,000 + 50,000) = 17,000 / 150,000 ≈ 11.3 %.
    expect(programInvestmentShare(dataset, ALL, Q3)).toEqual({
      key: 'programInvestmentShare',
      value: 17_000 / 150_000,
      numerator: 17_000,
      denominator: 150_000,
      unit: 'ratio',
    });
  });

  it('narrows to one partner', () => {
    // north1: 12,000 / 100,000 = 0.12.
    expect(programInvestmentShare(dataset, partnerScope(north1), Q3).value).toBe(0.12);
  });

  it('is null when investment meets no partner revenue', () => {
    // Q4: 7,000¢ spent, nothing won → 7,000 / 0 → null.
    expect(programInvestmentShare(dataset, ALL, '2026-Q4')).toMatchObject({ value: null, numerator: 7_000, denominator: 0 });
  });
});

describe('the revenue it is a share of', () => {
  it("includes an OEM's royalties for the quarter beside the partner deals won", () => {
    const oem = makePartner('oem', { attributes: partnerAttributes('oem', { usageReports: [{ quarter: Q3, units: 200, activations: 0 }], minimumCommitmentCents: 0 }) });
    // $50 a unit, one band: 200 × $50 = $10,000 royalty.
    const royalty = makeProgram('oem', [{ kind: 'volume-royalty', basis: 'units', bands: [{ from: 0, perUnitCents: usd(50) }] }]);
    const withOem = makeDataset({ ...dataset, partners: [north1, north2, oem], incentivePrograms: [royalty], investments: [...dataset.investments, makeInvestment(oem, 3_000, '2026-08-01')] });
    // (12,000 + 5,000 + 3,000) / (100,000 + 50,000 + 1,000,000 royalty cents) = 20,000 / 1,150,000.
    expect(programInvestmentShare(withOem, ALL, Q3)).toMatchObject({ numerator: 20_000, denominator: 1_150_000 });
  });
});
