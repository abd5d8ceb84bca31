import { describe, expect, it } from 'vitest';
import {
  certificationSchema,
  incentiveProgramSchema,
  opportunitySchema,
  partnerSchema,
  partnerTypes,
  type IncentiveRule,
} from '../../../../shared/domain';
import { makeCertification, makeDeal, makePartner, makeProgram } from './factory';

const oneOfEachRule: IncentiveRule[] = [
  { kind: 'tiered-rebate', mode: 'marginal', bands: [{ from: 0, rateBps: 500 }, { from: 5_000_000, rateBps: 800 }] },
  { kind: 'new-customer-bonus', amountPerDealCents: 50_000 },
  { kind: 'product-mix-accelerator', productLine: 'Analytics', extraRateBps: 200 },
  { kind: 'spiff', name: 'August push', productLine: 'Analytics', from: '2026-08-01', to: '2026-08-31', amountPerDealCents: 25_000 },
  { kind: 'renewal-commission', rateBps: 250 },
  { kind: 'volume-royalty', basis: 'units', bands: [{ from: 0, perUnitCents: 3_000 }] },
  { kind: 'marketplace-revenue-share', rates: [{ from: '2026-01-01', rateBps: 1_500 }] },
  { kind: 'co-sell-pipeline-bonus', rateBps: 500, capCents: 100_000 },
  { kind: 'new-platform-customer-bonus', amountPerCustomerCents: 100_000 },
  { kind: 'sourced-pipeline-bonus', rateBps: 300 },
  { kind: 'implementation-attach', rateBps: 1_000 },
  { kind: 'certification-reward', amountPerCertificationCents: 75_000 },
];

describe('incentive test factory', () => {
  it('builds records the domain schemas accept', () => {
    for (const type of partnerTypes) {
      const partner = makePartner(type, type === 'oem' ? [{ quarter: '2026-Q3', units: 10, activations: 5 }] : []);
      expect(partnerSchema.safeParse(partner).error).toBeUndefined();
      expect(incentiveProgramSchema.safeParse(makeProgram(type, oneOfEachRule)).error).toBeUndefined();
    }
    const reseller = makePartner('reseller');
    expect(opportunitySchema.safeParse(makeDeal(reseller)).error).toBeUndefined();
    expect(opportunitySchema.safeParse(makeDeal(reseller, { partnerId: null, partnerRole: null })).error).toBeUndefined();
    expect(certificationSchema.safeParse(makeCertification(reseller)).error).toBeUndefined();
  });

  it('gives every record its own id', () => {
    const partner = makePartner('si');
    expect(makeDeal(partner).id).not.toBe(makeDeal(partner).id);
  });
});
