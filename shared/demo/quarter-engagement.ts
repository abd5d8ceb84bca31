import type { Activity } from '../domain/activity';
import type { PartnerType } from '../domain/common';
import type { Contact } from '../domain/contact';
import type { LifecycleStatus } from '../domain/partner';
import { laterOf } from './calendar';
import type { DemoContext } from './context';
import type { PartnerProfile } from './partners';

/**
 * This quarter's work with the partner, the part of the log a QBR pack
 * shows: visits and calls in the quarter so far, and the joint marketing of
 * the half (a plan objective counts it). The manager marks what was decided
 * with the partner in the room to share; side remarks stay internal.
 */

type Range = [number, number];
interface Cadence {
  visits: Range;
  calls: Range;
}

/** Active partners are visited every quarter; at-risk ones get a rescue call; new ones a kick-off. */
const cadence: Record<LifecycleStatus, Cadence> = {
  active: { visits: [1, 1], calls: [0, 2] },
  'at-risk': { visits: [0, 1], calls: [1, 1] },
  onboarding: { visits: [1, 1], calls: [0, 1] },
  prospect: { visits: [0, 0], calls: [0, 0] },
  inactive: { visits: [0, 0], calls: [0, 0] },
};

/** Webinars, events and campaigns over the whole half: ISVs and resellers market with the vendor most. */
const jointMarketing: Record<PartnerType, Range> = { isv: [2, 4], reseller: [1, 3], si: [0, 2], oem: [0, 1] };
/** A new partner launches with a campaign; an at-risk one may still have one on the books. */
const jointMarketingOther: Record<'onboarding' | 'at-risk', Range> = { onboarding: [1, 2], 'at-risk': [0, 1] };

/** Chance the manager marks the notes to share: what was agreed at a visit, less often a call. */
const shareChance: Record<'visit' | 'call' | 'joint-marketing', number> = { visit: 0.75, call: 0.35, 'joint-marketing': 0.8 };

const visitSubjects = ['Quarterly plan review on site', 'Joint account planning session', 'Executive alignment meeting', 'Pipeline review with the sales team'];
const callSubjects = ['Forecast call', 'Deal registration follow-up', 'Certification plan check-in', 'Joint pursuit stand-up'];
const marketingSubjects = ['Joint webinar for existing customers', 'Co-hosted industry roundtable', 'Joint campaign launch', 'Customer day with a joint demo'];

/** Decisions both sides can read in the pack. */
const decisions: Record<PartnerType | 'any', readonly string[]> = {
  any: [
    'Agreed two named accounts for joint pursuit this quarter; both to be registered in the portal.',
    'Reviewed the joint business plan: revenue is on course, certifications need a push before quarter end.',
    'Agreed a joint customer case study with the first account live on the platform.',
    'Both sides to hold a forecast call every second week until quarter end.',
  ],
  isv: ['Agreed the integration certification test plan and a marketplace listing before quarter end.', 'Agreed a joint webinar on the connector for existing customers.'],
  reseller: ['Agreed the renewal forecast for managed customers and a SPIFF on Workflow Automation.', 'Agreed a new-logo campaign for mid-market accounts in the region.'],
  oem: ['Reviewed activations against the minimum commitment; the shipment forecast comes with the usage report.', 'Agreed the embedded roadmap review with both product teams.'],
  si: ['Agreed to staff two certified consultants on the joint pursuits.', 'Agreed an implementation quick-start offer for new customers.'],
};

/** Remarks for the vendor's own people, never in a partner pack. */
const internalRemarks = [
  'Their sales lead may be leaving; build a second relationship.',
  'A competitor offers them a higher margin; watch the next renewal.',
  'Strong presales team, thin sales capacity.',
  'They expect more MDF than the program allows; manage expectations.',
];

const marketingOutcomes = ['Good attendance; follow-ups shared with the partner sales team.', 'Leads split by region; both sides to follow up within a week.', 'Recording to go on both websites.'];

export const makeQuarterEngagement = (ctx: DemoContext, profile: PartnerProfile, contacts: readonly Contact[]): Activity[] => {
  const { partner, plan } = profile;
  const base = { territoryId: partner.territoryId, deleted: false, partnerId: partner.id, authorUserId: plan.manager.id };
  const make = (kind: keyof typeof shareChance, day: string, subject: string, notes: (shared: boolean) => string): Activity => {
    const occurredAt = ctx.timeOn(day);
    const shared = ctx.chance(shareChance[kind]);
    return { ...base, id: ctx.id(), updatedAt: occurredAt, kind, occurredAt, subject, notes: notes(shared), sharedWithPartner: shared };
  };
  const person = () => ctx.pick(contacts).name;
  const decision = () => ctx.pick(ctx.chance(0.5) ? decisions.any : decisions[partner.partnerType]);
  const inQuarter = laterOf(ctx.quarter.start, partner.enrolledOn);
  const { visits, calls } = cadence[partner.status];
  const activities: Activity[] = [];
  for (let n = ctx.int(...visits); n > 0; n--) {
    activities.push(
      make('visit', ctx.dayBetween(inQuarter, ctx.asOf), ctx.pick(visitSubjects), (shared) =>
        shared ? `With ${person()}. ${decision()}` : `With ${person()}. ${decision()} ${ctx.pick(internalRemarks)}`,
      ),
    );
  }
  for (let n = ctx.int(...calls); n > 0; n--) {
    activities.push(make('call', ctx.dayBetween(inQuarter, ctx.asOf), ctx.pick(callSubjects), (shared) => (shared ? `With ${person()}. ${decision()}` : `With ${person()}. ${ctx.pick(internalRemarks)}`)));
  }
  if (partner.status !== 'prospect' && partner.status !== 'inactive') {
    const { half } = ctx;
    const inHalf = laterOf(half.start, partner.enrolledOn);
    const range = partner.status === 'active' ? jointMarketing[partner.partnerType] : jointMarketingOther[partner.status];
    // Drawn over the whole half, kept when already run: early in the half there are few, as there would be.
    for (let n = ctx.int(...range); n > 0; n--) {
      const day = ctx.dayBetween(inHalf, half.end);
      if (day > ctx.asOf) continue;
      activities.push(make('joint-marketing', day, ctx.pick(marketingSubjects), () => `Run with ${person()}. ${ctx.pick(marketingOutcomes)}`));
    }
  }
  return activities;
};
