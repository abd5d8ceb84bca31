import type { TierRates } from '../domain/incentive-program';
import type { PartnerRole } from '../domain/opportunity';
import { createdIn, idsOf, sumAmounts } from './deals';
import { countOf } from '../domain/text';
import { rateLine } from './rate-line';
import type { RuleContext, RuleResult } from './rule-context';
import { tierFigure } from './tier-rate';
import { describeSpan } from './span';

export interface PipelineBonusRule {
  rateBps: number;
  capCents?: number | undefined;
  byTier?: TierRates | undefined;
}

/**
 * A bonus on the pipeline the partner brought in, counted when created:
 * rewarding pipeline (not wins) is the point, so a deal lost later still counted.
 */
export const pipelineBonus = (
  role: PartnerRole,
  label: string,
  rule: PipelineBonusRule,
  { opportunities, window, quarter, tier }: RuleContext,
): RuleResult => {
  const rate = tierFigure(rule.rateBps, rule.byTier, tier);
  const deals = createdIn(opportunities, window).filter((o) => o.partnerRole === role);
  const what = `${role.charAt(0).toUpperCase()}${role.slice(1)} pipeline created`;
  return {
    lines: [
      rateLine({
        label,
        basisCents: sumAmounts(deals),
        description: `${what} ${describeSpan(window, quarter)} (${countOf(deals.length, 'deal')})`,
        rateBps: rate.value,
        rateNote: rate.note,
        capCents: rule.capCents,
        sourceIds: idsOf(deals),
      }),
    ],
  };
};
