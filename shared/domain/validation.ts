import type { z } from 'zod';
import { fieldLabels } from './field-labels';
import { formatCents } from './money';
import { countOf } from './text';

/** One problem with one field, in words a manager understands. */
export interface FieldError {
  /** Dotted path to the field, e.g. `attributes.minimumCommitmentCents` or `integrations.0.name`. */
  field: string;
  message: string;
}

export type Validated<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

/** Thrown where a caller cannot continue with invalid input; `errors` names every field at fault. */
export class ValidationError extends Error {
  constructor(
    readonly entity: string,
    readonly errors: FieldError[],
  ) {
    super(`${entity} was not saved: ${errors.map((e) => e.message).join('; ')}`);
    this.name = 'ValidationError';
  }
}

/** What one entry of a list is called, where "item" would leave the user guessing which list. */
const listEntryNames: Record<string, string> = {
  creditNotes: 'credit note',
  coPartners: 'other partner',
};

/**
 * What an entry of a list is called by its own content, where it has a name
 * a user knows it by: a tier's requirements are "Gold", not "item 2".
 */
const entryName = (entry: unknown): string | null => {
  if (typeof entry !== 'object' || entry === null) return null;
  const tier = (entry as { tier?: unknown }).tier;
  return typeof tier === 'string' && /^[a-z]+$/.test(tier) ? tier.charAt(0).toUpperCase() + tier.slice(1) : null;
};

/** The value at `path` inside `input`, or undefined where the path leaves it. */
const valueAt = (input: unknown, path: readonly PropertyKey[]): unknown =>
  path.reduce<unknown>((value, key) => (typeof value === 'object' && value !== null ? (value as Record<PropertyKey, unknown>)[key] : undefined), input);

const labelFor = (path: PropertyKey[], input?: unknown): string => {
  // The innermost named segment is what the user sees; list positions are told as "(item 2)", by the entry's name
  // ("(credit note 2)"), or by what the entry itself is called ("(Gold)").
  const named = [...path].reverse().find((p) => typeof p === 'string');
  const base = typeof named === 'string' ? (fieldLabels[named] ?? humanize(named)) : 'Value';
  const at = path.findLastIndex((p) => typeof p === 'number');
  if (at < 0) return base;
  // The nearest entry around the field that has a name of its own: a tier's certified people are "(Gold)".
  for (let i = at; input !== undefined && i >= 0; i--) {
    const own = typeof path[i] === 'number' ? entryName(valueAt(input, path.slice(0, i + 1))) : null;
    if (own) return `${base} (${own})`;
  }
  const list = path[at - 1];
  return `${base} (${(typeof list === 'string' && listEntryNames[list]) || 'item'} ${Number(path[at]) + 1})`;
};

const humanize = (key: string): string => {
  const words = key.replace(/(Cents|Bps)$/, '').replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

const describe = (issue: z.core.$ZodIssue): string => {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined || issue.input === null ? 'is required' : `must be a ${issue.expected}`;
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? 'is required' : `needs at least ${issue.minimum} characters`;
      if (issue.origin === 'array') return `needs at least ${countOf(Number(issue.minimum), 'entry', 'entries')}`;
      return `must be ${issue.inclusive ? 'at least' : 'more than'} ${issue.minimum}`;
    case 'too_big':
      if (issue.origin === 'string') return `must be at most ${issue.maximum} characters`;
      if (issue.origin === 'array') return `can have at most ${issue.maximum} entries`;
      return `must be ${issue.inclusive ? 'at most' : 'less than'} ${issue.maximum}`;
    case 'invalid_format':
      if (issue.format === 'email') return 'is not a valid email address';
      if (issue.format === 'date') return 'must be a date like 2026-09-30';
      if (issue.format === 'datetime') return 'must be a date and time';
      if (issue.format === 'url') return 'must be a web address starting with https://';
      return issue.message && !issue.message.startsWith('Invalid') ? issue.message : 'is not in the expected format';
    case 'invalid_value':
      return `must be one of: ${issue.values.map(String).join(', ')}`;
    case 'invalid_union':
      return 'is not one of the accepted kinds';
    case 'not_multiple_of':
      return issue.divisor === 1 ? 'must be a whole number' : `must be a multiple of ${issue.divisor}`;
    case 'unrecognized_keys':
      return `has unknown fields: ${issue.keys.join(', ')}`;
    default:
      return issue.message;
  }
};

