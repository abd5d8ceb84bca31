import { formatCents } from '../domain/money';
import { formatCount } from '../domain/text';
import type { QbrCell, QbrUnit } from './units';

/** What a reader sees where a figure has nothing behind it (DESIGN: "no data", never 0 or NaN). */
export const NO_DATA = 'no data';

const percent = (fraction: number): string => `${Number((fraction * 100).toFixed(1))}%`;

/** A value as text for the deck and the PDF; the workbook keeps the number instead. */
export const formatValue = (value: number | string | null, unit: QbrUnit): string => {
  if (value === null) return NO_DATA;
  if (typeof value === 'string') return value;
  switch (unit) {
    case 'cents':
      return formatCents(Math.round(value));
    case 'ratio':
      return percent(value);
    case 'percentage-points':
      return `${value > 0 ? '+' : ''}${Number(value.toFixed(1))} pp`;
    case 'multiple':
      return `${value.toFixed(2)}x`;
    case 'days':
      return `${formatCount(Math.round(value))} days`;
    case 'count':
      return formatCount(value);
    default:
      return String(value);
  }
};

export const formatCell = (cell: QbrCell): string => formatValue(cell.value, cell.unit);
