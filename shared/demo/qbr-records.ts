import type { Contact } from '../domain/contact';
import type { LifecycleStatus } from '../domain/partner';
import type { QbrDelivery, QbrRecord } from '../domain/qbr';
import { shiftQuarter, type QuarterRange } from '../domain/quarter';
import type { QbrFormat } from '../qbr/options';
import { METRIC_DEFINITIONS_VERSION } from '../metrics';
import type { HeldReview } from './activities';
import { addDays, earlierOf, laterOf } from './calendar';
import type { DemoContext } from './context';
import type { PartnerProfile } from './partners';

/**
 * A partner's QBR records as a manager's year leaves them (DESIGN §2: an
 * export is not a delivery). Each quarter's pack is exported early in the
 * next one and, a few days later, reviewed with the partner and marked
 * delivered with who was in the room; now and then a review was held and
 * never marked, so its pack reads as exported only. The last complete
 * quarter's reviews are the meetings in the log; a partner without one yet
 * may have its pack ready. The current quarter is mostly still ahead: a few
 * partners review it before it ends.
 */

/** The completed quarters before the last one with reviews on record: with the last, a year of QBRs. */
const EARLIER_QUARTERS = 3;

/** Chance of a review in an earlier quarter, by status today: an inactive partner was reviewed while it still worked with the vendor. */
const earlierReviewChance: Record<LifecycleStatus, number> = { active: 0.85, 'at-risk': 0.75, inactive: 0.4, onboarding: 0, prospect: 0 };
/** Chance a last-complete-quarter partner with no review yet has its pack exported, the meeting still to come. */
const readyPackChance: Record<LifecycleStatus, number> = { active: 0.5, 'at-risk': 0.4, inactive: 0, onboarding: 0, prospect: 0 };
/** Chance a partner reviews the current quarter before it ends (from six weeks in), and that the review is already held. */
const earlyReviewChance: Record<LifecycleStatus, number> = { active: 0.2, 'at-risk': 0.1, inactive: 0, onboarding: 0, prospect: 0 };
const EARLY_REVIEW_HELD = 0.3;
/** A held review the manager marked delivered; the rest read as exported only. */
const MARKED_DELIVERED = 0.88;
/** An internal review exported for the vendor's own people before the partner's pack: never delivered to the partner. */
const INTERNAL_PREP = 0.15;

const ALL_FORMATS: readonly QbrFormat[] = ['pptx', 'pdf', 'xlsx'];

const formatsOf = (ctx: DemoContext): QbrFormat[] => (ctx.chance(0.6) ? [...ALL_FORMATS] : ctx.pickSome(ALL_FORMATS, ctx.int(1, 2)));

/** Who was in the room: the partner's lead (when the log names one), one or two more of its people, and the manager. */
const attendeesOf = (ctx: DemoContext, contacts: readonly Contact[], manager: string, lead?: string): string[] => {
  const others = contacts.map((c) => c.name).filter((name) => name !== lead);
  const partnerSide = [...(lead ? [lead] : []), ...ctx.pickSome(others, ctx.int(lead ? 0 : 1, 2))];
  return [...new Set([...partnerSide, manager])];
};

interface Review {
  quarter: QuarterRange;
  exportedAt: string;
  formats: QbrFormat[];
  /** Held that day, at or after `heldFrom`; null when not held (or not marked) yet. */
  delivery: { on: string; heldFrom: string; lead?: string } | null;
}

