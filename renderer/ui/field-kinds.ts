import { z } from 'zod';
import { bpsSchema, centsSchema, isoDateSchema, isoDateTimeSchema, quarterSchema } from '../../shared/domain/common';
import { entities, isEntityName, type EntityName } from '../../shared/domain/entities';

/**
 * What kind of value a field holds, read from the shared schemas rather than
 * written down a second time: the formatter shows a value by its kind, and
 * the resend form picks an input by it. Money and rates are plain integers to
 * zod, so they are told apart by the schema they were built from
 * (`centsSchema`, `bpsSchema`), or by the `…Cents` / `…Bps` naming rule where
 * a schema was derived from those.
 */
export type FieldKind =
  | { kind: 'money' }
  | { kind: 'rate' }
  | { kind: 'date' }
  | { kind: 'datetime' }
  | { kind: 'quarter' }
  | { kind: 'count' }
  | { kind: 'boolean' }
  | { kind: 'text' }
  /** An id of another record; `table` is where its name can be looked up, `users` for people (not stored on the device). */
  | { kind: 'ref'; table: EntityName | 'users' }
  | { kind: 'choice'; options: readonly string[] }
  /** A fixed value, such as the partner type inside a partner's attributes. */
  | { kind: 'constant'; value: string }
  | { kind: 'object'; fields: Readonly<Record<string, Field>> }
  /** One of several object shapes, told by the value of `discriminator` (a partner's attributes, an incentive rule). */
  | { kind: 'variants'; discriminator: string; variants: Readonly<Record<string, Readonly<Record<string, Field>>>> }
  | { kind: 'list'; item: Field }
  | { kind: 'unknown' };

/** A field's kind and whether it may be left out (optional) or set to no value (nullable). */
export type Field = FieldKind & { optional?: true; nullable?: true };

/** Id fields by name → the table their records are in. */
const refTables: Readonly<Record<string, EntityName | 'users'>> = {
  partnerId: 'partners',
  contactId: 'contacts',
  programId: 'certificationPrograms',
  territoryId: 'territories',
  activityId: 'activities',
  ownerUserId: 'users',
  authorUserId: 'users',
  exportedByUserId: 'users',
  userId: 'users',
};

type AnySchema = z.ZodType;

const shapeOf = (shape: Readonly<Record<string, AnySchema>>): Record<string, Field> =>
  Object.fromEntries(Object.entries(shape).map(([name, schema]) => [name, fieldOf(schema, name)]));

const stringKind = (schema: AnySchema, name: string): FieldKind => {
  if (schema === isoDateSchema) return { kind: 'date' };
  if (schema === isoDateTimeSchema) return { kind: 'datetime' };
  if (schema === quarterSchema) return { kind: 'quarter' };
  const format = (schema as unknown as { format?: string | null }).format;
  if (format === 'date') return { kind: 'date' };
  if (format === 'datetime') return { kind: 'datetime' };
  const table = refTables[name];
  return table ? { kind: 'ref', table } : { kind: 'text' };
};

const numberKind = (schema: AnySchema, name: string): FieldKind => {
  if (schema === centsSchema || name.endsWith('Cents')) return { kind: 'money' };
  if (schema === bpsSchema || name.endsWith('Bps')) return { kind: 'rate' };
  return { kind: 'count' };
};

/** The kind of one schema node; `name` is the field's key (for money, rates and ids, see above). */
export const fieldOf = (schema: AnySchema, name = ''): Field => {
  if (schema instanceof z.ZodOptional) return { ...fieldOf(schema.unwrap() as AnySchema, name), optional: true };
  if (schema instanceof z.ZodNullable) return { ...fieldOf(schema.unwrap() as AnySchema, name), nullable: true };
  if (schema instanceof z.ZodNumber) return numberKind(schema, name);
  if (schema instanceof z.ZodBoolean) return { kind: 'boolean' };
  if (schema instanceof z.ZodEnum) return { kind: 'choice', options: schema.options as string[] };
  if (schema instanceof z.ZodLiteral) return { kind: 'constant', value: String([...schema.values][0]) };
  if (schema instanceof z.ZodArray) return { kind: 'list', item: fieldOf(schema.element as AnySchema, name) };
  if (schema instanceof z.ZodObject) return { kind: 'object', fields: shapeOf(schema.shape as Record<string, AnySchema>) };
  if (schema instanceof z.ZodDiscriminatedUnion) {
    const discriminator = (schema._zod.def as { discriminator: string }).discriminator;
    const variants: Record<string, Record<string, Field>> = {};
    for (const option of schema.options as AnySchema[]) {
      if (!(option instanceof z.ZodObject)) continue;
      const fields = shapeOf(option.shape as Record<string, AnySchema>);
      const tag = fields[discriminator];
      if (tag?.kind === 'constant') variants[tag.value] = fields;
    }
    return { kind: 'variants', discriminator, variants };
  }
  if (schema._zod.def.type === 'string') return stringKind(schema, name);
  return { kind: 'unknown' };
};

const recordFields = new Map<EntityName, Readonly<Record<string, Field>>>();

/** Every field of a table's records. */
export const fieldsOf = (table: EntityName): Readonly<Record<string, Field>> => {
  let fields = recordFields.get(table);
  if (!fields) {
    const kind = fieldOf(entities[table].schema as AnySchema);
    fields = kind.kind === 'object' ? kind.fields : {};
    recordFields.set(table, fields);
  }
  return fields;
};

/** The fields of an object or of the variant `value` is (by its discriminator); undefined for any other kind. */
export const objectFields = (kind: FieldKind, value?: unknown): Readonly<Record<string, Field>> | undefined => {
  if (kind.kind === 'object') return kind.fields;
  if (kind.kind !== 'variants') return undefined;
  const tag = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[kind.discriminator] : undefined;
  return typeof tag === 'string' ? kind.variants[tag] : undefined;
};

const UNKNOWN: Field = { kind: 'unknown' };

/**
 * The kind at a dotted path inside a table's records (`attributes.practiceSize`,
 * `attributes.integrations.2.name`). Inside variants the path is looked up in
 * the first shape that has it, since the value that would tell is not at hand.
 */
export const fieldAt = (table: string, path: string): Field => {
  if (!isEntityName(table)) return UNKNOWN;
  let field: Field = { kind: 'object', fields: fieldsOf(table) };
  for (const step of path.split('.')) {
    if (field.kind === 'list' && /^\d+$/.test(step)) field = field.item;
    else if (field.kind === 'object') field = field.fields[step] ?? UNKNOWN;
    else if (field.kind === 'variants') {
      const shapes: Readonly<Record<string, Field>>[] = Object.values(field.variants);
      field = shapes.find((shape) => step in shape)?.[step] ?? UNKNOWN;
    }
    else return UNKNOWN;
  }
  return field;
};