/** Records of basis points keyed by something else than a `…Bps` name: HQ's deal credit, keyed by role. */
const percentRecords = new Set(['dealCredit']);

/** Rates are stored in basis points but typed and read in percent, so their limits are told in percent. */
const percentLimit = (issue: z.core.$ZodIssue): string | null => {
  const named = issue.path.findLast((p) => typeof p === 'string');
  const inPercentRecord = issue.path.some((p) => typeof p === 'string' && percentRecords.has(p));
  if (typeof named !== 'string' || !(named.endsWith('Bps') || inPercentRecord)) return null;
  if (issue.code === 'too_big' && issue.origin === 'number') return `must be at most ${Number(issue.maximum) / 100}%`;
  if (issue.code === 'too_small' && issue.origin === 'number') return `must be at least ${Number(issue.minimum) / 100}%`;
  return null;
};

/**
 * Money is stored in cents but typed in dollars: its upper limit (the largest
 * exact whole number of cents) is told in dollars, never as a count of cents.
 */
const moneyLimit = (issue: z.core.$ZodIssue): string | null => {
  const named = issue.path.findLast((p) => typeof p === 'string');
  if (typeof named !== 'string' || !named.endsWith('Cents') || issue.code !== 'too_big' || (issue.origin !== 'number' && issue.origin !== 'int')) return null;
  // In whole dollars: the cents of so large a number are past what a float division keeps exactly.
  return `must be at most ${formatCents(Math.floor(Number(issue.maximum) / 100) * 100)}`;
};

/** Turns zod's issues into one plain sentence per field, e.g. "Email is not a valid email address". */
export const toFieldErrors = (error: z.ZodError, input?: unknown): FieldError[] =>
  error.issues.map((issue) => {
    // Integers are checked as `invalid_type` with expected "int" in zod 4.
    const message =
      issue.code === 'invalid_type' && issue.expected === 'int' ? 'must be a whole number' : (percentLimit(issue) ?? moneyLimit(issue) ?? describe(issue));
    return { field: issue.path.map(String).join('.'), message: `${labelFor(issue.path, input)} ${message}` };
  });

/**
 * A problem found outside a schema (a rule that holds only when a user makes
 * a record now), worded the way the schema's are: "Due date cannot be in the past".
 */
export const fieldError = (field: string, problem: string): FieldError => ({
  field,
  message: `${labelFor(field.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p)))} ${problem}`,
});

/**
 * What a range's end is told when it comes before its start, naming the
 * start as its input is labelled, for a schema's `refine` at the end's path:
 * "To cannot be before From".
 */
export const notBefore = (startField: string): string => `cannot be before ${labelFor([startField])}`;

export const validate = <S extends z.ZodType>(schema: S, input: unknown): Validated<z.output<S>> => {
  // reportInput lets the message tell a missing value from a wrong one.
  const result = schema.safeParse(input, { reportInput: true });
  return result.success ? { ok: true, value: result.data } : { ok: false, errors: toFieldErrors(result.error, input) };
};

/** The errors as one plain sentence per field (the first, where a field has several), for an answer's `fields`. */
export const fieldMap = (errors: readonly FieldError[]): Record<string, string> => {
  const fields: Record<string, string> = {};
  for (const e of errors) fields[e.field || 'body'] ??= e.message;
  return fields;
};

/** Parses or throws a ValidationError that names every field at fault. */
export const parseOrThrow = <S extends z.ZodType>(schema: S, input: unknown, entity: string): z.output<S> => {
  const result = validate(schema, input);
  if (!result.ok) throw new ValidationError(entity, result.errors);
  return result.value;
};
