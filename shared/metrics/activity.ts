import type { Opportunity } from '../domain/opportunity';
import type { Partner } from '../domain/partner';
import { inRange, type QuarterRange } from '../domain/quarter';

/**
 * Partners that count as enrolled in the program at the end of the quarter:
 * enrolled on or before its last day and past the prospect stage. Status is
 * the partner's current status (the schema keeps no status history), so a
 * past quarter is judged with today's status.
 */
export const programPartners = (partners: readonly Partner[], quarter: QuarterRange): Partner[] =>
  partners.filter((p) => p.enrolledOn <= quarter.end && p.status !== 'prospect');

/**
 * Ids of partners with at least one commercial activity in the quarter:
 * a deal with them created in the quarter, a deal with them won in the
 * quarter, or (OEM) a usage report for the quarter with units shipped.
 * Deals are the partner's wherever they are filed, so pass live deals of
 * the whole dataset, not of a territory.
 */
export const activePartnerIds = (
  partners: readonly Partner[],
  deals: readonly Opportunity[],
  quarter: QuarterRange,
): Set<string> => {
  const active = new Set<string>();
  for (const o of deals) {
    if (o.partnerId === null) continue;
    const created = inRange(o.createdOn, quarter);
    const won = o.stage === 'won' && inRange(o.closeOn, quarter);
    if (created || won) active.add(o.partnerId);
  }
  for (const p of partners) {
    if (p.attributes.partnerType !== 'oem') continue;
    if (p.attributes.usageReports.some((r) => r.quarter === quarter.label && r.units > 0)) active.add(p.id);
  }
  return active;
};
