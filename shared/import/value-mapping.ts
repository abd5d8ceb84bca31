import { z } from 'zod';
import type { ColumnMapping } from './column-mapping';
import { importFields } from './fields';
import { looseKey } from './header-key';
import { knownValues, SKIP_ROW } from './known-values';
import { cellText, type ImportTable } from './table';

export { SKIP_ROW };

/**
 * What each picklist value in the file becomes. Plain JSON, saved with the
 * column mapping. Per field: the file's value (as written) → one of our
 * values, `SKIP_ROW` (leave such rows out, e.g. "Customer" accounts), or
 * null (not mapped yet: such rows are errors until the user picks a value).
 */
export interface ValueMapping {
  version: 1;
  fields: Record<string, Record<string, string | null>>;
}

export const valueMappingSchema = z.object({
  version: z.literal(1),
  fields: z.record(z.string().max(100), z.record(z.string().max(500), z.string().max(100).nullable())),
});

/** A person the owner column can name: the dialog passes the workspace's users. */
export interface ImportUser {
  id: string;
  name: string;
  email?: string;
}

/** The values a choice field may take: its enum, or the users for an owner. */
export const choiceOptions = (entity: ColumnMapping['entity'], field: string, users: readonly ImportUser[] = []): string[] => {
  if (field === 'ownerUserId') return users.map((u) => u.id);
  return [...(importFields[entity].find((f) => f.field === field)?.options ?? [])];
};

const suggestOne = (field: string, value: string, options: readonly string[], users: readonly ImportUser[]): string | null => {
  const key = looseKey(value);
  if (field === 'ownerUserId') {
    const user = users.find((u) => looseKey(u.name) === key || (u.email !== undefined && looseKey(u.email) === key) || u.id === value);
    return user?.id ?? null;
  }
  const known = knownValues[field]?.[key];
  if (known !== undefined && (known === SKIP_ROW || options.includes(known))) return known;
  return options.find((o) => looseKey(o) === key) ?? null;
};

/**
 * Suggestions for every distinct value in every mapped choice column. A
 * value the user already mapped (in `saved`, e.g. last time's mapping) keeps
 * its choice; the rest get ours where the CRM's meaning is known.
 */
export const suggestValueMapping = (
  table: ImportTable,
  mapping: ColumnMapping,
  options: { users?: readonly ImportUser[]; saved?: ValueMapping } = {},
): ValueMapping => {
  const users = options.users ?? [];
  const fields: ValueMapping['fields'] = {};
  for (const spec of importFields[mapping.entity]) {
    const header = mapping.fields[spec.field];
    if (spec.kind !== 'choice' || header === undefined) continue;
    const column = table.headers.indexOf(header);
    if (column < 0) continue;
    const allowed = choiceOptions(mapping.entity, spec.field, users);
    const saved = options.saved?.fields[spec.field] ?? {};
    const values: Record<string, string | null> = {};
    for (const row of table.rows) {
      const value = cellText(row.cells[column] ?? null);
      if (value === '' || value in values) continue;
      values[value] = Object.hasOwn(saved, value) ? saved[value]! : suggestOne(spec.field, value, allowed, users);
    }
    fields[spec.field] = values;
  }
  return { version: 1, fields };
};

/** The mapped value for one cell: the exact entry, or one whose loose form matches ("RESELLER" for "Reseller"). */
export const mappedValue = (mapping: ValueMapping, field: string, value: string): string | null | undefined => {
  const values = mapping.fields[field];
  if (!values) return undefined;
  if (Object.hasOwn(values, value)) return values[value];
  const key = looseKey(value);
  const loose = Object.keys(values).find((v) => looseKey(v) === key);
  return loose === undefined ? undefined : values[loose];
};
