import { idsOf } from '../deals';
import { perItemLine } from '../per-item-line';
import type { RuleEvaluator } from '../rule-context';
import { inRange } from '../../domain/quarter';
import { describeSpan } from '../span';

/**
 * Rewards certifications earned (issued) while the program was in force. An
 * "expiring" one was still earned; "expired" cannot be newly earned.
 */
export const evaluateCertificationReward: RuleEvaluator<'certification-reward'> = (rule, { certifications, window, quarter }) => ({
  lines: [
    perItemLine({
      label: 'Certification reward',
      measure: 'certifications',
      description: `Certifications earned ${describeSpan(window, quarter)}`,
      amountPerItemCents: rule.amountPerCertificationCents,
      sourceIds: idsOf(
        certifications.filter(
          (c) => (c.status === 'certified' || c.status === 'expiring') && c.issuedOn !== null && inRange(c.issuedOn, window),
        ),
      ),
    }),
  ],
});
