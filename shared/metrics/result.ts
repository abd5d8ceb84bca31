import { roundDiv } from '../domain/money';
import type { MetricResult } from './types';

/** numerator / denominator as a fraction; null rather than NaN/Infinity when nothing was measured. */
export const ratioResult = (key: string, numerator: number, denominator: number): MetricResult => ({
  key,
  value: denominator === 0 ? null : numerator / denominator,
  numerator,
  denominator,
  unit: 'ratio',
});

/** Mean amount in whole cents, rounded half away from zero like every money figure. */
export const averageCentsResult = (key: string, totalCents: number, count: number): MetricResult => ({
  key,
  value: count === 0 ? null : roundDiv(totalCents, count),
  numerator: totalCents,
  denominator: count,
  unit: 'cents',
});

/**
 * Difference of two rates a/b − c/d in percentage points. It is kept as one
 * exact fraction (a·d − c·b) / (b·d) so the value is a single division and is
 * null exactly when either side has nothing to measure.
 */
export const rateLiftResult = (key: string, a: MetricResult, b: MetricResult): MetricResult => {
  const numerator = a.numerator * b.denominator - b.numerator * a.denominator;
  const denominator = a.denominator * b.denominator;
  return {
    key,
    value: denominator === 0 ? null : (100 * numerator) / denominator,
    numerator,
    denominator,
    unit: 'percentage-points',
  };
};

/**
 * Ratio of two means (sumA/countA) / (sumB/countB), as the exact fraction
 * sumA·countB / (sumB·countA): null when either side has no data.
 */
export const ratioOfMeansResult = (key: string, a: MetricResult, b: MetricResult): MetricResult =>
  ratioResult(key, a.numerator * b.denominator, b.numerator * a.denominator);
