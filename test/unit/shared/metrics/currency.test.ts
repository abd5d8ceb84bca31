import { describe, expect, it } from 'vitest';
import type { ExchangeRate } from '../../../../shared/domain/currency';
import type { ProgramSettings } from '../../../../shared/domain/program-settings';
import { notConvertedNotes } from '../../../../shared/domain/in-program-currency';
import { quarterRange, CALENDAR_YEAR } from '../../../../shared/domain/quarter';
import { roiByPartnerType } from '../../../../shared/metrics';
import { partnerRevenue } from '../../../../shared/metrics/partner-revenue';
import { liveRecords, scopeRecords } from '../../../../shared/metrics/scope';
import { ALL, Q3, makeDataset, makeInvestment, makePartner, makePartnerDeal, won } from './factory';

// 1 EUR = 1.085 USD and 1 GBP = 1.27 USD in 2026-Q3; nothing for 2026-Q2.
const rates: ExchangeRate[] = [
  { quarter: '2026-Q3', currency: 'EUR', rateMillionths: 1_085_000 },
  { quarter: '2026-Q3', currency: 'GBP', rateMillionths: 1_270_000 },
];
// The rates as the dataset carries them: in the program settings record.
const settingsWith = (exchangeRates: ExchangeRate[]): ProgramSettings => ({
  id: 'program-settings', territoryId: 'global', updatedAt: '2026-06-01T09:00:00.000Z', deleted: false,
  vendorName: 'Vendor', logoDataUrl: null, primaryColor: '#000000', accentColor: '#FFFFFF', exchangeRates,
});
const reseller = makePartner('reseller');
const dataset = makeDataset({
  partners: [reseller],
  opportunities: [
    makePartnerDeal(reseller, 'sourced', won('2026-08-01', { amountCents: 100_000 })), // $1,000.00
    makePartnerDeal(reseller, 'sourced', won('2026-08-15', { amountCents: 200_000, currency: 'EUR' })), // €2,000.00
    makePartnerDeal(reseller, 'sourced', won('2026-06-15', { amountCents: 500_000, currency: 'EUR' })), // Q2: no rate
  ],
  investments: [
    makeInvestment(reseller, 100_000, '2026-07-01', { currency: 'GBP' }), // £1,000.00
    makeInvestment(reseller, 50_000, '2026-05-01', { currency: 'GBP' }), // Q2: no rate
  ],
  programSettings: [settingsWith(rates)],
});

describe('metrics in the program currency', () => {
  it('counts partner revenue with a EUR deal converted at its close quarter’s rate', () => {
    // $1,000.00 + €2,000.00 × 1.085 ($2,170.00) = $3,170.00.
    expect(partnerRevenue(dataset, scopeRecords(dataset, ALL), quarterRange(Q3, CALENDAR_YEAR)).deals.reseller).toBe(317_000);
  });

  it('relates converted revenue to converted investment in ROI', () => {
    // Investment £1,000.00 × 1.27 = $1,270.00. ROI = ($3,170 − $1,270) / $1,270 = 1,900 / 1,270.
    const roi = roiByPartnerType(dataset, ALL, Q3).parts.reseller;
    expect(roi).toMatchObject({ numerator: 317_000 - 127_000, denominator: 127_000 });
    expect(roi.value).toBeCloseTo(1_900 / 1_270, 10);
  });

  it('leaves out what has no rate for its quarter, and says what it left out', () => {
    const live = liveRecords(dataset);
    expect(live.opportunities.map((o) => o.amountCents)).toEqual([100_000, 217_000]);
    // Each names where it is filed, so a territory's dashboard says only what it left out.
    expect(live.notConverted.map((n) => [n.kind, n.territoryId])).toEqual([['deal', reseller.territoryId], ['investment', reseller.territoryId]]);
    expect(notConvertedNotes(live.notConverted)).toEqual(['1 EUR deal not counted: no EUR rate for 2026-Q2', '1 GBP investment not counted: no GBP rate for 2026-Q2']);
  });

  it('recuts when HQ enters a rate: the Q2 deal then counts', () => {
    const withQ2 = { ...dataset, programSettings: [settingsWith([...rates, { quarter: '2026-Q2', currency: 'EUR', rateMillionths: 1_070_000 }])] };
    // €5,000.00 × 1.07 = $5,350.00 in Q2.
    expect(partnerRevenue(withQ2, scopeRecords(withQ2, ALL), quarterRange('2026-Q2', CALENDAR_YEAR)).deals.reseller).toBe(535_000);
  });
});
