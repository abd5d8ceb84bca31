import type { Opportunity } from '../domain/opportunity';
import { inRange } from '../domain/quarter';
import type { Span } from './span';

/** Won deals count on their (actual) close date. */
export const wonIn = (deals: readonly Opportunity[], span: Span): Opportunity[] =>
  deals.filter((o) => o.stage === 'won' && inRange(o.closeOn, span));

/** Pipeline counts when it is created, whatever becomes of it later. */
export const createdIn = (deals: readonly Opportunity[], span: Span): Opportunity[] =>
  deals.filter((o) => inRange(o.createdOn, span));

export const sumAmounts = (deals: readonly Opportunity[]): number => deals.reduce((sum, o) => sum + o.amountCents, 0);

export const idsOf = (records: readonly { id: string }[]): string[] => records.map((r) => r.id);
