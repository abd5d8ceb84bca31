import { calendarOfRange, quartersSpanText, type QuarterRange } from '../../domain/quarter';
import { axisScale } from '../axis-scale';
import { NO_DATA } from '../format';
import type { QbrCell, QbrUnit, RagStatus } from '../units';
import type { QbrBlock, QbrColumn } from './blocks';

/**
 * Block makers that leave out what has nothing in it (DESIGN §7: empty rows
 * and sections are left out, never printed as "no data"): a fact without a
 * value, a table without rows, a chart with nothing above zero.
 */
/** A chart or table title over a run of quarters, with the days they cover where they are fiscal quarters. */
export const overQuarters = (title: string, labels: readonly string[], quarter: QuarterRange): string => {
  const span = quartersSpanText(labels, calendarOfRange(quarter));
  return span ? `${title} (${span})` : title;
};

export const flagged = (value: string, status: RagStatus): QbrCell => ({ value, unit: 'text', status });
export const yesNo = (yes: boolean, good = true): QbrCell => flagged(yes ? 'Yes' : 'No', yes === good ? 'green' : 'red');

export const factsBlock = (title: string, facts: { label: string; value: QbrCell }[]): QbrBlock[] => {
  const known = facts.filter((f) => f.value.value !== null && f.value.value !== '');
  return known.length === 0 ? [] : [{ kind: 'facts', title, facts: known }];
};

export const tableBlock = (title: string, columns: QbrColumn[], rows: QbrCell[][]): QbrBlock[] => (rows.length === 0 ? [] : [{ kind: 'table', title, columns, rows }]);

export const chartBlock = (title: string, unit: QbrUnit, categories: string[], series: { name: string; values: (number | null)[] }[]): QbrBlock[] => {
  const shown = series.filter((s) => s.values.some((v) => v !== null && v > 0));
  if (shown.length === 0 || categories.length === 0) return [];
  return [{ kind: 'chart', title, chart: 'bar', unit, categories, series: shown, axis: axisScale(shown.flatMap((s) => s.values), unit) }];
};

/** The text a cell shows where a figure cannot exist (a quarter the records say nothing for), never "no data". */
export const NOT_APPLICABLE = '–';
export const isNoData = (text: string): boolean => text === NO_DATA;
