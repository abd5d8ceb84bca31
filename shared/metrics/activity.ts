import type { Opportunity } from '../domain/opportunity';
import type { Partner } from '../domain/partner';
import { statusOn } from '../domain/partner-status';
import { inRange, quarterRange, type FiscalCalendar, type QuarterRange } from '../domain/quarter';

/**
 * Partners that count as enrolled in the program at the end of the quarter:
 * enrolled on or before its last day and past the prospect stage then. The
 * status is the one the partner had on that day (its status history), so a
 * past quarter is judged as it stood, not with today's status.
 */
export const programPartners = (partners: readonly Partner[], quarter: QuarterRange): Partner[] =>
  partners.filter((p) => p.enrolledOn <= quarter.end && statusOn(p, quarter.end) !== 'prospect');

/**
 * The days each partner did business with the vendor on record, the one
 * definition of commercial activity every metric reads (the active partner
 * rate and time to first commercial activity; retention reads enrollment,
 * partner-retention.ts): a deal with them
 * created, a deal with them won (its close date), or, for an OEM, a usage
 * report with units shipped or activations (dated the first day of its
 * quarter, or the enrollment day if that is later: a report says the quarter
 * saw business, not which day). Deals are the partner's wherever they are
 * filed, so pass live deals of the whole dataset, not of a territory.
 * Days are unsorted; a partner with none has no entry.
 */
export const commercialActivityDays = (partners: readonly Partner[], deals: readonly Opportunity[], calendar: FiscalCalendar): Map<string, string[]> => {
  const wanted = new Set(partners.map((p) => p.id));
  const days = new Map<string, string[]>();
  const add = (partnerId: string, day: string) => {
    const list = days.get(partnerId);
    if (list) list.push(day);
    else days.set(partnerId, [day]);
  };
  for (const o of deals) {
    if (o.partnerId === null || !wanted.has(o.partnerId)) continue;
    add(o.partnerId, o.createdOn);
    if (o.stage === 'won') add(o.partnerId, o.closeOn);
  }
  for (const p of partners) {
    if (p.attributes.partnerType !== 'oem') continue;
    for (const report of p.attributes.usageReports) {
      if (report.units === 0 && report.activations === 0) continue;
      const start = quarterRange(report.quarter, calendar).start;
      add(p.id, start < p.enrolledOn ? p.enrolledOn : start);
    }
  }
  return days;
};

/** Ids of partners with at least one commercial activity (`commercialActivityDays`) in the quarter. */
export const activePartnerIds = (partners: readonly Partner[], deals: readonly Opportunity[], quarter: QuarterRange, calendar: FiscalCalendar): Set<string> => {
  const active = new Set<string>();
  for (const [id, days] of commercialActivityDays(partners, deals, calendar)) if (days.some((day) => inRange(day, quarter))) active.add(id);
  return active;
};
