import type { Activity, Commitment } from '../domain/activity';
import type { PartnerType } from '../domain/common';
import type { Contact } from '../domain/contact';
import type { LifecycleStatus } from '../domain/partner';
import type { QuarterRange } from '../domain/quarter';
import { laterOf } from './calendar';
import type { DemoContext, Weighted } from './context';
import type { PartnerProfile } from './partners';

export const vendorPromises = [
  'Provide a sandbox tenant for the joint demo',
  'Approve the MDF request for the next campaign',
  'Introduce the enterprise account team for co-sell',
  'Review the joint solution commercial model with HQ',
  'Share the updated competitive battlecards',
  'Book certification exam vouchers for the presales team',
];

export const partnerPromises: Record<PartnerType | 'any', readonly string[]> = {
  any: [
    'Register open opportunities in the portal',
    'Certify two more presales engineers',
    'Deliver a joint customer case study',
    'Name an executive sponsor for the partnership',
  ],
  isv: ['Complete integration certification testing', 'Update the marketplace listing'],
  reseller: ['Submit the renewal forecast for managed customers', 'Run the automation SPIFF campaign'],
  oem: ['Submit the quarterly usage report on time', 'Share the shipment forecast for next quarter'],
  si: ['Staff two consultants on the platform practice', 'Publish the implementation quick-start offer'],
};

const countFor: Record<LifecycleStatus, [number, number]> = {
  prospect: [0, 1],
  onboarding: [1, 2],
  active: [1, 3],
  'at-risk': [1, 3],
  inactive: [0, 0],
};

const pastDue: Weighted<Commitment['status']> = [['done', 65], ['missed', 25], ['in-progress', 10]];
const upcoming: Weighted<Commitment['status']> = [['open', 60], ['in-progress', 30], ['done', 10]];

/**
 * Action items reviewed last quarter (done or missed by now), this quarter,
 * and next quarter (still open): what the QBR pack's two commitment pages list.
 */
export const makeCommitments = (
  ctx: DemoContext,
  profile: PartnerProfile,
  contacts: readonly Contact[],
  activities: readonly Activity[],
): Commitment[] => {
  const { partner, plan } = profile;
  const [min, max] = countFor[partner.status];
  return Array.from({ length: ctx.int(min, max) }, (): Commitment => {
    const picked = ctx.weighted<QuarterRange>([[ctx.previousQuarter, 35], [ctx.quarter, 35], [ctx.nextQuarter, 30]]);
    // Nothing was promised before the partner joined.
    const quarter = picked.end < partner.enrolledOn ? ctx.nextQuarter : picked;
    const dueOn = ctx.dayBetween(laterOf(quarter.start, partner.enrolledOn), quarter.end);
    const vendorSide = ctx.chance(0.45);
    // The promise came out of the last visit or QBR before it fell due, when there was one.
    const source = activities.findLast((a) => (a.kind === 'qbr' || a.kind === 'visit') && a.occurredAt.slice(0, 10) < dueOn);
    return {
      id: ctx.id(),
      territoryId: partner.territoryId,
      updatedAt: ctx.touched(source?.occurredAt.slice(0, 10) ?? partner.enrolledOn),
      deleted: false,
      partnerId: partner.id,
      quarter: quarter.label,
      description: vendorSide
        ? ctx.pick(vendorPromises)
        : ctx.pick(ctx.chance(0.5) ? partnerPromises.any : partnerPromises[partner.partnerType]),
      ownerSide: vendorSide ? 'vendor' : 'partner',
      ownerName: vendorSide ? plan.manager.displayName : ctx.pick(contacts).name,
      dueOn,
      status: ctx.weighted(dueOn < ctx.asOf ? pastDue : upcoming),
      activityId: source?.id ?? null,
    };
  });
};
