import type { PartnerType } from '../../domain/common';
import type { TierRuleSet } from '../../domain/tier-rules';

/**
 * The rule set that judges a quarter: the latest one for the partner type
 * that took effect by the quarter's last day, because the tier is assessed at
 * the quarter's end. A deleted rule set was withdrawn and never applies. Two
 * sets from the same day are settled by the higher version, then the id, so
 * every device picks the same one.
 */
export const ruleSetInForce = (
  ruleSets: readonly TierRuleSet[],
  partnerType: PartnerType,
  quarterEnd: string,
): TierRuleSet | null =>
  ruleSets
    .filter((r) => !r.deleted && r.partnerType === partnerType && r.effectiveFrom <= quarterEnd)
    .reduce<TierRuleSet | null>((best, r) => (best === null || isLater(r, best) ? r : best), null);

const isLater = (a: TierRuleSet, b: TierRuleSet): boolean =>
  a.effectiveFrom !== b.effectiveFrom
    ? a.effectiveFrom > b.effectiveFrom
    : a.version !== b.version
      ? a.version > b.version
      : a.id > b.id;
