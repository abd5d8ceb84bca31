import { idsOf } from '../deals';
import { perItemLine } from '../per-item-line';
import type { RuleEvaluator } from '../rule-context';
import { tierFigure } from '../tier-rate';
import { inRange } from '../../domain/quarter';
import { describeSpan } from '../span';

/**
 * Rewards certifications earned (issued) while the program was in force. An
 * "expiring" one was still earned; "expired" cannot be newly earned.
 */
export const evaluateCertificationReward: RuleEvaluator<'certification-reward'> = (rule, { certifications, window, quarter, tier }) => {
  const amount = tierFigure(rule.amountPerCertificationCents, rule.byTier, tier);
  return {
    lines: [
      perItemLine({
        label: 'Certification reward',
        measure: 'certifications',
        description: `Certifications earned ${describeSpan(window, quarter)}`,
        amountPerItemCents: amount.value,
        rateNote: amount.note,
        sourceIds: idsOf(
          certifications.filter(
            (c) => (c.status === 'certified' || c.status === 'expiring') && c.issuedOn !== null && inRange(c.issuedOn, window),
          ),
        ),
      }),
    ],
  };
};
