import { entities, type EntityName } from '../../shared/domain/entities';
import { fieldLabels } from '../../shared/domain/field-labels';
import { formatBps, formatCents } from '../../shared/domain/money';
import { formatCount } from '../../shared/domain/text';
import { fieldAt, objectFields, type Field, type FieldKind } from './field-kinds';
import { dateText, dateTimeText } from './dates';
import { partnerTypeLabels, words } from './labels';

// Dates read as every screen reads them (renderer/ui/dates); kept here for the screens that format values through this module.
export { dateText, dateTimeText };

/**
 * Any stored value as a manager reads it (the Conflict Center, Needs
 * attention): money as money, rates as percent, dates as dates, choices by
 * their labels, ids by the record's name where the device has it, and lists
 * and nested values as sentences. Never cents, basis points or JSON.
 */

export interface ValueContext {
  /** The name of a record the device holds, or undefined; screens look the ids up first (see `refsIn`). */
  nameOf?(table: EntityName | 'users', id: string): string | undefined;
}

export const EMPTY = '(empty)';

/** Values that read better as written than as `words()` would make them. */
const choiceWords: Readonly<Record<string, string>> = {
  ...partnerTypeLabels,
  // Acronyms and "Co-sell" come right from `words()`; these are names, not spellings.
  pptx: 'PowerPoint deck',
  pdf: 'PDF',
  xlsx: 'Excel workbook',
};

/** An enumeration value by its label: "at-risk" → "At risk", "isv" → "ISV". */
export const choiceText = (value: string): string => choiceWords[value] ?? words(value);

/** "minTrailingRevenueCents" → "Min trailing revenue", for a field no label was written for. */
const humanize = (key: string): string => words(key.replace(/(Cents|Bps)$/, '').replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase());

/** A field's name as people read it; for a dotted path the innermost named part ("attributes.practiceSize" → "Practice size"). */
export const fieldLabel = (path: string): string => {
  const named = path.split('.').findLast((step) => !/^\d+$/.test(step)) ?? path;
  return fieldLabels[named] ?? humanize(named);
};

/** Past this, text is cut for reading; the resend form still holds all of it. */
const LONG_TEXT = 300;

const textOf = (text: string): string =>
  text.length <= LONG_TEXT ? text : `${text.slice(0, 200)}… (${formatCount(text.length)} characters in all)`;

const isRow = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The kind a value shows as when no schema names it: told by what the value is. */
const guessed = (value: unknown): FieldKind => {
  if (typeof value === 'number') return { kind: 'count' };
  if (typeof value === 'boolean') return { kind: 'boolean' };
  if (Array.isArray(value)) return { kind: 'list', item: { kind: 'unknown' } };
  if (isRow(value)) return { kind: 'object', fields: guessedFields(value) };
  return { kind: 'text' };
};

/** Kinds whose value can head an entry of a list: "Salesforce (API, …)", "Gold (…)". */
const leads = new Set<FieldKind['kind']>(['text', 'choice', 'ref', 'quarter']);

/**
 * The fields of one object as "Label: value" parts. The variant tag leads
 * (an incentive rule's kind), and so does a first name-like field when the
 * object is an entry of a list; a tag inside a record (the partner type in a
 * partner's attributes) says nothing the record does not, and is left out.
 */
const objectParts = (kind: FieldKind, value: Record<string, unknown>, context: ValueContext, inList: boolean) => {
  const fields = objectFields(kind, value) ?? guessedFields(value);
  const tag = kind.kind === 'variants' ? kind.discriminator : undefined;
  let lead: string | undefined = tag !== undefined && inList ? choiceText(String(value[tag])) : undefined;
  const parts: string[] = [];
  for (const [key, field] of Object.entries(fields)) {
    if (key === tag || value[key] === undefined) continue;
    if (lead === undefined && inList && leads.has(field.kind) && parts.length === 0) {
      lead = valueText(field, value[key], context);
      continue;
    }
    parts.push(`${fieldLabel(key)}: ${inner(field, value[key], context)}`);
  }
  return { lead, parts };
};

const guessedFields = (value: Record<string, unknown>): Record<string, Field> =>
  Object.fromEntries(Object.keys(value).map((key) => [key, guessed(value[key])]));

