import type { Partner } from '../domain/partner';
import { quarterRange, type FiscalCalendar } from '../domain/quarter';

/** A partner a batch left out because the quarter does not apply to it: not a pack that failed. */
export interface SkippedPartner {
  partnerId: string;
  partnerName: string;
  reason: string;
}

/**
 * The partners a quarter's batch applies to. One enrolled after the quarter
 * ended had no quarter to review, so it is skipped and said to be (with why),
 * not counted as a pack that failed. Every batch uses this: the app's and
 * `npm run qbr -- --all`.
 * Throws, as quarterRange does, on a label that is no quarter.
 */
export const enrolledIn = (
  partners: readonly Partner[],
  quarter: string,
  calendar: FiscalCalendar,
): { applicable: Partner[]; skipped: SkippedPartner[] } => {
  const { end, label } = quarterRange(quarter, calendar);
  const applicable: Partner[] = [];
  const skipped: SkippedPartner[] = [];
  for (const partner of partners) {
    if (partner.enrolledOn > end) skipped.push({ partnerId: partner.id, partnerName: partner.name, reason: `enrolled on ${partner.enrolledOn}, after ${label} ended` });
    else applicable.push(partner);
  }
  return { applicable, skipped };
};
