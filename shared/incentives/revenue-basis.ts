import type { PartnerType } from '../domain/common';
import type { Opportunity } from '../domain/opportunity';

/**
 * What a partner's revenue is, for every rule that pays on it (the rebate,
 * the product-mix accelerator, the new-customer bonus, SPIFFs, the renewal
 * commission): one rule, so the bonuses ride on the same basis as the
 * rebate. A reseller's revenue is what it resold: its deals on the resale
 * channel. A deal the vendor sold direct, with the reseller only
 * influencing it, or one bought on the marketplace, is not the reseller's
 * volume. Any other partner's revenue is every deal it is on.
 */
export interface RevenueBasis {
  deals: readonly Opportunity[];
  /** How the statement names it: "resale revenue", "revenue". */
  noun: 'resale revenue' | 'revenue';
}

export const revenueBasis = (partnerType: PartnerType, deals: readonly Opportunity[]): RevenueBasis =>
  partnerType === 'reseller' ? { deals: deals.filter((o) => o.channel === 'resale'), noun: 'resale revenue' } : { deals, noun: 'revenue' };
