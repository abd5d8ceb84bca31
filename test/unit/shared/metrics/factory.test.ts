import { describe, expect, it } from 'vitest';
import { partnerTypes } from '../../../../shared/domain/common';
import { investmentSchema } from '../../../../shared/domain/investment';
import { opportunitySchema } from '../../../../shared/domain/opportunity';
import { partnerSchema } from '../../../../shared/domain/partner';
import {
  isvAdoption,
  makeDirectDeal,
  makeInvestment,
  makePartner,
  makePartnerDeal,
  oemUsage,
  won,
} from './factory';

describe('metric test factory', () => {
  it('builds records the domain schemas accept, so metric tests run on realistic data', () => {
    for (const type of partnerTypes) expect(partnerSchema.safeParse(makePartner(type)).error).toBeUndefined();
    const isv = makePartner('isv', { attributes: isvAdoption(3, 4), firstCommercialActivityOn: '2026-07-01' });
    const oem = makePartner('oem', { attributes: oemUsage({ quarter: '2026-Q3', units: 5, activations: 2 }) });
    expect(partnerSchema.safeParse(isv).error).toBeUndefined();
    expect(partnerSchema.safeParse(oem).error).toBeUndefined();

    expect(opportunitySchema.safeParse(makeDirectDeal()).error).toBeUndefined();
    expect(opportunitySchema.safeParse(makePartnerDeal(isv, 'sourced', won('2026-09-30'))).error).toBeUndefined();
    expect(investmentSchema.safeParse(makeInvestment(isv, 1_000, '2026-07-01')).error).toBeUndefined();
  });
});
