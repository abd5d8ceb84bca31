import { idsOf, wonIn } from '../deals';
import { countOf } from '../../domain/text';
import { rateLine } from '../rate-line';
import type { RuleEvaluator } from '../rule-context';
import { tierFigure } from '../tier-rate';
import { describeSpan } from '../span';

/** Pays on the services attached, not the licence amount: the SI's own contribution. */
export const evaluateImplementationAttach: RuleEvaluator<'implementation-attach'> = (rule, { opportunities, window, quarter, tier }) => {
  const rate = tierFigure(rule.rateBps, rule.byTier, tier);
  const deals = wonIn(opportunities, window).filter((o) => o.servicesAttachedCents > 0);
  return {
    lines: [
      rateLine({
        label: 'Implementation attach incentive',
        basisCents: deals.reduce((sum, o) => sum + o.servicesAttachedCents, 0),
        description: `Implementation services attached to won deals ${describeSpan(window, quarter)} (${countOf(deals.length, 'deal')})`,
        rateBps: rate.value,
        rateNote: rate.note,
        sourceIds: idsOf(deals),
      }),
    ],
  };
};
