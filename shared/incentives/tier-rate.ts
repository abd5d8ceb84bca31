import type { Tier } from '../domain/common';
import { dateText } from '../domain/date-text';
import type { TierRates } from '../domain/incentive-program';
import type { Partner } from '../domain/partner';
import { lastTierChangeIn, tierMoveText, tierNames, tierOn, type TierChange } from '../domain/partner-tier';
import type { Span } from './span';

/** The tier that governs a program's days in a quarter (why: `byTierOf`, incentive-program.ts). */
export interface QuarterTier {
  tier: Tier;
  /** The day it is read on: the last of the program's days in the quarter. */
  on: string;
  /** The last change of tier during those days: why the quarter pays a tier it did not start with. */
  change?: TierChange;
}

/** The tier the partner held at the end of the program's last day in the quarter, and the change that brought it there in the quarter, if any. */
export const quarterTier = (partner: Pick<Partner, 'tier' | 'tierHistory'>, window: Span): QuarterTier => {
  const change = lastTierChangeIn(partner, window.start, window.end);
  return { tier: tierOn(partner, window.end), on: window.end, ...(change && { change }) };
};

export interface TierFigure {
  /** The rate (basis points) or amount per item (cents) the rule pays this tier. */
  value: number;
  /** Why, for the line's rate: "Gold rate (Gold on Sep 30, 2026, promoted from Silver on Aug 15, 2026)"; absent on a rule without tier rates. */
  note?: string;
}

/**
 * The figure a rule pays the quarter's tier: its tier rate when it lists
 * one, else its own. A rule with tier rates says which it used and why, even
 * when it falls back to its own, so a reviewer never wonders why the Gold
 * rate did not apply; a rule without them reads as it always did.
 */
export const tierFigure = (base: number, byTier: TierRates | undefined, { tier, on, change }: QuarterTier): TierFigure => {
  if (!byTier || Object.values(byTier).every((v) => v === undefined)) return { value: base };
  const name = tierNames[tier];
  const why = `${name} on ${dateText(on)}${change ? `, ${tierMoveText(change)} on ${dateText(change.on)}` : ''}`;
  const own = byTier[tier];
  return own === undefined ? { value: base, note: `base rate (${why}; no ${name} rate)` } : { value: own, note: `${name} rate (${why})` };
};
