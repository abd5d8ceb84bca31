import type { Certification } from '../../domain/certification';
import type { Contact } from '../../domain/contact';
import type { Opportunity } from '../../domain/opportunity';

/**
 * A program's records filed by partner, read once: a calculation over every
 * partner (an impact preview of 10,000) gives each its own records instead
 * of every record, which the calculators would filter again per partner.
 * A deal is filed under each partner on it, its own and any beside it.
 */
export interface PartnerRecords {
  contacts(partnerId: string): readonly Contact[];
  certifications(partnerId: string): readonly Certification[];
  opportunities(partnerId: string): readonly Opportunity[];
}

const file = <T>(map: Map<string, T[]>, key: string, record: T): void => {
  const list = map.get(key);
  if (list) list.push(record);
  else map.set(key, [record]);
};

export const partnerRecords = (records: {
  contacts: readonly Contact[];
  certifications: readonly Certification[];
  opportunities: readonly Opportunity[];
}): PartnerRecords => {
  const contacts = new Map<string, Contact[]>();
  const certifications = new Map<string, Certification[]>();
  const opportunities = new Map<string, Opportunity[]>();
  for (const c of records.contacts) file(contacts, c.partnerId, c);
  for (const c of records.certifications) file(certifications, c.partnerId, c);
  for (const o of records.opportunities) {
    if (o.partnerId !== null) file(opportunities, o.partnerId, o);
    for (const co of o.coPartners ?? []) if (co.partnerId !== o.partnerId) file(opportunities, co.partnerId, o);
  }
  return {
    contacts: (id) => contacts.get(id) ?? [],
    certifications: (id) => certifications.get(id) ?? [],
    opportunities: (id) => opportunities.get(id) ?? [],
  };
};
