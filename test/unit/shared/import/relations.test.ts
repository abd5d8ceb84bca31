import { describe, expect, it } from 'vitest';
import type { Contact } from '../../../../shared/domain/contact';
import { relationIndex } from '../../../../shared/import/relations';
import { buildPartner } from '../../../support/records';

/** Two stored partners carrying one Salesforce account id: the same account imported twice, from two copies of one CRM. */
const twins = [
  buildPartner('reseller', { id: 'p-1', name: 'Acme Software, Inc.', importSource: 'salesforce', externalId: '0015g00000AbCdE' }),
  buildPartner('reseller', { id: 'p-2', name: 'Acme Software EMEA', importSource: 'salesforce', externalId: '0015g00000AbCdE' }),
];

const contact = (id: string, email: string, overrides: Partial<Contact> = {}): Contact =>
  ({ id, territoryId: 't', partnerId: 'p-1', name: `Person ${id}`, email, role: 'Alliance Manager', updatedAt: '2026-11-01T00:00:00.000Z', deleted: false, ...overrides }) as Contact;

describe('relations that find more than one record', () => {
  it('says an account id is on two stored partners, naming them, rather than "not found"', () => {
    const resolved = relationIndex('salesforce', twins).resolve({ partnerExternalId: '0015g00000AbCdE' }, 'contacts');
    expect(resolved).toEqual({
      ok: false,
      field: 'partnerId',
      ref: 'partnerExternalId',
      reason: 'Partner id 0015g00000AbCdE matches 2 partners: Acme Software, Inc., Acme Software EMEA; merge them, or give the partner by name',
    });
  });

  it('takes the partner by name when the id finds two and the name finds one', () => {
    const resolved = relationIndex('salesforce', twins).resolve({ partnerExternalId: '0015g00000AbCdE', partnerName: 'Acme Software EMEA' }, 'contacts');
    expect(resolved).toEqual({ ok: true, ids: { partnerId: 'p-2' } });
  });

  it('says a certification\'s contact email is on two contacts rather than picking the first', () => {
    const contacts = [contact('c-1', 'ada@acme.example'), contact('c-2', 'ADA@acme.example', { partnerId: 'p-2' })];
    const resolved = relationIndex('salesforce', twins, contacts).resolve({ contactEmail: 'ada@acme.example', program: 'anything' }, 'certifications');
    expect(resolved).toMatchObject({ ok: false, field: 'contactId', ref: 'contactEmail' });
    expect(resolved.ok === false && resolved.reason).toBe('Contact ada@acme.example matches 2 contacts: Person c-1 <ada@acme.example>, Person c-2 <ADA@acme.example>; merge them, or give the contact by another key');
  });
});
