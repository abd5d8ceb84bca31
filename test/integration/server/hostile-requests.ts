import fc from 'fast-check';
import { z } from 'zod';
import { entities, entityNames, type EntityName } from '../../../shared/domain/entities';
import { openApiDocument } from '../../../server/http/openapi';

/**
 * Requests for the hostile-input suite, generated from what the server
 * publishes (its OpenAPI document) and what it checks records against (the
 * shared schemas): mostly well-formed, so they reach the deep checks, with
 * one part made hostile: a string the database cannot store or too long to
 * hold, a number JSON can carry but no field wants, a key no schema has,
 * nesting past any depth, change numbers out of order or repeated.
 */
export interface JsonSchema {
  type?: string;
  enum?: unknown[];
  const?: unknown;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  minItems?: number;
  maxItems?: number;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: JsonSchema | boolean;
  propertyNames?: JsonSchema;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
}

/** The JSON body schema of a POST route, as the server's own document states it. */
export const requestSchemaOf = (route: string): JsonSchema => {
  const paths = openApiDocument().paths as Record<string, { post?: { requestBody?: { content: Record<string, { schema: JsonSchema }> } } }>;
  const schema = paths[route]?.post?.requestBody?.content['application/json']?.schema;
  if (!schema) throw new Error(`The OpenAPI document has no JSON body for ${route}`);
  return schema;
};

/** Short lists keep a request small enough to reach the checks rather than the body limit. */
const LIST_CAP = 3;

const stringFor = (s: JsonSchema): fc.Arbitrary<string> => {
  if (s.pattern) {
    try {
      return fc.stringMatching(new RegExp(s.pattern)).map((v) => v.slice(0, s.maxLength ?? Infinity));
    } catch {
      // A pattern fast-check cannot generate from: plain text of the right length instead.
    }
  }
  return fc.string({ minLength: s.minLength ?? 0, maxLength: Math.min(s.maxLength ?? 40, 40) });
};

/** Values that fit `schema` as far as a JSON Schema says (the refinements the schemas add are left to chance). */
export const fromSchema = (schema: JsonSchema, depth = 0): fc.Arbitrary<unknown> => {
  const options = schema.anyOf ?? schema.oneOf;
  if (options) return fc.oneof(...options.map((o) => fromSchema(o, depth + 1)));
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  switch (schema.type) {
    case 'string':
      return stringFor(schema);
    case 'integer': {
      const min = Math.max(schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : -1_000), -1e9);
      return fc.integer({ min, max: Math.max(min, Math.min(schema.maximum ?? 1e9, 1e9)) });
    }
    case 'number':
      return fc.double({ noNaN: true, noDefaultInfinity: true, min: schema.minimum ?? -1e9, max: schema.maximum ?? 1e9 });
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array':
      return fc.array(fromSchema(schema.items ?? {}, depth + 1), {
        minLength: Math.min(schema.minItems ?? 0, LIST_CAP),
        maxLength: Math.min(schema.maxItems ?? LIST_CAP, LIST_CAP),
      });
    case 'object': {
      if (schema.additionalProperties && typeof schema.additionalProperties === 'object') {
        return fc.dictionary(stringFor(schema.propertyNames ?? { type: 'string', maxLength: 20 }), fromSchema(schema.additionalProperties, depth + 1), { maxKeys: LIST_CAP });
      }
      const properties = Object.fromEntries(Object.entries(schema.properties ?? {}).map(([k, v]) => [k, fromSchema(v, depth + 1)]));
      return fc.record(properties, { requiredKeys: schema.required ?? [] });
    }
  }
  return depth > 3 ? fc.constant(null) : fc.jsonValue({ maxDepth: 2 });
};

const entitySchemas = new Map<EntityName, JsonSchema>(
  entityNames.map((t) => [t, z.toJSONSchema(entities[t].schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema]),
);

/** A whole record of `table` (a create) or a few of its fields (an edit), from the shared schema. */
export const patchFor = (table: EntityName, ids: fc.Arbitrary<string>, territories: fc.Arbitrary<string>): fc.Arbitrary<Record<string, unknown>> => {
  const schema = entitySchemas.get(table)!;
  const whole = fc.record({ record: fromSchema(schema) as fc.Arbitrary<Record<string, unknown>>, id: ids, territoryId: territories }).map(({ record, id, territoryId }) => ({ ...record, id, territoryId }));
  const some = fromSchema({ ...schema, required: [] }) as fc.Arbitrary<Record<string, unknown>>;
  return fc.oneof(whole, some);
};

const nested = (levels: number): unknown => {
  let value: unknown = 'deep';
  for (let i = 0; i < levels; i++) value = i % 2 ? [value] : { a: value };
  return value;
};

/** What an attacker puts where a value goes. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom('\u0000', 'name\u0000', '\ud800', 'half \udfff', '\u202eevil', '', ' ', '../../etc/passwd', 'javascript:alert(1)', '*'),
  fc.constant('x'.repeat(300_000)),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.constantFrom(1e308, -1e308, -0, -1, 0.5, 2 ** 53 + 2, Number.MAX_SAFE_INTEGER, 2 ** 63),
  fc.constantFrom(null, true, false, {}, [], nested(80), { __proto__: { admin: true } }),
  fc.jsonValue({ maxDepth: 3 }),
);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every path to a value inside `value`, the root included. */
const pathsOf = (value: unknown, at: (string | number)[] = []): (string | number)[][] => {
  const here = [at];
  if (Array.isArray(value)) return [...here, ...value.flatMap((v, i) => pathsOf(v, [...at, i]))];
  if (value && typeof value === 'object') return [...here, ...Object.entries(value).flatMap(([k, v]) => pathsOf(v, [...at, k]))];
  return here;
};

const withAt = (value: unknown, path: (string | number)[], change: (old: unknown) => unknown): unknown => {
  if (path.length === 0) return change(value);
  const [head, ...rest] = path;
  if (Array.isArray(value)) return value.map((v, i) => (i === head ? withAt(v, rest, change) : v));
  const record = value as Record<string, unknown>;
  return { ...record, [head!]: withAt(record[head!], rest, change) };
};

/** `value` with one part made hostile: a value replaced, a key added or dropped. */
export const corrupt = (value: unknown): fc.Arbitrary<unknown> =>
  fc.tuple(fc.nat(), hostileValue, fc.constantFrom('replace', 'add-key', 'drop'), fc.constantFrom('extra', '*', 'constructor', 'x\u0000', 'id')).map(([pick, hostile, how, key]) => {
    const paths = pathsOf(value);
    const path = paths[pick % paths.length]!;
    return withAt(value, path, (old) => {
      if (how === 'replace') return hostile;
      if (!old || typeof old !== 'object' || Array.isArray(old)) return hostile;
      if (how === 'add-key') return { ...(old as object), [key]: hostile };
      const keys = Object.keys(old);
      if (keys.length === 0) return hostile;
      const { [keys[pick % keys.length]!]: _dropped, ...rest } = old as Record<string, unknown>;
      return rest;
    });
  });

/** Mostly well-formed bodies, half of them with one hostile part. */
export const hostileBodies = (wellFormed: fc.Arbitrary<unknown>): fc.Arbitrary<Json> =>
  fc.oneof({ weight: 1, arbitrary: wellFormed }, { weight: 2, arbitrary: wellFormed.chain(corrupt) }) as fc.Arbitrary<Json>;
