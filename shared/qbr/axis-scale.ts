import { niceNum } from 'chart.js/helpers';
import type { QbrUnit } from './units';

/**
 * A chart's value axis with round ticks ($0, $40,000, $80,000; never
 * $43,925): every writer draws the same axis from this, so the deck, the PDF
 * and the workbook agree. The step is chart.js's "nice number" (1, 2 or 5 ×
 * 10ⁿ, the same rounding the app's own charts use), of the span split into
 * about five; counts never step by less than one.
 */
export interface AxisScale {
  /** In the unit the axis shows: dollars for money, a fraction for ratios. */
  step: number;
  max: number;
  /** 0, step, 2·step … max. */
  ticks: number[];
}

const INTERVALS = 5;

/** Chart values as an axis shows them: dollars, not cents. */
export const axisValue = (value: number | null, unit: QbrUnit): number => (value === null ? 0 : unit === 'cents' ? value / 100 : value);

/** Drops the float dust of i × step (0.30000000000000004). */
const clean = (x: number): number => Number(x.toPrecision(12));

export const axisScale = (values: readonly (number | null)[], unit: QbrUnit): AxisScale => {
  const top = Math.max(0, ...values.map((v) => axisValue(v, unit)));
  // An axis with nothing above zero still spans 0 to 1 rather than collapsing.
  const raw = top > 0 ? niceNum(top / INTERVALS) : 1 / INTERVALS;
  const step = clean(unit === 'count' ? Math.max(1, raw) : raw);
  const max = clean(Math.max(step, Math.ceil(clean(top / step)) * step));
  const ticks = Array.from({ length: Math.round(max / step) + 1 }, (_, i) => clean(i * step));
  return { step, max, ticks };
};
