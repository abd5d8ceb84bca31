import type { AdoptionCount, Partner, PartnerAttributes } from './partner';
import { CALENDAR_YEAR, quarterOf } from './quarter';

type IsvAttributes = Extract<PartnerAttributes, { partnerType: 'isv' }>;
type Counts = Pick<AdoptionCount, 'jointCustomers' | 'jointCustomersUsingIntegration'>;

/**
 * The history keeps an ISV's counts per calendar quarter, whatever the
 * program's fiscal year: the record carries no program settings, and a
 * calendar quarter is the grain an ISV reports its joint customers in. A
 * fiscal quarter reads the counts of the calendar quarter its last day falls in.
 */
const RECORDED_IN = CALENDAR_YEAR;

/**
 * An ISV's joint-customer counts as they stood on a day (a quarter's last):
 * the last recorded in that day's calendar quarter or before it. Null when
 * the history starts later (nothing is known of that quarter). A partner
 * with no history at all has had its counts unchanged since they were
 * recorded: they count from the quarter of the record's last write on.
 */
export const adoptionAt = (partner: Pick<Partner, 'attributes' | 'updatedAt'>, day: string): Counts | null => {
  const attributes = partner.attributes;
  const quarter = quarterOf(day, RECORDED_IN);
  if (attributes.partnerType !== 'isv') return null;
  const history = attributes.adoptionHistory;
  if (!history || history.length === 0) return quarterOf(partner.updatedAt.slice(0, 10), RECORDED_IN) <= quarter ? attributes : null;
  let best: AdoptionCount | undefined;
  for (const entry of history) if (entry.quarter <= quarter && (!best || entry.quarter >= best.quarter)) best = entry;
  return best ?? null;
};

const sameCounts = (a: Counts, b: Counts): boolean => a.jointCustomers === b.jointCustomers && a.jointCustomersUsingIntegration === b.jointCustomersUsingIntegration;

/**
 * `next` with its ISV counts recorded for the calendar quarter of `day` when they
 * differ from `stored`'s. The first time, the counts it replaces are kept
 * too, for the quarter they were last written in, so earlier quarters keep
 * theirs. No writer clears the history: one that leaves it out keeps the stored one.
 */
export const withAdoptionCounts = <P extends Pick<Partner, 'attributes' | 'updatedAt'>>(stored: P, next: P, day: string): P => {
  const before = stored.attributes;
  const after = next.attributes;
  if (before.partnerType !== 'isv' || after.partnerType !== 'isv') return next;
  if (sameCounts(before, after)) {
    // No writer clears the history: one that leaves it out keeps the stored one.
    return after.adoptionHistory || !before.adoptionHistory ? next : { ...next, attributes: { ...after, adoptionHistory: before.adoptionHistory } };
  }
  const quarter = quarterOf(day, RECORDED_IN);
  let history: AdoptionCount[] = [...(after.adoptionHistory ?? before.adoptionHistory ?? [])];
  if (history.length === 0) {
    const was = quarterOf(stored.updatedAt.slice(0, 10), RECORDED_IN);
    if (was < quarter) history.push({ quarter: was, jointCustomers: before.jointCustomers, jointCustomersUsingIntegration: before.jointCustomersUsingIntegration });
  }
  history = [...history.filter((h) => h.quarter !== quarter), { quarter, jointCustomers: after.jointCustomers, jointCustomersUsingIntegration: after.jointCustomersUsingIntegration }];
  history.sort((a, b) => a.quarter.localeCompare(b.quarter));
  const attributes: IsvAttributes = { ...after, adoptionHistory: history.slice(-400) };
  return { ...next, attributes };
};
