import { ValidationError, type FieldError } from '../../shared/domain/validation';

/** Field path → the first plain-word message for it, for inline errors under each input. */
export type FieldErrors = Record<string, string>;

export const byField = (errors: readonly FieldError[]): FieldErrors => {
  const out: FieldErrors = {};
  for (const error of errors) out[error.field] ??= error.message;
  return out;
};

/**
 * What a failed save tells the form: field errors to show inline, plus a
 * message for anything no field owns (a quota error, a record deleted
 * meanwhile). The form keeps its draft either way, so nothing typed is lost.
 */
export interface SaveFailure {
  fields: FieldErrors;
  message: string | null;
}

export const saveFailureOf = (error: unknown, shownFields: readonly string[] = []): SaveFailure => {
  if (error instanceof ValidationError) {
    const fields = byField(error.errors);
    // Errors on fields the form does not show would be invisible inline: say them in the banner too.
    const hidden = error.errors.filter((e) => !shownFields.some((f) => e.field === f || e.field.startsWith(`${f}.`)));
    return { fields, message: hidden.length > 0 && shownFields.length > 0 ? hidden.map((e) => e.message).join('; ') : null };
  }
  if (error instanceof DOMException && error.name === 'QuotaExceededError') {
    return { fields: {}, message: 'This device is out of storage space, so the change was not saved. Free some disk space and save again; your entries are still here.' };
  }
  return { fields: {}, message: error instanceof Error ? error.message : String(error) };
};

/** Text field input → integer, or undefined when empty (so "required" rather than "must be a number" shows). */
export const intOrUndefined = (text: string): number | undefined => {
  const trimmed = text.trim().replace(/,/g, '');
  if (trimmed === '') return undefined;
  const n = Number(trimmed);
  return Number.isFinite(n) ? n : Number.NaN;
};

/** "1,250.50" dollars → 125050 cents; empty → undefined. Rounded to the cent the way money is everywhere else. */
export const centsOrUndefined = (text: string): number | undefined => {
  const n = intOrUndefined(text.replace(/^\$/, ''));
  return n === undefined || Number.isNaN(n) ? n : Math.round(n * 100);
};

/** "12.5" percent → 1250 basis points. */
export const bpsOrUndefined = (text: string): number | undefined => {
  const n = intOrUndefined(text.replace(/%$/, ''));
  return n === undefined || Number.isNaN(n) ? n : Math.round(n * 100);
};

export const centsText = (cents: number | undefined): string => (cents === undefined ? '' : String(cents / 100));
export const bpsText = (bps: number | undefined): string => (bps === undefined ? '' : String(bps / 100));
