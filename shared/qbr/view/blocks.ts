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

export type QbrBlock =
  | { kind: 'facts'; title: string; facts: { label: string; value: QbrCell }[] }
  | { kind: 'table'; title: string; columns: QbrColumn[]; rows: QbrCell[][]; empty: string }
  | {
      kind: 'chart';
      title: string;
      chart: 'bar' | 'line';
      /** The unit of every series value. */
      unit: QbrUnit;
      categories: string[];
      series: { name: string; values: (number | null)[] }[];
    }
  | { kind: 'note'; text: string; tone: 'info' | 'warning' | 'good' };

export interface QbrSectionView {
  key: Exclude<QbrSectionKey, 'cover'>;
  title: string;
  /** One line under the title: the section's headline. */
  subtitle: string;
  blocks: QbrBlock[];
}

export const column = (header: string, unit: QbrUnit = 'text', width = 1): QbrColumn => ({ header, unit, width });

export const note = (text: string, tone: 'info' | 'warning' | 'good' = 'info'): QbrBlock => ({ kind: 'note', text, tone });

/** The "no data" note a thin section shows instead of empty tables. */
export const noDataNote = (reason: string | null): QbrBlock[] => (reason === null ? [] : [note(`No data: ${reason}`, 'warning')]);
