import { describe, expect, it } from 'vitest';
import {
  ValidationError,
  certificationSchema,
  contactSchema,
  fieldError,
  incentiveProgramSchema,
  opportunitySchema,
  parseOrThrow,
  partnerSchema,
  validate,
} from '../../../../shared/domain';

const sync = { id: 'r1', territoryId: 't1', updatedAt: '2026-11-22T10:00:00.000Z', deleted: false };

const reseller = {
  ...sync,
  name: 'Northwind Resale',
  partnerType: 'reseller',
  tier: 'silver',
  status: 'active',
  enrolledOn: '2025-03-01',
  firstCommercialActivityOn: '2025-04-15',
  ownerUserId: 'u1',
  region: 'EMEA',
  vertical: 'Retail',
  segment: 'mid-market',
  attributes: { partnerType: 'reseller', productLines: [{ name: 'Analytics', competing: false }], renewalManagedCustomers: 12 },
};

const messagesOf = (schema: Parameters<typeof validate>[0], input: unknown) => {
  const result = validate(schema, input);
  if (result.ok) throw new Error('expected validation to fail');
  return Object.fromEntries(result.errors.map((e) => [e.field, e.message]));
};

describe('validation messages name the field at fault in plain words', () => {
  it('accepts a complete reseller', () => {
    expect(validate(partnerSchema, reseller).ok).toBe(true);
  });

  it('refuses a rate above the whole amount, told in percent as it is typed', () => {
    const program = {
      ...sync,
      name: 'Resale 2027',
      partnerType: 'reseller',
      effectiveFrom: '2027-01-01',
      effectiveTo: null,
      rules: [{ kind: 'renewal-commission', rateBps: 10_001 }],
    };
    expect(messagesOf(incentiveProgramSchema, program)).toEqual({ 'rules.0.rateBps': 'Rate (item 1) must be at most 100%' });
    expect(validate(incentiveProgramSchema, { ...program, rules: [{ kind: 'renewal-commission', rateBps: 10_000 }] }).ok).toBe(true);
  });

  it('tells a missing name and an unknown tier apart', () => {
    const errors = messagesOf(partnerSchema, { ...reseller, name: '  ', tier: 'diamond' });
    expect(errors.name).toBe('Name is required');
    expect(errors.tier).toBe('Tier must be one of: registered, silver, gold, platinum');
  });

  it('names nested type-specific fields with their list position', () => {
    const oem = {
      ...reseller,
      partnerType: 'oem',
      attributes: {
        partnerType: 'oem',
        embeddedProduct: 'Edge Gateway',
        usageReports: [{ quarter: '2026-Q3', units: 10.5, activations: 3 }],
        minimumCommitmentCents: 'lots',
      },
    };
    const errors = messagesOf(partnerSchema, oem);
    expect(errors['attributes.usageReports.0.units']).toBe('Units shipped (item 1) must be a whole number');
    expect(errors['attributes.minimumCommitmentCents']).toBe('Minimum commitment must be a number');
  });

  it('refuses type-specific details that belong to another partner type', () => {
    const errors = messagesOf(partnerSchema, { ...reseller, partnerType: 'isv' });
    expect(errors['attributes.partnerType']).toMatch(/must match the partner type/);
  });

  it('explains a bad email and a bad date', () => {
    const errors = messagesOf(contactSchema, {
      ...sync,
      partnerId: 'p1',
      name: 'Ada',
      role: 'Alliance lead',
      email: 'ada-at-northwind',
      primary: true,
    });
    expect(errors.email).toBe('Email is not a valid email address');
    expect(messagesOf(partnerSchema, { ...reseller, enrolledOn: '03/01/2025' }).enrolledOn).toBe(
      'Enrollment date must be a date like 2026-09-30',
    );
  });

  it('never lets a deal be partner-less yet carry a partner role', () => {
    const direct = {
      ...sync,
      partnerId: null,
      partnerRole: 'sourced',
      customerName: 'Contoso',
      newCustomer: true,
      dealType: 'new-business',
      channel: 'direct',
      productLine: 'Analytics',
      amountCents: 5_000_000,
      servicesAttachedCents: 0,
      stage: 'won',
      createdOn: '2026-07-01',
      closeOn: '2026-08-15',
      registeredOn: null,
      protectionEndsOn: null,
    };
    expect(messagesOf(opportunitySchema, direct).partnerRole).toMatch(/^Partner role is required when a partner is on the deal/);
    expect(validate(opportunitySchema, { ...direct, partnerRole: null }).ok).toBe(true);
    expect(messagesOf(opportunitySchema, { ...direct, partnerRole: null, closeOn: '2026-06-30' }).closeOn).toBe(
      'Close date cannot be before the created date',
    );
  });

  it('requires dates once a contact is certified', () => {
    const cert = { ...sync, partnerId: 'p1', contactId: 'c1', programId: 'g1', status: 'certified', issuedOn: null, expiresOn: null };
    expect(messagesOf(certificationSchema, cert).expiresOn).toBe('Expiry date is required once the contact is certified');
    expect(validate(certificationSchema, { ...cert, status: 'in-progress' }).ok).toBe(true);
  });

  it('refuses a SPIFF that ends before it starts, under its end date', () => {
    const spiff = { kind: 'spiff', name: 'Kick-off', productLine: 'Workflow Automation', from: '2026-10-01', to: '2026-09-30', amountPerDealCents: 50_000 };
    const program = { ...sync, territoryId: 'global', name: 'Resale 2027', partnerType: 'reseller', effectiveFrom: '2026-01-01', effectiveTo: null, rules: [spiff] };
    expect(messagesOf(incentiveProgramSchema, program)).toEqual({ 'rules.0.to': 'To (item 1) cannot be before From' });
    // A one-day promotion is fine.
    expect(validate(incentiveProgramSchema, { ...program, rules: [{ ...spiff, to: spiff.from }] }).ok).toBe(true);
  });

  it('words a rule found outside the schemas the way the schemas word theirs', () => {
    expect(fieldError('dueOn', 'cannot be in the past')).toEqual({ field: 'dueOn', message: 'Due date cannot be in the past' });
    expect(fieldError('rules.1.to', 'cannot be before From').message).toBe('To (item 2) cannot be before From');
  });

  it('refuses rebate bands that do not rise from zero', () => {
    const program = {
      ...sync,
      territoryId: 'global',
      name: 'Reseller rebate FY26',
      partnerType: 'reseller',
      effectiveFrom: '2026-01-01',
      effectiveTo: null,
      rules: [{ kind: 'tiered-rebate', mode: 'marginal', bands: [{ from: 0, rateBps: 300 }, { from: 0, rateBps: 500 }] }],
    };
    expect(messagesOf(incentiveProgramSchema, program)['rules.0.bands']).toBe('Bands (item 1) must start at 0 and rise band by band');
  });

  it('throws one error that lists every field at fault', () => {
    expect(() => parseOrThrow(partnerSchema, { ...reseller, name: '', region: '' }, 'Partner')).toThrow(ValidationError);
    try {
      parseOrThrow(partnerSchema, { ...reseller, name: '', region: '' }, 'Partner');
    } catch (error) {
      expect((error as ValidationError).errors.map((e) => e.field)).toEqual(['name', 'region']);
      expect((error as Error).message).toBe('Partner was not saved: Name is required; Region is required');
    }
  });
});
