/** A conflict side's value as text: empty shown as "(empty)", objects as compact JSON. */
export const conflictValueText = (value: unknown): string => {
  if (value === null || value === undefined || value === '') return '(empty)';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
};
