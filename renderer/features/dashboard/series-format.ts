import { formatCents } from '../../../shared/domain/money';
import type { SeriesUnit } from './dashboard-series';

/** A chart value in words; null is "no data" (nothing was measured), never a fake zero. */
export const formatSeriesValue = (value: number | null, unit: SeriesUnit): string => {
  if (value === null) return 'no data';
  if (unit === 'ratio') return `${(value * 100).toFixed(1)}%`;
  if (unit === 'cents') return formatCents(value);
  return new Intl.NumberFormat('en-US').format(value);
};
