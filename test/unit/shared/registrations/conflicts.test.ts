import { describe, expect, it } from 'vitest';
import type { Opportunity } from '../../../../shared/domain/opportunity';
import { customerKey, nameBlocks } from '../../../../shared/registrations/customer-key';
import { ConflictIndex, isProtectedOn } from '../../../../shared/registrations/conflicts';
import { buildDeal } from '../../../support/records';

const DAY = '2026-11-20';
/** A partner's registration, protected from Oct 1 to Dec 31 unless a test says otherwise. */
const registration = (id: string, partnerId: string, customerName: string, overrides: Partial<Opportunity> = {}): Opportunity =>
  buildDeal({
    id,
    partnerId,
    partnerRole: 'sourced',
    channel: 'resale',
    customerName,
    stage: 'develop',
    createdOn: '2026-10-01',
    closeOn: '2027-01-15',
    registeredOn: '2026-10-01',
    protectionEndsOn: '2026-12-31',
    ...overrides,
  });
const direct = (id: string, customerName: string, overrides: Partial<Opportunity> = {}): Opportunity =>
  buildDeal({ id, customerName, stage: 'propose', createdOn: '2026-10-01', closeOn: '2027-01-15', ...overrides });

const incoming = (customerName: string, extra: { customerDomain?: string } = {}) => ({ id: 'new', partnerId: 'partner-b', customerName, ...extra });
const matches = (index: ConflictIndex, customerName: string, extra: { customerDomain?: string } = {}) =>
  index.conflictsOf(incoming(customerName, extra)).map((c) => [c.deal.id, c.match, c.kind]);

describe('customer key', () => {
  it('reads a name as the import does: case, accents, punctuation and legal forms dropped', () => {
    expect(customerKey({ name: 'Müller Logistik GmbH' }).name).toBe('muller logistik');
    expect(customerKey({ name: 'ACME, Inc.' }).name).toBe(customerKey({ name: 'acme' }).name);
    expect(customerKey({ name: 'Acme', domain: 'https://www.Acme.com/about' }).domain).toBe('acme.com');
  });
  it('blocks a name by its first letters and its longer words', () => {
    expect(nameBlocks('northwind traders')).toEqual(['^nort', 'northwind', 'traders']);
  });
});

describe('channel conflicts of a registration', () => {
  const deals = [
    registration('r-acme', 'partner-a', 'Acme Corporation'),
    registration('r-nw', 'partner-a', 'Northwind Traders Ltd'),
    registration('r-expired', 'partner-a', 'Contoso', { protectionEndsOn: '2026-11-19' }),
    registration('r-lost', 'partner-a', 'Fabrikam', { stage: 'lost', closeOn: '2026-11-01' }),
    registration('r-own', 'partner-b', 'Tailspin Toys'),
    direct('d-open', 'Wingtip Holdings'),
    direct('d-won', 'Litware', { stage: 'won', closeOn: '2026-11-02' }),
  ];
  const index = new ConflictIndex(deals, DAY);

  it('finds another partner’s protected registration of the same customer, legal form aside', () => {
    expect(matches(index, 'ACME Corp.')).toEqual([['r-acme', 'same-name', 'protected-registration']]);
  });
  it('finds a near-same name: a letter dropped', () => {
    expect(matches(index, 'Nortwind Traders')).toEqual([['r-nw', 'near-same-name', 'protected-registration']]);
  });
  it('does not take a different short name for the same customer', () => {
    // "acne" is one letter from "acme" but 0.75 alike: another company.
    expect(matches(index, 'Acne')).toEqual([]);
  });
  it('ignores a registration whose protection ended, and one whose deal was lost', () => {
    expect(isProtectedOn(deals[2]!, DAY)).toBe(false);
    expect(matches(index, 'Contoso')).toEqual([]);
    expect(matches(index, 'Fabrikam')).toEqual([]);
  });
  it('counts the protection’s last day as protected', () => {
    expect(matches(new ConflictIndex(deals, '2026-11-19'), 'Contoso')).toEqual([['r-expired', 'same-name', 'protected-registration']]);
  });
  it('never conflicts with the same partner’s own registration', () => {
    expect(matches(index, 'Tailspin Toys')).toEqual([]);
  });
  it('finds the vendor’s open direct deal on the customer, not a closed one', () => {
    expect(matches(index, 'Wingtip Holdings Inc')).toEqual([['d-open', 'same-name', 'open-direct-deal']]);
    expect(matches(index, 'Litware')).toEqual([]);
  });
  it('finds the same website domain under another name', () => {
    const withDomain = new ConflictIndex([{ ...registration('r-dom', 'partner-a', 'Globex'), customerDomain: 'globex.example' } as Opportunity], DAY);
    expect(matches(withDomain, 'Globex Corporation International', { customerDomain: 'https://www.globex.example/' })).toEqual([['r-dom', 'same-domain', 'protected-registration']]);
  });
});
