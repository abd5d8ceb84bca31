import { z } from 'zod';
import { boundedText, idSchema, isoDateSchema, requiredText, tierRank, tierSchema, type Tier } from './common';
import type { Partner } from './partner';

/**
 * One change of a partner's tier: the day it took effect and the tier before
 * and after, so a past quarter is paid at the tier the partner held then
 * (incentive rules with tier rates, shared/incentives/quarter-tier.ts).
 * Recorded by every write that changes the tier (change-rules.ts).
 *
 * `reason`: why HQ set the tier, when it was set on purpose (applying the
 * tier the partner qualifies for). `by`: who made the change, written by the
 * server from the signed-in caller when the change arrives
 * (server/sync/change-rules.ts), never taken from a device.
 */
export const TIER_REASON_MAX = 500;
export const tierChangeSchema = z.object({
  on: isoDateSchema,
  from: tierSchema,
  to: tierSchema,
  reason: boundedText(TIER_REASON_MAX).optional(),
  by: z.object({ userId: idSchema, name: requiredText(200) }).optional(),
});
export type TierChange = z.infer<typeof tierChangeSchema>;

/** Tiers are reviewed a few times a year at most; past it the oldest are dropped (tierOn then reads the oldest kept `from`). */
export const MAX_TIER_CHANGES = 100;

/** A tier as statements and the editor name it. */
export const tierNames: Record<Tier, string> = { registered: 'Registered', silver: 'Silver', gold: 'Gold', platinum: 'Platinum' };

type WithTier = Pick<Partner, 'tier' | 'tierHistory'>;

/** The first change made after `day`, if any: what it changed from is the tier held at the end of `day`. */
const nextChangeAfter = (partner: WithTier, day: string): TierChange | undefined => {
  let next: TierChange | undefined;
  for (const change of partner.tierHistory ?? []) if (change.on > day && (!next || change.on < next.on)) next = change;
  return next;
};

/**
 * The partner's tier at the end of `day`: what the first change after that
 * day changed it from (so before the first recorded change, that change's
 * `from`), or, with no change since, today's tier. A partner without a
 * history has had today's tier all along, as far as anything on record says.
 */
export const tierOn = (partner: WithTier, day: string): Tier => nextChangeAfter(partner, day)?.from ?? partner.tier;

/** The last change that took effect from `start` to `end` (both inclusive), for a statement that says why a tier applies. */
export const lastTierChangeIn = (partner: WithTier, start: string, end: string): TierChange | undefined => {
  let last: TierChange | undefined;
  for (const change of partner.tierHistory ?? []) if (change.on >= start && change.on <= end && (!last || change.on >= last.on)) last = change;
  return last;
};

/** "promoted from Silver" or "moved down from Gold". */
export const tierMoveText = (change: TierChange): string =>
  `${tierRank(change.to) > tierRank(change.from) ? 'promoted' : 'moved down'} from ${tierNames[change.from]}`;

/**
 * `next` with its tier change recorded, when its tier differs from
 * `stored`'s: with the status history, what every write of a partner (the
 * device's repository, the command-line import) adds, on the writer's own
 * calendar day. No writer clears the history: one that leaves it out keeps
 * the stored one.
 */
export const withTierChange = <P extends WithTier>(stored: P, next: P, day: string): P => {
  const history = next.tierHistory ?? stored.tierHistory;
  if (stored.tier !== next.tier && recordedByWriter(stored, next)) return next;
  if (stored.tier !== next.tier) return { ...next, tierHistory: [...(history ?? []), { on: day, from: stored.tier, to: next.tier }].slice(-MAX_TIER_CHANGES) };
  return history === next.tierHistory ? next : { ...next, tierHistory: history };
};

const sameChange = (a: TierChange, b: TierChange): boolean => a.on === b.on && a.from === b.from && a.to === b.to && a.reason === b.reason;

/** The writer recorded this very change itself (with its reason, `tierChangeTo`): it is not recorded twice. */
const recordedByWriter = (stored: WithTier, next: WithTier): boolean => {
  const last = next.tierHistory?.at(-1);
  return last !== undefined && last.from === stored.tier && last.to === next.tier && !(stored.tierHistory ?? []).some((c) => sameChange(c, last));
};

/**
 * The fields that move a partner to `to` on purpose, the reason recorded
 * with the change: what HQ writes when it applies the tier a partner
 * qualifies for. Only the tier and its history; who did it is the server's to say.
 */
export const tierChangeTo = (partner: WithTier, to: Tier, reason: string, day: string): Pick<Partner, 'tier' | 'tierHistory'> => ({
  tier: to,
  tierHistory: [...(partner.tierHistory ?? []), { on: day, from: partner.tier, to, reason: reason.trim() }].slice(-MAX_TIER_CHANGES),
});

/** "Gold → Silver". */
export const tierMoveArrow = (from: Tier, to: Tier): string => `${tierNames[from]} → ${tierNames[to]}`;
