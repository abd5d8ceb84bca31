import { formatCents } from '../../../shared/domain/money';
import type { MetricResult } from '../../../shared/metrics';

/** A metric as people read it; "no data" when nothing was measured, never 0 % or NaN. */
export const formatMetric = (m: Pick<MetricResult, 'value' | 'unit'>): string => {
  if (m.value === null) return 'no data';
  switch (m.unit) {
    case 'ratio':
      return `${(m.value * 100).toFixed(1)}%`;
    case 'cents':
      return formatCents(m.value);
    case 'days':
      return `${Math.round(m.value)} days`;
    case 'percentage-points':
      return `${m.value >= 0 ? '+' : ''}${m.value.toFixed(1)} pp`;
  }
};
