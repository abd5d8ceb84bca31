import { describe, expect, it } from 'vitest';
import { partnerSourcedNewCustomerRate } from '../../../../shared/metrics';
import { ALL, Q3, lost, makeDataset, makeDirectDeal, makePartner, makePartnerDeal, partnerScope, won } from './factory';

const north1 = makePartner('reseller');
const north2 = makePartner('si');
const newLogo = { newCustomer: true };

const dataset = makeDataset({
  partners: [north1, north2],
  opportunities: [
    makePartnerDeal(north1, 'sourced', won('2026-07-01', newLogo)),
    makePartnerDeal(north2, 'sourced', won('2026-09-30', newLogo)),
    makePartnerDeal(north1, 'influenced', won('2026-08-01', newLogo)),
    makeDirectDeal(won('2026-08-02', newLogo)),
    makeDirectDeal(won('2026-08-03', newLogo)),
    makePartnerDeal(north1, 'sourced', won('2026-08-04')), // existing customer
    makePartnerDeal(north1, 'sourced', won('2026-10-01', newLogo)), // day after
    makePartnerDeal(north1, 'sourced', lost('2026-08-05', newLogo)), // lost
  ],
});

describe('partner-sourced new-customer rate', () => {
  it('is the share of new-customer wins a partner sourced', () => {
    // New-customer wins in Q3: 2 sourced + 1 influenced + 2 direct = 5; sourced 2. 2 / 5 = 0.4.
    expect(partnerSourcedNewCustomerRate(dataset, ALL, Q3)).toEqual({
      key: 'partnerSourcedNewCustomerRate',
      value: 0.4,
      numerator: 2,
      denominator: 5,
      unit: 'ratio',
    });
  });

  it('gives one partner its share of its territory’s new customers', () => {
    // north1 sourced 1 of the territory's 5 new-customer wins: 0.2.
    expect(partnerSourcedNewCustomerRate(dataset, partnerScope(north1), Q3)).toMatchObject({ value: 0.2, numerator: 1, denominator: 5 });
  });

  it('is null without new-customer wins', () => {
    expect(partnerSourcedNewCustomerRate(dataset, ALL, '2026-Q1').value).toBeNull();
  });
});