export const makeQbrRecords = (ctx: DemoContext, profile: PartnerProfile, contacts: readonly Contact[], held: HeldReview | null): QbrRecord[] => {
  const { partner, plan } = profile;
  const manager = plan.manager;
  // Dated before today where the calendar allows, so a pack exported today is the newest.
  const yesterday = laterOf(ctx.quarter.start, addDays(ctx.asOf, -1));
  const records: QbrRecord[] = [];

  const add = (review: Review, id = ctx.id()): void => {
    const base = { id, territoryId: partner.territoryId, deleted: false, partnerId: partner.id, quarter: review.quarter.label, formats: review.formats };
    const exported = { ...base, exportedByUserId: manager.id, exportedAt: review.exportedAt, metricDefinitionsVersion: METRIC_DEFINITIONS_VERSION };
    if (ctx.chance(INTERNAL_PREP)) {
      // The day before, once the quarter is over (a quarter still running is prepared the same day).
      const exportDay = review.exportedAt.slice(0, 10);
      const prepDay = laterOf(earlierOf(addDays(review.quarter.end, 1), exportDay), addDays(exportDay, -1));
      const prepAt = earlierOf(review.exportedAt, ctx.timeOn(prepDay));
      records.push({ ...exported, id: ctx.id(), formats: ['pptx'], exportedAt: prepAt, updatedAt: prepAt, audience: 'internal', delivery: null });
    }
    if (!review.delivery) {
      records.push({ ...exported, updatedAt: review.exportedAt, audience: 'partner', delivery: null });
      return;
    }
    const { on, heldFrom, lead } = review.delivery;
    // Marked the day of the review or within three days, before today where the calendar allows, never before the review.
    const markedAt = laterOf(ctx.timeOn(earlierOf(addDays(on, ctx.int(0, 3)), yesterday)), heldFrom);
    const delivery: QbrDelivery = { deliveredOn: on, attendees: attendeesOf(ctx, contacts, manager.displayName, lead), markedByUserId: manager.id, markedAt };
    records.push({ ...exported, updatedAt: markedAt, audience: 'partner', delivery });
  };

  for (let back = EARLIER_QUARTERS; back >= 1; back--) {
    const quarter = ctx.range(shiftQuarter(ctx.previousQuarter.label, -back));
    if (partner.enrolledOn > quarter.start || !ctx.chance(earlierReviewChance[partner.status])) continue;
    const exportDay = addDays(quarter.end, ctx.int(4, 30));
    const exportedAt = ctx.timeOn(exportDay);
    const on = addDays(exportDay, ctx.int(1, 10));
    add({ quarter, exportedAt, formats: formatsOf(ctx), delivery: ctx.chance(MARKED_DELIVERED) ? { on, heldFrom: exportedAt } : null });
  }

  const last = ctx.previousQuarter;
  if (held) {
    const meetingDay = held.meeting.occurredAt.slice(0, 10);
    const exportedAt = earlierOf(ctx.timeOn(laterOf(ctx.quarter.start, addDays(meetingDay, -ctx.int(2, 7)))), held.meeting.occurredAt);
    const marked = ctx.chance(MARKED_DELIVERED);
    add({ quarter: last, exportedAt, formats: held.pack.formats, delivery: marked ? { on: meetingDay, heldFrom: held.meeting.occurredAt, lead: held.partnerLead } : null }, held.pack.id);
  } else if (partner.enrolledOn <= last.end && ctx.chance(readyPackChance[partner.status])) {
    const exportedAt = ctx.timeOn(ctx.dayBetween(laterOf(ctx.quarter.start, addDays(yesterday, -14)), yesterday));
    add({ quarter: last, exportedAt, formats: formatsOf(ctx), delivery: null });
  }

  const from = addDays(ctx.quarter.start, 42);
  if (yesterday >= from && partner.enrolledOn <= ctx.quarter.start && ctx.chance(earlyReviewChance[partner.status])) {
    const exportDay = ctx.dayBetween(laterOf(from, addDays(yesterday, -21)), yesterday);
    const exportedAt = ctx.timeOn(exportDay);
    const on = earlierOf(ctx.dayBetween(addDays(exportDay, 1), earlierOf(addDays(exportDay, 7), yesterday)), yesterday);
    add({ quarter: ctx.quarter, exportedAt, formats: formatsOf(ctx), delivery: ctx.chance(EARLY_REVIEW_HELD) ? { on, heldFrom: exportedAt } : null });
  }
  return records;
};
