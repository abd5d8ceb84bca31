import type { QuarterRange } from '../domain/quarter';
import type { Opportunity } from '../domain/opportunity';
import { addDays, earlierOf } from './calendar';

/**
 * Returns, so the demo shows both ways a credit note reaches a statement:
 * every sixth partner (from the third) has a fifth of its largest win of the
 * last complete quarter returned three weeks into this one, after that
 * quarter's statement was closed: a clawback on this quarter's statement.
 * Every sixth from the fifth has a tenth of a win of this quarter credited a
 * week after it closed: counted net on this quarter's own lines.
 *
 * Picked by the partner's place in its territory and worked out from the
 * deals already made, never drawn: a draw here would shift every record made
 * after it.
 */
export const withCreditNotes = (
  deals: readonly Opportunity[],
  place: number,
  quarters: { previous: QuarterRange; current: QuarterRange; asOf: string },
): Opportunity[] => {
  const yesterday = addDays(quarters.asOf, -1);
  const wonIn = (q: QuarterRange) => deals.filter((o) => o.stage === 'won' && o.amountCents >= 100_00 && o.closeOn >= q.start && o.closeOn <= earlierOf(q.end, yesterday));
  let pick: { deal: Opportunity; issuedOn: string; share: number; reason: string } | undefined;
  if (place % 6 === 2) {
    const deal = wonIn(quarters.previous).sort((a, b) => b.amountCents - a.amountCents)[0];
    const issuedOn = addDays(quarters.current.start, 21);
    if (deal && issuedOn <= yesterday) pick = { deal, issuedOn, share: 0.2, reason: 'Seats returned at the customer’s true-down' };
  } else if (place % 6 === 4) {
    const deal = wonIn(quarters.current)[0];
    const issuedOn = deal && earlierOf(addDays(deal.closeOn, 7), yesterday);
    if (deal && issuedOn) pick = { deal, issuedOn, share: 0.1, reason: 'Service credit for a delayed go-live' };
  }
  if (!pick) return [...deals];
  // Whole dollars, as a credit note is written.
  const amountCents = Math.round((pick.deal.amountCents * pick.share) / 100) * 100;
  const credited: Opportunity = { ...pick.deal, creditNotes: [{ issuedOn: pick.issuedOn, amountCents, reason: pick.reason }] };
  return deals.map((o) => (o === pick.deal ? credited : o));
};
