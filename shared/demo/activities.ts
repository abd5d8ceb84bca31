import type { Activity } from '../domain/activity';
import type { Contact } from '../domain/contact';
import type { LifecycleStatus } from '../domain/partner';
import type { QbrRecord } from '../domain/qbr';
import { addDays, earlierOf, laterOf } from './calendar';
import type { DemoContext, Weighted } from './context';
import type { PartnerProfile } from './partners';

type Kind = Activity['kind'];

const subjects: Record<Exclude<Kind, 'qbr'>, readonly string[]> = {
  visit: ['On-site pipeline review', 'Joint account planning session', 'Executive alignment meeting', 'Commercial model workshop'],
  call: ['Deal registration follow-up', 'Certification plan check-in', 'Marketplace listing call', 'Forecast call'],
  email: ['Sent MDF guidelines', 'Shared new competitive battlecards', 'Answered incentive statement questions', 'Introduced the co-sell specialist'],
  note: ['Partner reorganising its sales team', 'Competitor offering a higher margin', 'Strong interest in the automation practice'],
  'joint-marketing': ['Joint webinar for existing customers', 'Co-hosted industry roundtable', 'Joint campaign launch'],
};

const outcomes = [
  'Agreed to focus on two named accounts this quarter.',
  'They want a clearer revenue share before committing sales capacity.',
  'Certification plan for the presales team is slipping; offered exam vouchers.',
  'Pipeline looks healthy; two deals expected to close before quarter end.',
  'Asked for help with the marketplace listing copy.',
  'Support split for L2 is still open; to be settled with HQ.',
];

const otherKinds: Weighted<Exclude<Kind, 'qbr'>> = [['call', 35], ['email', 30], ['visit', 25], ['note', 10]];

const countFor: Record<LifecycleStatus, [number, number]> = {
  prospect: [1, 1],
  onboarding: [1, 3],
  active: [1, 4],
  'at-risk': [1, 2],
  inactive: [0, 1],
};

/** Partners that hold a QBR early in the asOf quarter, reviewing the last complete one. */
const qbrChance: Record<LifecycleStatus, number> = { prospect: 0, onboarding: 0, active: 0.7, 'at-risk': 0.4, inactive: 0 };

/**
 * The QBR held early this quarter on the last complete one: the meeting as
 * logged, the partner's lead it was held with, and the id and formats of the
 * pack exported for it. The pack's record is made in qbr-records.ts; its id
 * and formats are drawn here, where they always were, so the records drawn
 * after them keep their values.
 */
export interface HeldReview {
  meeting: Activity;
  partnerLead: string;
  pack: Pick<QbrRecord, 'id' | 'formats'>;
}

export interface Engagement {
  /** Oldest first. */
  activities: Activity[];
  review: HeldReview | null;
}

/**
 * The manager's log over the last two quarters, and the QBR meeting of this
 * quarter for the partners that had one.
 */
export const makeEngagement = (ctx: DemoContext, profile: PartnerProfile, contacts: readonly Contact[]): Engagement => {
  const { partner, plan } = profile;
  const base = { territoryId: partner.territoryId, deleted: false, partnerId: partner.id, authorUserId: plan.manager.id };
  const from = laterOf(partner.enrolledOn, ctx.previousQuarter.start);
  const [min, max] = countFor[partner.status];
  const activities: Activity[] = Array.from({ length: ctx.int(min, max) }, () => {
    const kind = ctx.weighted(otherKinds);
    const occurredAt = ctx.timeOn(ctx.dayBetween(from, ctx.asOf));
    const contact = ctx.pick(contacts).name;
    return {
      ...base,
      id: ctx.id(),
      updatedAt: occurredAt,
      kind,
      occurredAt,
      subject: ctx.pick(subjects[kind]),
      notes: kind === 'email' ? `To ${contact}.` : `With ${contact}. ${ctx.pick(outcomes)}`,
    };
  });
  let review: HeldReview | null = null;
  if (ctx.chance(qbrChance[partner.status])) {
    const day = ctx.dayBetween(ctx.quarter.start, earlierOf(addDays(ctx.quarter.start, 45), ctx.asOf));
    const occurredAt = ctx.timeOn(day);
    const reviewed = ctx.previousQuarter.label;
    const id = ctx.id();
    const partnerLead = ctx.pick(contacts).name;
    const meeting: Activity = {
      ...base,
      id,
      updatedAt: occurredAt,
      kind: 'qbr',
      occurredAt,
      subject: `QBR ${reviewed}`,
      notes: `Reviewed ${reviewed} with ${partnerLead}. ${ctx.pick(outcomes)}`,
    };
    activities.push(meeting);
    review = { meeting, partnerLead, pack: { id: ctx.id(), formats: ctx.pickSome(['pptx', 'pdf', 'xlsx'] as const, ctx.int(1, 3)) } };
  }
  activities.sort((a, b) => (a.occurredAt < b.occurredAt ? -1 : a.occurredAt > b.occurredAt ? 1 : 0));
  return { activities, review };
};
