/**
 * What a figure in a pack is, so each writer shows it its own way from the
 * same number: the deck and PDF format it as text, the workbook keeps the
 * number and gives it a number format.
 */
export type QbrUnit = 'text' | 'cents' | 'ratio' | 'percentage-points' | 'multiple' | 'count' | 'days' | 'date';

/** Red/amber/green against a target; `none` when there is nothing to judge. */
export type RagStatus = 'green' | 'amber' | 'red' | 'none';

/** One table cell or fact: a raw value (null means "no data") and what it measures. */
export interface QbrCell {
  value: number | string | null;
  unit: QbrUnit;
  status?: RagStatus;
}

export const text = (value: string | null): QbrCell => ({ value, unit: 'text' });
export const cents = (value: number | null): QbrCell => ({ value, unit: 'cents' });
export const ratio = (value: number | null): QbrCell => ({ value, unit: 'ratio' });
export const count = (value: number | null): QbrCell => ({ value, unit: 'count' });
export const date = (value: string | null): QbrCell => ({ value, unit: 'date' });
