import { describe, expect, it } from 'vitest';
import type { Opportunity } from '../../../../shared/domain/opportunity';
import { quarterRange, CALENDAR_YEAR } from '../../../../shared/domain/quarter';
import { partnerRevenue } from '../../../../shared/metrics/partner-revenue';
import { scopeRecords } from '../../../../shared/metrics/scope';
import type { MetricsDataset } from '../../../../shared/metrics/types';
import { buildDeal, buildPartner, usd } from '../../../support/records';

const reseller = buildPartner('reseller', { id: 'reseller', territoryId: 't1' });
const si = buildPartner('si', { id: 'si', territoryId: 't1' });
// Won in Q3 for $100,000 by the reseller, the SI influencing it; $30,000 returned in Q4.
const deal: Opportunity = buildDeal({
  id: 'shared-deal',
  territoryId: 't1',
  partnerId: reseller.id,
  partnerRole: 'sourced',
  channel: 'resale',
  amountCents: usd(100_000),
  closeOn: '2026-08-20',
  coPartners: [{ partnerId: si.id, role: 'influenced' }],
  creditNotes: [{ issuedOn: '2026-10-12', amountCents: usd(30_000), reason: 'Seats returned' }],
});
const dataset = (extra: Partial<MetricsDataset> = {}): MetricsDataset => ({
  partners: [reseller, si],
  opportunities: [deal],
  investments: [],
  incentivePrograms: [],
  incentiveStatements: [],
  ...extra,
});
const revenue = (d: MetricsDataset, scope: Parameters<typeof scopeRecords>[1], quarter: string) => partnerRevenue(d, scopeRecords(d, scope), quarterRange(quarter, CALENDAR_YEAR)).totalCents;

describe('revenue with returns and two partners on a deal', () => {
  it('counts a return in the quarter its credit note is issued, leaving the quarter it was won as it was', () => {
    const d = dataset();
    expect(revenue(d, { kind: 'territory', territoryId: 't1' }, '2026-Q3')).toBe(usd(100_000));
    // Q4: nothing won, $30,000 given back.
    expect(revenue(d, { kind: 'territory', territoryId: 't1' }, '2026-Q4')).toBe(-usd(30_000));
  });

  it('counts the deal once in the territory, and in each partner’s own figures at its role’s credit', () => {
    const settings = { id: 'program-settings', territoryId: 'global', updatedAt: '2026-10-01T00:00:00.000Z', deleted: false, vendorName: 'Vendor', logoDataUrl: null, primaryColor: '#1F4E79', accentColor: '#F28C28' };
    const d = dataset({ programSettings: [{ ...settings, dealCredit: { sourced: 10_000, influenced: 2_500, 'co-sell': 5_000 } }] });
    expect(revenue(d, { kind: 'territory', territoryId: 't1' }, '2026-Q3')).toBe(usd(100_000)); // once, not $125,000
    expect(revenue(d, { kind: 'partner', partnerId: reseller.id }, '2026-Q3')).toBe(usd(100_000));
    // The SI influenced it: 25% of $100,000 = $25,000; of the Q4 return, 25% of $30,000 = $7,500 given back.
    expect(revenue(d, { kind: 'partner', partnerId: si.id }, '2026-Q3')).toBe(usd(25_000));
    expect(revenue(d, { kind: 'partner', partnerId: si.id }, '2026-Q4')).toBe(-usd(7_500));
  });

  it('gives a partner on the deal full credit when HQ has set no rule', () => {
    expect(revenue(dataset(), { kind: 'partner', partnerId: si.id }, '2026-Q3')).toBe(usd(100_000));
  });
});
