import { entities, type EntityName } from '../../../shared/domain/entities';
import { validate } from '../../../shared/domain/validation';
import type { RejectedChange } from '../../db';
import { isCreate } from '../../db';
import { fieldsOf, objectFields, type Field } from '../../ui/field-kinds';

/**
 * The "edit and send again" form's state: the refused values as the user
 * types them. Money is typed in dollars and rates in percent (as everywhere
 * in the app), so those leaves are text in the draft and become cents and
 * basis points again only when the record is built; a half-typed "12." is
 * kept as typed, never rounded away under the cursor.
 */
export type Draft = unknown;
type Row = Record<string, unknown>;

const isRow = (value: unknown): value is Row => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The sync stamps and the id: the repository's, never the user's to edit. */
const managed = new Set(['id', 'updatedAt', 'deleted']);

/** The fields the form shows: the ones the user changed (a create: every field the user gave). */
export const resendFields = (change: Pick<RejectedChange, 'op' | 'patch'>): string[] =>
  change.op === 'delete' ? [] : Object.keys(change.patch).filter((field) => !managed.has(field));

const numberText = (value: unknown, scale: number): string => (typeof value === 'number' ? String(value / scale) : value == null ? '' : String(value));

/** A value as the form holds it. */
export const toDraft = (field: Field, value: unknown): Draft => {
  switch (field.kind) {
    case 'money':
      return numberText(value, 100);
    case 'rate':
      return numberText(value, 100);
    case 'count':
      return numberText(value, 1);
    case 'date':
    case 'datetime':
    case 'quarter':
    case 'text':
    case 'choice':
      return value == null ? '' : String(value);
    case 'list':
      return Array.isArray(value) ? value.map((entry) => toDraft(field.item, entry)) : value;
    case 'object':
    case 'variants': {
      const fields = objectFields(field, value);
      if (!fields || !isRow(value)) return value;
      return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, fields[key] ? toDraft(fields[key], inner) : inner]));
    }
    default:
      return value;
  }
};

/** What an emptied input stands for: no value (nullable), no field (optional), or an empty text the schema will refuse. */
const emptied = (field: Field): unknown => (field.nullable ? null : field.optional ? undefined : '');

/** "$1,200.50" or "1200.5" → 120050; text that is no number stays text, so the schema names the field. */
const scaled = (text: string, scale: number): number | string => {
  const n = Number(text.replace(/[$,%\s]/g, ''));
  return Number.isFinite(n) ? Math.round(n * scale) : text;
};

/** The stored value for what the form holds. */
export const fromDraft = (field: Field, draft: Draft): unknown => {
  switch (field.kind) {
    case 'money':
    case 'rate':
    case 'count': {
      if (typeof draft !== 'string') return draft;
      if (draft.trim() === '') return emptied(field);
      return scaled(draft, field.kind === 'count' ? 1 : 100);
    }
    case 'date':
    case 'datetime':
    case 'quarter':
    case 'text':
    case 'choice':
      return draft === '' ? emptied(field) : draft;
    case 'list':
      return Array.isArray(draft) ? draft.map((entry) => fromDraft(field.item, entry)) : draft;
    case 'object':
    case 'variants': {
      const fields = objectFields(field, draft);
      if (!fields || !isRow(draft)) return draft;
      return Object.fromEntries(Object.entries(draft).map(([key, inner]) => [key, fields[key] ? fromDraft(fields[key], inner) : inner]));
    }
    default:
      return draft;
  }
};

const setIn = (container: unknown, path: readonly (string | number)[], value: unknown): unknown => {
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  const next = (inner: unknown) => (rest.length === 0 ? value : setIn(inner, rest, value));
  if (Array.isArray(container)) return container.map((entry, index) => (index === head ? next(entry) : entry));
  const row = isRow(container) ? container : {};
  return { ...row, [head]: next(row[head as string]) };
};

/** `draft` with the value at a path (`['attributes', 'integrations', 0, 'name']`) replaced, copied along the way. */
export const setAt = (draft: Row, path: readonly (string | number)[], value: unknown): Row => setIn(draft, path, value) as Row;

export interface ResendForm {
  table: EntityName;
  /** The top-level fields shown, in the order the user's change had them. */
  fields: string[];
  /** Their kinds, from the table's schema. */
  kinds: Readonly<Record<string, Field>>;
  /** The record the values are laid on: as it is now (an update), or the refused create itself. */
  base: Row;
  draft: Row;
}

/** The form for one refused change, prefilled with the user's values; `current` is the record as stored now. */
export const openResend = (change: RejectedChange, current: Row | undefined): ResendForm => {
  const kinds = fieldsOf(change.table);
  const fields = resendFields(change).filter((field) => field in kinds);
  const base = isCreate(change) ? { ...change.patch } : { ...(current ?? {}) };
  const draft = Object.fromEntries(fields.map((field) => [field, toDraft(kinds[field]!, change.patch[field])]));
  return { table: change.table, fields, kinds, base, draft };
};

/** The whole record the form would send: the user's values on the base. */
export const editedRecord = (form: ResendForm): Row => {
  const edited: Row = { ...form.base };
  for (const field of form.fields) edited[field] = fromDraft(form.kinds[field]!, form.draft[field]);
  return edited;
};

/** Each problem of the record the form would send, by dotted path, in the schema's own words. */
export const problemsOf = (form: ResendForm): Record<string, string> => {
  const checked = validate(entities[form.table].schema, editedRecord(form));
  if (checked.ok) return {};
  const problems: Record<string, string> = {};
  for (const error of checked.errors) problems[error.field] ??= error.message;
  return problems;
};
