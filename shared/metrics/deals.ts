import type { Opportunity } from '../domain/opportunity';
import type { QuarterRange } from '../domain/quarter';
import { inRange } from '../domain/quarter';

/** Pipeline counts in the quarter it was created, whatever became of it later. */
export const createdIn = (deals: readonly Opportunity[], quarter: QuarterRange): Opportunity[] =>
  deals.filter((o) => inRange(o.createdOn, quarter));

/** Won or lost with the (actual) close date in the quarter. */
export const closedIn = (deals: readonly Opportunity[], quarter: QuarterRange): Opportunity[] =>
  deals.filter((o) => (o.stage === 'won' || o.stage === 'lost') && inRange(o.closeOn, quarter));

/** Won with the close date in the quarter: the revenue of the quarter. */
export const wonIn = (deals: readonly Opportunity[], quarter: QuarterRange): Opportunity[] =>
  deals.filter((o) => o.stage === 'won' && inRange(o.closeOn, quarter));

export const sumAmounts = (records: readonly { amountCents: number }[]): number =>
  records.reduce((sum, r) => sum + r.amountCents, 0);
