import { describe, expect, it } from 'vitest';
import { incrementalRevenue } from '../../../../shared/metrics';
import { usd } from '../../../support/records';
import { makeProgram } from '../incentives/factory';
import { ALL, Q3, makeDataset, makePartner, makePartnerDeal, partnerScope, won } from './factory';
import { partnerAttributes } from '../../../support/records';

const reseller = makePartner('reseller');
const wonOn = (closeOn: string, dollars: number) => makePartnerDeal(reseller, 'sourced', won(closeOn, { amountCents: usd(dollars), createdOn: '2025-01-05' }));

describe('incremental revenue above the partner’s own baseline', () => {
  it('takes the quarter’s revenue minus the average of the four quarters before, and keeps the baseline', () => {
    // Baseline quarters 2025-Q3, 2025-Q4, 2026-Q1, 2026-Q2: $10,000 + $20,000 + $0 + $30,000 = $60,000; / 4 = $15,000.
    // 2026-Q3: $40,000. Incremental: $40,000 − $15,000 = $25,000. (2025-Q2's $99,000 is outside the year before.)
    const deals = [wonOn('2025-06-30', 99_000), wonOn('2025-07-01', 10_000), wonOn('2025-12-31', 20_000), wonOn('2026-06-30', 30_000), wonOn('2026-08-15', 40_000)];
    expect(incrementalRevenue(makeDataset({ partners: [reseller], opportunities: deals }), ALL, Q3)).toEqual({
      key: 'incrementalRevenue',
      value: usd(25_000),
      numerator: usd(40_000),
      denominator: usd(15_000),
      unit: 'cents',
      baselineCents: usd(15_000),
    });
  });

  it('is negative when the quarter fell below the baseline, and rounds the baseline to the cent', () => {
    // Baseline: $10,000.01 in 2026-Q2 alone / 4 = $2,500.0025 → $2,500.00; 2026-Q3 $1,000: $1,000 − $2,500 = −$1,500.
    const deals = [wonOn('2026-05-01', 10_000.01), wonOn('2026-09-30', 1_000)];
    expect(incrementalRevenue(makeDataset({ partners: [reseller], opportunities: deals }), partnerScope(reseller), Q3)).toMatchObject({ value: -usd(1_500), baselineCents: usd(2_500) });
  });

  it('counts an OEM’s royalties as the revenue it is, in the quarter and in the baseline', () => {
    const royalty = makeProgram('oem', [{ kind: 'volume-royalty', basis: 'units', bands: [{ from: 0, perUnitCents: usd(10) }] }], { effectiveFrom: '2025-01-01' });
    const oem = makePartner('oem', {
      attributes: partnerAttributes('oem', { minimumCommitmentCents: 0, usageReports: [{ quarter: '2026-Q2', units: 400, activations: 0 }, { quarter: Q3, units: 600, activations: 0 }] }),
    });
    // 2026-Q3: 600 × $10 = $6,000; baseline: 400 × $10 = $4,000 in Q2 alone / 4 = $1,000. Incremental $5,000.
    expect(incrementalRevenue(makeDataset({ partners: [oem], incentivePrograms: [royalty] }), ALL, Q3)).toMatchObject({ value: usd(5_000), baselineCents: usd(1_000) });
  });

  it('is no data, not $0, with no revenue in the quarter nor in the year before', () => {
    expect(incrementalRevenue(makeDataset({ partners: [reseller] }), ALL, Q3)).toMatchObject({ value: null, numerator: 0, denominator: 0 });
  });
});
