import { describe, expect, it } from 'vitest';
import {
  columnMappingSchema,
  detectSource,
  readCsv,
  reuseColumnMapping,
  SKIP_ROW,
  suggestColumnMapping,
  suggestValueMapping,
  valueMappingSchema,
} from '../../../../shared/import';
import { fixture, users } from './support';

const headersOf = (name: string) => readCsv(fixture(name)).headers;

describe('source detection', () => {
  it('recognizes each sample export: the CRM, the kind of export and what it holds', () => {
    expect(detectSource(headersOf('salesforce-accounts-report.csv'))).toMatchObject({ source: 'salesforce', flavor: 'report', entity: 'partners' });
    expect(detectSource(headersOf('salesforce-contacts-dataloader.csv'))).toMatchObject({ source: 'salesforce', flavor: 'data-loader', entity: 'contacts' });
    expect(detectSource(headersOf('salesforce-opportunities-bad-row.csv'))).toMatchObject({ source: 'salesforce', flavor: 'report', entity: 'opportunities' });
    expect(detectSource(headersOf('hubspot-companies.csv'))).toMatchObject({ source: 'hubspot', entity: 'partners' });
    expect(detectSource(headersOf('hubspot-deals.csv'))).toMatchObject({ source: 'hubspot', entity: 'opportunities' });
  });

  it('tells a Data Loader accounts export by its API names', () => {
    expect(detectSource(['Id', 'Name', 'Type', 'Website', 'BillingCity', 'BillingCountry', 'OwnerId', 'Industry'])).toMatchObject({
      source: 'salesforce',
      flavor: 'data-loader',
      entity: 'partners',
    });
  });

  it('calls a hand-made file generic: a few common headers prove nothing', () => {
    expect(detectSource(headersOf('partners-semicolon.csv'))).toEqual({ source: 'generic', confidence: 0 });
    expect(detectSource(['Type', 'Email'])).toMatchObject({ source: 'generic' });
  });
});

describe('column mapping', () => {
  it('maps a Salesforce report to our partner fields', () => {
    const mapping = suggestColumnMapping(headersOf('salesforce-accounts-report.csv'), { source: 'salesforce', flavor: 'report', entity: 'partners' });
    expect(mapping.fields).toMatchObject({
      externalId: 'Account ID',
      name: 'Account Name',
      website: 'Website',
      partnerType: 'Type',
      region: 'Billing Country',
      vertical: 'Industry',
      ownerUserId: 'Account Owner',
      notes: 'Description',
    });
  });

  it('maps Data Loader contacts, their account id and the two name columns', () => {
    const mapping = suggestColumnMapping(headersOf('salesforce-contacts-dataloader.csv'), { source: 'salesforce', flavor: 'data-loader', entity: 'contacts' });
    expect(mapping.fields).toEqual({
      externalId: 'Id',
      partnerExternalId: 'AccountId',
      firstName: 'FirstName',
      lastName: 'LastName',
      role: 'Title',
      email: 'Email',
      phone: 'Phone',
    });
  });

  it('maps a generic file by loosely matching header names', () => {
    const mapping = suggestColumnMapping(headersOf('partners-semicolon.csv'), { source: 'generic', entity: 'partners' });
    expect(mapping.fields).toEqual({
      name: 'Partner',
      website: 'Website',
      partnerType: 'Partner Type',
      region: 'Country',
      revenueTargetCents: 'Revenue Target',
      enrolledOn: 'Enrolled',
    });
  });

  it('is plain JSON that survives being saved, and is reused on a file that lacks some columns', () => {
    const mapping = suggestColumnMapping(headersOf('hubspot-companies.csv'), { source: 'hubspot', entity: 'partners' });
    const saved = columnMappingSchema.parse(JSON.parse(JSON.stringify(mapping)));
    expect(saved).toEqual(mapping);
    const { mapping: reused, missing } = reuseColumnMapping(saved, ['Record ID', 'company name', 'Company Domain Name']);
    expect(reused.fields).toEqual({ externalId: 'Record ID', name: 'company name', website: 'Company Domain Name' });
    expect(missing).toEqual(['Type', 'Country/Region', 'Industry', 'Company owner']);
  });
});

describe('value mapping', () => {
  it('suggests our partner types for Salesforce account types and leaves customers out', () => {
    const table = readCsv(fixture('salesforce-accounts-report.csv'));
    const mapping = suggestColumnMapping(table.headers, { source: 'salesforce', flavor: 'report', entity: 'partners' });
    const values = suggestValueMapping(table, mapping, { users });
    expect(values.fields.partnerType).toEqual({
      'Technology Partner': 'isv',
      'Channel Partner / Reseller': 'reseller',
      'Installation Partner': 'si',
      OEM: 'oem',
      'Customer - Direct': SKIP_ROW,
    });
    expect(values.fields.ownerUserId).toEqual({ 'Dana Field': 'user-dana', 'Sam Rivera': null });
  });

  it('suggests our stages for Salesforce and HubSpot stages', () => {
    const sf = readCsv(fixture('salesforce-opportunities-bad-row.csv'));
    const sfValues = suggestValueMapping(sf, suggestColumnMapping(sf.headers, { source: 'salesforce', flavor: 'report', entity: 'opportunities' }));
    expect(sfValues.fields.stage).toEqual({
      'Closed Won': 'won',
      'Negotiation/Review': 'negotiate',
      Prospecting: 'qualify',
      'Proposal/Price Quote': 'propose',
      Qualification: 'qualify',
    });
    expect(sfValues.fields.dealType).toEqual({ 'New Customer': 'new-business', 'Existing Customer - Upgrade': 'expansion' });
    const hs = readCsv(fixture('hubspot-deals.csv'));
    const hsValues = suggestValueMapping(hs, suggestColumnMapping(hs.headers, { source: 'hubspot', entity: 'opportunities' }));
    expect(hsValues.fields.stage).toEqual({ 'Closed Won': 'won', 'Contract Sent': 'negotiate', 'Appointment Scheduled': 'qualify', 'Qualified To Buy': 'qualify' });
  });

  it('leaves a value with no known meaning for the user, and keeps what the user chose last time', () => {
    const table = readCsv(fixture('hubspot-companies.csv'));
    const mapping = suggestColumnMapping(table.headers, { source: 'hubspot', entity: 'partners' });
    const first = suggestValueMapping(table, mapping);
    expect(first.fields.partnerType).toEqual({ Reseller: 'reseller', Partner: null });
    const chosen = { ...first, fields: { ...first.fields, partnerType: { ...first.fields.partnerType, Partner: 'isv' } } };
    const saved = valueMappingSchema.parse(JSON.parse(JSON.stringify(chosen)));
    expect(suggestValueMapping(table, mapping, { saved }).fields.partnerType).toEqual({ Reseller: 'reseller', Partner: 'isv' });
  });
});
