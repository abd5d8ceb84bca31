import type { MetricKey } from '../metrics/types';
import { formatValue } from './format';
import type { QbrUnit, RagStatus } from './units';

/**
 * Where a figure turns amber and red. `green` and `amber` are the bounds of
 * those bands in the metric's own unit; for "lower is better" they are upper
 * bounds.
 */
export interface MetricTarget {
  direction: 'higher' | 'lower';
  green: number;
  amber: number;
}

/**
 * Program defaults for a single partner's scorecard; HQ can pass its own.
 * Shares are of the partner's territory, so a healthy partner among thirty
 * holds a few percent, not half.
 */
export const DEFAULT_TARGETS: Record<MetricKey, MetricTarget> = {
  activePartnerRate: { direction: 'higher', green: 1, amber: 1 },
  integrationAdoptionRate: { direction: 'higher', green: 0.5, amber: 0.3 },
  partnerRetention: { direction: 'higher', green: 1, amber: 1 },
  timeToFirstCommercialActivity: { direction: 'lower', green: 90, amber: 180 },
  partnerInfluencedPipelineShare: { direction: 'higher', green: 0.05, amber: 0.02 },
  winRatePartnerVsDirect: { direction: 'higher', green: 10, amber: 0 },
  dealSizeCoSellVsDirect: { direction: 'higher', green: 1.2, amber: 1 },
  partnerSourcedNewCustomerRate: { direction: 'higher', green: 0.1, amber: 0.05 },
  programInvestmentShare: { direction: 'lower', green: 0.1, amber: 0.25 },
  roiByPartnerType: { direction: 'higher', green: 3, amber: 1 },
  // Above the partner's own baseline by any amount is growth; level with it is a hold, below it a fall.
  incrementalRevenue: { direction: 'higher', green: 1, amber: 0 },
};

export const ragStatus = (value: number | null, target: MetricTarget): RagStatus => {
  if (value === null) return 'none';
  const better = (a: number, b: number): boolean => (target.direction === 'higher' ? a >= b : a <= b);
  if (better(value, target.green)) return 'green';
  return better(value, target.amber) ? 'amber' : 'red';
};

/** "at least 5%", "at most 25%": words, as the PDF's standard font has no ≥ sign. */
export const targetWords = (target: MetricTarget, unit: QbrUnit): string =>
  `${target.direction === 'higher' ? 'at least' : 'at most'} ${formatValue(target.green, unit)}`;
