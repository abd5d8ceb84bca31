import type { Activity, Commitment } from '../domain/activity';
import type { Contact } from '../domain/contact';
import type { QuarterRange } from '../domain/quarter';
import { laterOf } from './calendar';
import { partnerPromises, vendorPromises } from './commitments';
import type { DemoContext, Weighted } from './context';
import type { PartnerProfile } from './partners';

/**
 * What both sides promised at this quarter's visit: a few items due this
 * quarter, some already done, and one for next quarter with an owner
 * and a date. They are what the pack lists under this quarter's and next
 * quarter's commitments, tied to the visit they came from.
 */

const dueThisQuarter: [number, number] = [1, 3];
const dueNextQuarter: [number, number] = [1, 1];

/** Already due: mostly done. Still ahead: mostly open, some started, a couple done early. */
const pastDue: Weighted<Commitment['status']> = [['done', 60], ['in-progress', 25], ['missed', 15]];
const ahead: Weighted<Commitment['status']> = [['open', 55], ['in-progress', 33], ['done', 12]];
const nextQuarter: Weighted<Commitment['status']> = [['open', 85], ['in-progress', 15]];

export const makeQuarterCommitments = (
  ctx: DemoContext,
  profile: PartnerProfile,
  contacts: readonly Contact[],
  thisQuarter: readonly Activity[],
): Commitment[] => {
  const { partner, plan } = profile;
  // The last conversation in the room, or on the phone when there was no visit.
  const source = thisQuarter.findLast((a) => a.kind === 'visit') ?? thisQuarter.findLast((a) => a.kind === 'call');
  if (!source) return [];
  const madeOn = source.occurredAt.slice(0, 10);
  const vendorOwner = plan.manager.displayName;
  const partnerOwner = contacts.find((c) => c.primary)?.name ?? ctx.pick(contacts).name;
  const promised = new Set<string>();
  // A promise is made once per visit: pick until an unused one comes up (the lists are longer than a visit's promises).
  const promise = (choices: () => readonly string[]): string => {
    let text = ctx.pick(choices());
    for (let tries = 0; promised.has(text) && tries < 8; tries++) text = ctx.pick(choices());
    promised.add(text);
    return text;
  };
  const make = (quarter: QuarterRange, status: (dueOn: string) => Commitment['status'], vendorSide: boolean): Commitment => {
    const dueOn = ctx.dayBetween(laterOf(quarter.start, madeOn), quarter.end);
    return {
      id: ctx.id(),
      territoryId: partner.territoryId,
      updatedAt: ctx.touched(madeOn),
      deleted: false,
      partnerId: partner.id,
      quarter: quarter.label,
      description: vendorSide ? promise(() => vendorPromises) : promise(() => (ctx.chance(0.5) ? partnerPromises.any : partnerPromises[partner.partnerType])),
      ownerSide: vendorSide ? 'vendor' : 'partner',
      ownerName: vendorSide ? vendorOwner : ctx.chance(0.6) ? partnerOwner : ctx.pick(contacts).name,
      dueOn,
      status: status(dueOn),
      activityId: source.id,
    };
  };
  const commitments: Commitment[] = [];
  // Alternate the sides, starting with either: a visit ends with promises both ways.
  let vendorSide = ctx.chance(0.5);
  for (let n = ctx.int(...dueThisQuarter); n > 0; n--, vendorSide = !vendorSide) {
    commitments.push(make(ctx.quarter, (dueOn) => ctx.weighted(dueOn < ctx.asOf ? pastDue : ahead), vendorSide));
  }
  for (let n = ctx.int(...dueNextQuarter); n > 0; n--, vendorSide = !vendorSide) {
    commitments.push(make(ctx.nextQuarter, () => ctx.weighted(nextQuarter), vendorSide));
  }
  return commitments;
};
