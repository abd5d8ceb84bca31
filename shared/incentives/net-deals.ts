import { netAmountCents, type Opportunity } from '../domain/opportunity';
import { inRange } from '../domain/quarter';
import type { Span } from './span';
import type { CreditedDeal } from './statement';

/**
 * A deal as incentives count it: at what the customer kept, net of its
 * credit notes. A deal credited in full was no sale, so it earns nothing
 * (no rebate, no per-deal bonus) rather than a $0 deal that still counts
 * as won. Every rule reads the deals through this, so none pays on a return.
 */
export const netOfCredits = (o: Opportunity): Opportunity[] => {
  if (!o.creditNotes?.length) return [o];
  const net = netAmountCents(o);
  // At or below $0 (a credited share's cents rounded over the sale's): nothing kept.
  return net <= 0 ? [] : [{ ...o, amountCents: net }];
};

/** The deals with only the credit notes issued on or before `day`: how the books stood that day. */
export const creditsIssuedBy = (deals: readonly Opportunity[], day: string): Opportunity[] =>
  deals.map((o) => (o.creditNotes?.some((n) => n.issuedOn > day) ? { ...o, creditNotes: o.creditNotes.filter((n) => n.issuedOn <= day) } : o));

/** The won deals of the span that count net of credit notes, so the statement can show sold − credited = counted. */
export const creditedDealsIn = (deals: readonly Opportunity[], span: Span): CreditedDeal[] =>
  deals
    .filter((o) => o.stage === 'won' && inRange(o.closeOn, span) && (o.creditNotes?.length ?? 0) > 0)
    .map((o) => ({
      opportunityId: o.id,
      customerName: o.customerName,
      soldCents: o.amountCents,
      creditedCents: o.amountCents - netAmountCents(o),
      creditNotes: (o.creditNotes ?? []).map((n) => ({ issuedOn: n.issuedOn, amountCents: n.amountCents, reason: n.reason })),
    }));
