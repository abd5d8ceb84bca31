import { z } from 'zod';
import { bpsSchema } from './common';
import { applyBps } from './money';
import type { Opportunity, PartnerRole } from './opportunity';

/**
 * How much of a deal each partner on it is credited with, by its role:
 * HQ's rule for every partner figure and incentive (program settings). A
 * territory's or the program's totals count every deal once, whoever is on
 * it; a partner's own figures count its credited share. Absent: every role
 * earns full credit, as deals had before a second partner could be on one.
 */
export const dealCreditSchema = z.object({ sourced: bpsSchema, influenced: bpsSchema, 'co-sell': bpsSchema });
export type DealCredit = z.infer<typeof dealCreditSchema>;
export const FULL_CREDIT: DealCredit = { sourced: 10_000, influenced: 10_000, 'co-sell': 10_000 };

/** The partner's part in a deal: its role as the deal's own partner or as another on it; null when it is not on it. */
export const roleOn = (deal: Opportunity, partnerId: string): PartnerRole | null =>
  deal.partnerId === partnerId ? deal.partnerRole : (deal.coPartners?.find((p) => p.partnerId === partnerId)?.role ?? null);

const credited = (deal: Opportunity, partnerId: string, role: PartnerRole, bps: number): Opportunity => ({
  ...deal,
  partnerId,
  partnerRole: role,
  amountCents: applyBps(deal.amountCents, bps),
  servicesAttachedCents: applyBps(deal.servicesAttachedCents, bps),
  ...(deal.creditNotes && { creditNotes: deal.creditNotes.map((n) => ({ ...n, amountCents: applyBps(n.amountCents, bps) })) }),
});

/**
 * The deals a partner is on, each as that partner counts it: its own role,
 * and the amounts (sold, services, credit notes) at the credit the role
 * earns. Every calculator of one partner (incentives, plan actuals, tier
 * standing, its metrics, its QBR) reads its deals through this, so the SI
 * on an ISV's deal sees the deal as its own sourced deal at its credit.
 * A deal on which the partner earns full credit as the deal's own partner
 * is returned as it is.
 */
export const partnerDeals = (deals: readonly Opportunity[], partnerId: string, credit: DealCredit = FULL_CREDIT): Opportunity[] => {
  const out: Opportunity[] = [];
  for (const deal of deals) {
    const role = roleOn(deal, partnerId);
    if (role === null) continue;
    const bps = credit[role];
    out.push(deal.partnerId === partnerId && bps === 10_000 ? deal : credited(deal, partnerId, role, bps));
  }
  return out;
};

/** Each live deal under every partner on it (its own and those beside it), so a partner named beside another's deal is paid its part. */
export const dealsByPartner = (deals: readonly Opportunity[]): Map<string, Opportunity[]> => {
  const groups = new Map<string, Opportunity[]>();
  for (const deal of deals) {
    if (deal.deleted) continue;
    for (const id of [deal.partnerId, ...(deal.coPartners ?? []).map((p) => p.partnerId)]) {
      if (id === null) continue;
      const list = groups.get(id);
      if (list) list.push(deal);
      else groups.set(id, [deal]);
    }
  }
  return groups;
};
