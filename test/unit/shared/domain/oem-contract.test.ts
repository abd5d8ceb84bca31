import { describe, expect, it } from 'vitest';
import { partnerSchema, validate } from '../../../../shared/domain';
import { buildPartner, partnerAttributes } from '../../../support/records';

/** The schema's messages by field, as the partner form and the server's refusals show them. */
const messagesOf = (attributes: Record<string, unknown>): Record<string, string> => {
  const checked = validate(partnerSchema, { ...buildPartner('oem'), attributes: { ...partnerAttributes('oem'), ...attributes } });
  return checked.ok ? {} : Object.fromEntries(checked.errors.map((e) => [e.field, e.message]));
};

describe("an OEM's contract year and returns", () => {
  it('keeps an OEM stored before the contract year and returns valid', () => {
    expect(messagesOf({ usageReports: [{ quarter: '2026-Q3', units: 10, activations: 3 }] })).toEqual({});
  });

  it('takes a contract year that starts on the first day of any quarter, fiscal ones too, with contract-year bands and an annual minimum', () => {
    // 1 February and 1 May start quarters of a February fiscal year.
    for (const startsOn of ['2026-01-01', '2026-04-01', '2026-07-01', '2026-10-01', '2026-02-01', '2026-05-01']) {
      expect(messagesOf({ contractYearStartsOn: startsOn, royaltyBandsMeasured: 'contract-year', annualMinimumCents: 10_000_000 })).toEqual({});
    }
  });

  it('refuses a contract year that starts inside a quarter, naming the field', () => {
    expect(messagesOf({ contractYearStartsOn: '2026-04-15' })).toEqual({
      'attributes.contractYearStartsOn':
        'Contract year start must be the first day of a month: the first day of one of the program’s quarters',
    });
  });

  it('refuses contract-year bands or an annual minimum without the contract year start', () => {
    expect(messagesOf({ royaltyBandsMeasured: 'contract-year' })).toEqual({
      'attributes.contractYearStartsOn': 'Contract year start is needed to measure royalty bands over the contract year',
    });
    expect(messagesOf({ annualMinimumCents: 100 })).toEqual({ 'attributes.contractYearStartsOn': 'Contract year start is needed for an annual minimum' });
    // per-quarter bands need no contract year
    expect(messagesOf({ royaltyBandsMeasured: 'quarter' })).toEqual({});
  });

  it('refuses negative or fractional returns and refunds on a usage report', () => {
    const report = { quarter: '2026-Q3', units: 10, activations: 3, returnedUnits: -1, returnedActivations: 1.5, refundedRevenueCents: -100 };
    expect(messagesOf({ usageReports: [report] })).toEqual({
      'attributes.usageReports.0.returnedUnits': 'Returned units (item 1) must be at least 0',
      'attributes.usageReports.0.returnedActivations': 'Returned activations (item 1) must be a whole number',
      'attributes.usageReports.0.refundedRevenueCents': 'Refunded revenue (item 1) must be at least 0',
    });
  });
});
