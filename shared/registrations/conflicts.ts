import { isClosed, type Opportunity } from '../domain/opportunity';
import { registrationState } from './lifecycle';
import { nameSimilarity, NEAR_SAME_NAME } from '../import/similarity';
import { customerKey, nameBlocks, type CustomerKey } from './customer-key';

/** What made two deals one customer's, strongest first. */
export type CustomerMatch = 'same-domain' | 'same-name' | 'near-same-name';

/** A deal a registration would collide with, and why. */
export interface ChannelConflict {
  deal: Opportunity;
  match: CustomerMatch;
  /** What the conflicting deal is: another partner's protected registration, or the vendor's own open direct deal. */
  kind: 'protected-registration' | 'open-direct-deal';
}

/** The customer a deal is for: its name, and its domain when it carries one. */
const keyOf = (deal: Opportunity): CustomerKey => customerKey({ name: deal.customerName, domain: deal.customerDomain ?? null });

/**
 * A registration protects while the lifecycle reads it protected: approved,
 * the deal still open, and the day on or before its end (or its latest
 * granted extension). A submitted or flagged one does not yet protect.
 */
export const isProtectedOn = (deal: Opportunity, day: string): boolean => deal.partnerId !== null && registrationState(deal, day) === 'protected';

/**
 * The deals a new registration can collide with, indexed by customer so a
 * check is a few lookups, not a scan of every opportunity (issue 15: p95 ≤
 * 20 ms over 100,000). Built from the deals that can conflict at all on the
 * day it is built for: protected partner registrations and open direct deals.
 */
export class ConflictIndex {
  private readonly byDomain = new Map<string, Opportunity[]>();
  private readonly byName = new Map<string, Opportunity[]>();
  private readonly byBlock = new Map<string, Opportunity[]>();
  private readonly keys = new Map<string, CustomerKey>();

  constructor(
    deals: readonly Opportunity[],
    readonly day: string,
  ) {
    for (const deal of deals) {
      if (deal.deleted || !(isProtectedOn(deal, day) || (deal.partnerId === null && !isClosed(deal)))) continue;
      const key = keyOf(deal);
      this.keys.set(deal.id, key);
      if (key.domain) push(this.byDomain, key.domain, deal);
      if (key.name) {
        push(this.byName, key.name, deal);
        for (const block of nameBlocks(key.name)) push(this.byBlock, block, deal);
      }
    }
  }

  /**
   * Every deal the registration collides with: another partner's registration
   * still protected, or an open direct deal, for the same customer by domain,
   * by name, or by a near-same name. The registration itself and the same
   * partner's own deals never conflict with it.
   */
  conflictsOf(registration: Pick<Opportunity, 'id' | 'partnerId' | 'customerName'> & { customerDomain?: string | null }): ChannelConflict[] {
    const key = customerKey({ name: registration.customerName, domain: registration.customerDomain ?? null });
    const found = new Map<string, ChannelConflict>();
    const add = (deal: Opportunity, match: CustomerMatch) => {
      if (deal.id === registration.id || (deal.partnerId !== null && deal.partnerId === registration.partnerId) || found.has(deal.id)) return;
      found.set(deal.id, { deal, match, kind: deal.partnerId === null ? 'open-direct-deal' : 'protected-registration' });
    };
    if (key.domain) for (const deal of this.byDomain.get(key.domain) ?? []) add(deal, 'same-domain');
    if (key.name) {
      for (const deal of this.byName.get(key.name) ?? []) add(deal, 'same-name');
      for (const block of nameBlocks(key.name)) {
        for (const deal of this.byBlock.get(block) ?? []) {
          if (found.has(deal.id)) continue;
          if (nameSimilarity(key.name, this.keys.get(deal.id)!.name) >= NEAR_SAME_NAME) add(deal, 'near-same-name');
        }
      }
    }
    const strength: Record<CustomerMatch, number> = { 'same-domain': 0, 'same-name': 1, 'near-same-name': 2 };
    return [...found.values()].sort((a, b) => strength[a.match] - strength[b.match] || a.deal.id.localeCompare(b.deal.id));
  }
}

const push = (map: Map<string, Opportunity[]>, key: string, deal: Opportunity) => {
  const list = map.get(key);
  if (list) list.push(deal);
  else map.set(key, [deal]);
};
