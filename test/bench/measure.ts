import type { Metric } from './types';

/** Runs `work` and returns its result with the milliseconds it took. */
export const timed = async <T>(work: () => Promise<T> | T): Promise<[T, number]> => {
  const start = performance.now();
  const result = await work();
  return [result, performance.now() - start];
};

export const round = (n: number, digits = 1): number => Number(n.toFixed(digits));

/** A figure of the bench `prefix`; small figures keep two decimals so a sub-millisecond read or a ratio still says something. */
export const metricOf =
  (prefix: string) =>
  (name: string, value: number, unit: string, label: string, detail: Record<string, unknown> = {}): Metric => ({
    metric: `${prefix}.${name}`,
    value: round(value, unit === 'rows/s' || unit === 'mutations/s' ? 0 : value < 100 ? 2 : 1),
    unit,
    label,
    ...detail,
  });

/** The p-th percentile (0..1) of ascending figures, nearest rank. */
export const percentile = (sorted: readonly number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
