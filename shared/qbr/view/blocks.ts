import type { AxisScale } from '../axis-scale';
import type { QbrSectionKey } from '../sections';
import type { QbrCell, QbrUnit } from '../units';

/**
 * A format-neutral page model of the pack. Each writer renders these blocks
 * its own way (a native chart in the deck, drawn bars in the PDF, the chart's
 * data table in the workbook), so a section is laid out once, not three times.
 */
export interface QbrColumn {
  header: string;
  unit: QbrUnit;
  /** Relative width; text-heavy columns get more. */
  width: number;
}

export type ChartBlock = {
  kind: 'chart';
  title: string;
  chart: 'bar' | 'line';
  /** The unit of every series value. */
  unit: QbrUnit;
  categories: string[];
  series: { name: string; values: (number | null)[] }[];
  /** The value axis every format draws: round ticks from zero (axis-scale.ts). */
  axis: AxisScale;
};

export type QbrBlock =
  | { kind: 'facts'; title: string; facts: { label: string; value: QbrCell }[] }
  /** `title` may be empty: a section whose one table it is needs none under the section heading. */
  | { kind: 'table'; title: string; columns: QbrColumn[]; rows: QbrCell[][] }
  | ChartBlock
  | { kind: 'note'; text: string; tone: 'info' | 'warning' | 'good' };

export interface QbrSectionView {
  key: Exclude<QbrSectionKey, 'cover'>;
  title: string;
  /** One line under the title: the section's headline. */
  subtitle: string;
  blocks: QbrBlock[];
  /** The deck's speaker notes: what to say, and what each figure is based on. */
  notes: string[];
}

export const column = (header: string, unit: QbrUnit = 'text', width = 1): QbrColumn => ({ header, unit, width });

export const note = (text: string, tone: 'info' | 'warning' | 'good' = 'info'): QbrBlock => ({ kind: 'note', text, tone });