/** A value inside another: objects in parentheses, list entries after semicolons. */
const inner = (field: Field, value: unknown, context: ValueContext): string => {
  if (isRow(value) && (field.kind === 'object' || field.kind === 'variants' || field.kind === 'unknown')) {
    const { lead, parts } = objectParts(field.kind === 'unknown' ? guessed(value) : field, value, context, false);
    const all = [lead, ...parts].filter(Boolean);
    return all.length === 0 ? EMPTY : `(${all.join(', ')})`;
  }
  return valueText(field, value, context, 1);
};

/** One entry of a list: "Salesforce (Integration depth: API, Marketplace listing: Yes)". */
const entryText = (field: Field, value: unknown, context: ValueContext): string => {
  const kind = field.kind === 'unknown' ? guessed(value) : field;
  if (!isRow(value) || (kind.kind !== 'object' && kind.kind !== 'variants')) return valueText(kind, value, context, 1);
  const { lead, parts } = objectParts(kind, value, context, true);
  if (parts.length === 0) return lead ?? EMPTY;
  return lead ? `${lead} (${parts.join(', ')})` : `(${parts.join(', ')})`;
};

/**
 * A value of the given kind as text. At the top (`depth` 0) a list puts each
 * entry and an object each field on a line of its own (show the text with
 * `white-space: pre-line`); further in, they run on in one line.
 */
export const valueText = (field: Field, value: unknown, context: ValueContext = {}, depth = 0): string => {
  if (value === null || value === undefined || value === '') return EMPTY;
  const kind: FieldKind = field.kind === 'unknown' ? guessed(value) : field;
  switch (kind.kind) {
    case 'money':
      return typeof value === 'number' ? formatCents(value) : String(value);
    case 'rate':
      return typeof value === 'number' ? formatBps(value) : String(value);
    case 'count':
      return typeof value === 'number' ? formatCount(value) : String(value);
    case 'date':
      return typeof value === 'string' ? dateText(value) : String(value);
    case 'datetime':
      return typeof value === 'string' ? dateTimeText(value) : String(value);
    case 'boolean':
      return value === true ? 'Yes' : value === false ? 'No' : String(value);
    case 'choice':
    case 'constant':
      return typeof value === 'string' ? choiceText(value) : String(value);
    case 'ref': {
      const id = String(value);
      const fallback = kind.table === 'users' ? 'Another user' : `A ${entities[kind.table].label.toLowerCase()} not on this device`;
      return context.nameOf?.(kind.table, id) ?? fallback;
    }
    case 'list': {
      if (!Array.isArray(value)) return textOf(String(value));
      if (value.length === 0) return '(none)';
      const entries = value.map((entry) => entryText(kind.item, entry, context));
      // Entries that are records get a line each at the top; plain values read as one list.
      return value.some(isRow) ? entries.join(depth === 0 ? '\n' : '; ') : entries.join(', ');
    }
    case 'object':
    case 'variants': {
      if (!isRow(value)) return textOf(String(value));
      const { lead, parts } = objectParts(kind, value, context, false);
      const all = [lead, ...parts].filter((part): part is string => Boolean(part));
      if (all.length === 0) return EMPTY;
      return depth === 0 ? all.join('\n') : all.join(', ');
    }
    case 'quarter':
    case 'text':
    case 'unknown':
      return textOf(String(value));
  }
};

/** A field of a table's records, by its dotted path, as text: `fieldValueText('partners', 'revenueTargetCents', 4_000_000)` → "$40,000". */
export const fieldValueText = (table: string, path: string, value: unknown, context?: ValueContext): string =>
  valueText(fieldAt(table, path), value, context);

export interface Ref {
  table: EntityName | 'users';
  id: string;
}

/** The ids a value names, so a screen can look their names up before it shows the value. */
export const refsIn = (field: Field, value: unknown, found: Ref[] = []): Ref[] => {
  if (value === null || value === undefined) return found;
  if (field.kind === 'ref' && typeof value === 'string') found.push({ table: field.table, id: value });
  else if (field.kind === 'list' && Array.isArray(value)) for (const entry of value) refsIn(field.item, entry, found);
  else if (isRow(value)) {
    const fields = objectFields(field, value);
    if (fields) for (const [key, inner] of Object.entries(fields)) refsIn(inner, value[key], found);
  }
  return found;
};
