import { tierRank, tiers, type Tier } from '../../domain/common';
import type { TierRuleSet } from '../../domain/tier-rules';
import { checkRequirement, type ProgramNamer } from './requirement-checks';
import type { RequirementCheck, RequirementGap, TierMeasures, TierStanding } from './types';

/**
 * The tiers a rule set offers, lowest first, each measured. Registered is the
 * entry tier and needs nothing (requirements stated for it are ignored). A
 * tier the rule set does not list is not offered to that partner type: it
 * cannot be reached, rather than being free for anyone who meets the tier
 * below. A tier listed twice must satisfy both entries.
 */
export const tierLadder = (ruleSet: TierRuleSet, measures: TierMeasures, programName: ProgramNamer): TierStanding[] =>
  tiers
    .filter((tier) => tier === 'registered' || ruleSet.requirements.some((r) => r.tier === tier))
    .map((tier) => {
      const requirements =
        tier === 'registered'
          ? []
          : ruleSet.requirements.filter((r) => r.tier === tier).flatMap((r) => checkRequirement(r, measures, programName));
      return { tier, met: requirements.every((c) => c.met), requirements };
    });

/** A tier is reached only when it and every tier below it are met, so the climb stops at the first unmet tier. */
export const highestTierReached = (ladder: readonly TierStanding[]): Tier => {
  const firstUnmet = ladder.findIndex((standing) => !standing.met);
  const reached = firstUnmet === -1 ? ladder.at(-1) : ladder[firstUnmet - 1];
  return reached?.tier ?? 'registered';
};

export const tierAbove = (ladder: readonly TierStanding[], tier: Tier): Tier | null =>
  ladder.find((standing) => tierRank(standing.tier) > tierRank(tier))?.tier ?? null;

/**
 * Everything still unmet on the way up to `target`, tiers below it included.
 * When two tiers ask for the same thing (gold and platinum both want
 * certified sales people), the larger ask is the one left to close.
 */
export const gapTo = (ladder: readonly TierStanding[], target: Tier): RequirementGap[] => {
  const byKey = new Map<string, RequirementGap>();
  for (const standing of ladder) {
    if (tierRank(standing.tier) > tierRank(target)) break;
    for (const check of standing.requirements.filter(isGap)) {
      const held = byKey.get(check.key);
      if (!held || check.need > held.need) byKey.set(check.key, check);
    }
  }
  return [...byKey.values()];
};

const isGap = (check: RequirementCheck): check is RequirementGap => !check.met;
