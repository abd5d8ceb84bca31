import { describe, expect, it } from 'vitest';
import { sameSalesforceRecord, salesforceIdSuffix, toSalesforceId15, toSalesforceId18 } from '../../../../shared/import';

describe('Salesforce ids', () => {
  it('computes the 18-character suffix from the case of the 15 characters', () => {
    // The pair Salesforce's own help uses for the conversion.
    expect(toSalesforceId18('0015000000Gv7qJ')).toBe('0015000000Gv7qJAAR');
    expect(salesforceIdSuffix('001000000000000')).toBe('AAA');
    expect(salesforceIdSuffix('AAAAAAAAAAAAAAA')).toBe('555');
    // "a0B5g": B is 3rd (bit 4) → E; "00000" → A; "XyZab": X and Z (bits 1 + 4) → F.
    expect(salesforceIdSuffix('a0B5g00000XyZab')).toBe('EAF');
  });

  it('keeps ids in the 15-character form and takes either form for one record', () => {
    expect(toSalesforceId15('0015000000Gv7qJAAR')).toBe('0015000000Gv7qJ');
    expect(toSalesforceId15('0015000000Gv7qJ')).toBe('0015000000Gv7qJ');
    expect(sameSalesforceRecord('0015000000Gv7qJ', '0015000000Gv7qJAAR')).toBe(true);
  });

  it('restores the case of an 18-character id a spreadsheet changed, from its suffix', () => {
    expect(toSalesforceId15('0015000000gv7qjaar')).toBe('0015000000Gv7qJ');
    expect(toSalesforceId15('0015000000GV7QJAAR')).toBe('0015000000Gv7qJ');
  });

  it('tells 15-character ids that differ only in case apart: they are different records', () => {
    expect(sameSalesforceRecord('0015000000Gv7qJ', '0015000000gv7qj')).toBe(false);
  });

  it('refuses text that is no Salesforce id', () => {
    expect(toSalesforceId15('12345')).toBeNull();
    expect(toSalesforceId15('0015000000Gv7q-')).toBeNull();
    // A suffix that flags a digit as upper case does not belong to these 15 characters.
    expect(toSalesforceId15('001500000000000AAB')).toBeNull();
  });
});
