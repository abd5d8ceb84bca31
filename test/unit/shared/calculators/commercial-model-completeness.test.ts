import { describe, expect, it } from 'vitest';
import { commercialModelCompleteness } from '../../../../shared/calculators';
import type { CommercialModel } from '../../../../shared/domain';
import { fullModel, makeSolution } from './factory';

const without = (model: CommercialModel, ...fields: (keyof CommercialModel)[]): CommercialModel => {
  const copy = { ...model };
  for (const field of fields) delete copy[field];
  return copy;
};

const ALWAYS = ['Pricing model', 'L1 support', 'L2 support', 'L3 support', 'Customer-success owner', 'Renewal owner', 'Renewal model', 'Integration certification'];

describe('commercial model completeness by pricing model', () => {
  it('asks a bundle for list price and partner discount on top of the common items', () => {
    const result = commercialModelCompleteness(makeSolution('approved', fullModel('bundle')));
    expect(result.items.map((i) => i.label)).toEqual([
      'Pricing model', 'List price', 'Partner discount', 'L1 support', 'L2 support', 'L3 support',
      'Customer-success owner', 'Renewal owner', 'Renewal model', 'Integration certification',
    ]);
    expect(result).toMatchObject({ missing: [], percent: 100, complete: true, readyToCoSell: true, blockers: [] }); // 10 of 10
  });

  it('asks a separately priced solution for a list price but no discount or revenue share', () => {
    const result = commercialModelCompleteness(makeSolution('defined', without(fullModel('separately-priced'), 'partnerDiscountBps', 'revenueShareBps')));
    expect(result.items.map((i) => i.field)).toEqual([
      'pricingModel', 'listPriceCents', 'support.l1', 'support.l2', 'support.l3',
      'customerSuccessOwner', 'renewalOwner', 'renewalModel', 'integrationCertification',
    ]);
    expect(result).toMatchObject({ percent: 100, complete: true, readyToCoSell: true }); // 9 of 9
  });

  it('misses a bundle without its prices', () => {
    const result = commercialModelCompleteness(makeSolution('approved', without(fullModel('bundle'), 'listPriceCents', 'partnerDiscountBps')));
    expect(result.missing).toEqual(['List price', 'Partner discount']);
    expect(result.percent).toBe(80); // 8 of 10 present: 8 × 100 / 10
    expect(result.blockers).toEqual(['List price is missing', 'Partner discount is missing']);
  });

  it('asks a marketplace listing for a revenue share, and explains a draft without one', () => {
    const result = commercialModelCompleteness(makeSolution('draft', without(fullModel('marketplace'), 'revenueShareBps', 'listPriceCents')));
    expect(result.items).toHaveLength(9); // 8 common + revenue share; a list price is not asked for
    expect(result.missing).toEqual(['Revenue share']);
    expect(result.percent).toBe(88); // 8 of 9 present: 800 / 9 = 88.9, rounded down
    expect(result.complete).toBe(false);
    expect(result.readyToCoSell).toBe(false);
    expect(result.blockers).toEqual(['Commercial model is still a draft', 'Revenue share is missing']);
  });

  it('counts a deliberate zero as an answer', () => {
    const model = { ...fullModel('marketplace'), revenueShareBps: 0 };
    expect(commercialModelCompleteness(makeSolution('approved', model)).complete).toBe(true);
  });

  it('asks only the common items until a pricing model is chosen', () => {
    const result = commercialModelCompleteness(makeSolution('draft', without(fullModel('bundle'), 'pricingModel')));
    expect(result.items.map((i) => i.label)).toEqual(ALWAYS);
    expect(result.missing).toEqual(['Pricing model']);
    expect(result.percent).toBe(87); // 7 of 8 present: 700 / 8 = 87.5, rounded down
  });

  it('scores an empty model at zero and lists everything', () => {
    const result = commercialModelCompleteness(makeSolution('draft', { support: {} }));
    expect(result.missing).toEqual(ALWAYS);
    expect(result.percent).toBe(0); // 0 of 8
    expect(result.blockers).toEqual(['Commercial model is still a draft', ...ALWAYS.map((label) => `${label} is missing`)]);
  });
});

describe('ready to co-sell', () => {
  it('is not ready while the model is a draft, however complete', () => {
    const result = commercialModelCompleteness(makeSolution('draft', fullModel('bundle')));
    expect(result).toMatchObject({ percent: 100, complete: true, readyToCoSell: false, blockers: ['Commercial model is still a draft'] });
  });

  it('is not ready until the integration is certified', () => {
    const model: CommercialModel = { ...fullModel('separately-priced'), integrationCertification: 'in-progress' };
    const result = commercialModelCompleteness(makeSolution('defined', model));
    expect(result).toMatchObject({ complete: true, readyToCoSell: false, blockers: ['Integration is not certified yet (in progress)'] });
  });

  it('is ready once defined, complete and certified', () => {
    expect(commercialModelCompleteness(makeSolution('defined', fullModel('marketplace'))).readyToCoSell).toBe(true);
  });
});
