import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { entities, entityNames, serverMadeTables, type EntityName } from '../../../../shared/domain/entities';
import { MAX_PULL_PAGE_BYTES, MAX_PUSH_BYTES } from '../../../../shared/sync/protocol';

/**
 * Every text and list field of every synced record has a stated limit
 * (DESIGN §5, "Bounds"), and the limits together keep any one valid record
 * small enough to push in one request and to pull in one page. Read from the
 * schemas' own JSON Schema, so a new field without a limit fails here.
 */
type JsonSchema = {
  type?: string;
  maxLength?: number;
  maxItems?: number;
  format?: string;
  pattern?: string;
  enum?: unknown[];
  const?: unknown;
  properties?: Record<string, JsonSchema>;
  additionalProperties?: JsonSchema | boolean;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
};

/** Longest text of the fixed formats (ISO date, ISO instant, quarter, colour): the schemas bound them by shape. */
const formatLength: Record<string, number> = { date: 10 };
const patternLength: Record<string, number> = { '^\\d{4}-Q[1-4]$': 7, '^#[0-9A-Fa-f]{6}$': 7 };

/** Fields whose value is any JSON: a conflict's two sides copy one field of a bounded record, and only the server makes them. */
const copiedValue = (table: EntityName, path: string) => table === 'conflicts' && /^(kept|lost)\.value$/.test(path);

/** The worst case in JSON bytes: each UTF-16 unit can take six (`\u0001`). */
const BYTES_PER_CHAR = 6;
const NUMBER_BYTES = 24;

interface Walk {
  unbounded: string[];
  bytes: number;
}

const walk = (table: EntityName, node: JsonSchema, path: string, anyValueBytes: number): Walk => {
  const here = (bytes: number): Walk => ({ unbounded: [], bytes });
  const options = node.anyOf ?? node.oneOf;
  if (options) {
    const walks = options.map((option) => walk(table, option, path, anyValueBytes));
    return { unbounded: walks.flatMap((w) => w.unbounded), bytes: Math.max(...walks.map((w) => w.bytes)) };
  }
  if (node.const !== undefined) return here(JSON.stringify(node.const).length);
  if (node.enum) return here(Math.max(...node.enum.map((v) => JSON.stringify(v).length)));
  switch (node.type) {
    case 'string': {
      const length = node.maxLength ?? (node.format ? formatLength[node.format] : undefined) ?? (node.pattern ? patternLength[node.pattern] : undefined);
      if (length === undefined) return { unbounded: [`${path} (text)`], bytes: 0 };
      // A pattern here limits the text to ASCII (dates, colours, base64 images, emails): one byte a character.
      return here(2 + length * (node.pattern ? 1 : BYTES_PER_CHAR));
    }
    case 'number':
    case 'integer':
      return here(NUMBER_BYTES);
    case 'boolean':
      return here(5);
    case 'null':
      return here(4);
    case 'array': {
      const item = walk(table, node.items ?? {}, `${path}[]`, anyValueBytes);
      if (node.maxItems === undefined) return { unbounded: [...item.unbounded, `${path} (list)`], bytes: 0 };
      return { unbounded: item.unbounded, bytes: 2 + node.maxItems * (item.bytes + 1) };
    }
    case 'object': {
      if (node.additionalProperties && typeof node.additionalProperties === 'object') return { unbounded: [`${path} (open-ended keys)`], bytes: 0 };
      const fields = Object.entries(node.properties ?? {}).map(([key, child]) => ({ key, ...walk(table, child, path ? `${path}.${key}` : key, anyValueBytes) }));
      return {
        unbounded: fields.flatMap((f) => f.unbounded),
        bytes: 2 + fields.reduce((sum, f) => sum + JSON.stringify(f.key).length + 2 + f.bytes, 0),
      };
    }
  }
  if (Object.keys(node).length === 0 && copiedValue(table, path)) return here(anyValueBytes);
  return { unbounded: [`${path} (any value)`], bytes: 0 };
};

const jsonSchemaOf = (table: EntityName): JsonSchema => z.toJSONSchema(entities[table].schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;

/**
 * Server-made records (conflicts, closed incentive statements) are never
 * pushed whole: a device sends only their small user patch, and the server
 * records no conflict over them. So they need to fit one pull page, not one
 * push, and a conflict never copies one of their fields.
 */
const serverMade = (t: EntityName): boolean => serverMadeTables[t] !== undefined;

/** The largest any one field of any record can be: what a conflict side may copy. */
const largestField = (): number =>
  Math.max(
    ...entityNames
      .filter((t) => !serverMade(t))
      .flatMap((t) => Object.values(jsonSchemaOf(t).properties ?? {}).map((child) => walk(t, child, '', 0).bytes)),
  );

describe('limits of every synced field', () => {
  it.each(entityNames)('every text and list field of %s has a limit', (table) => {
    expect(walk(table, jsonSchemaOf(table), '', largestField()).unbounded).toEqual([]);
  });

  it('keeps any valid record small enough for one push, and a server-made one for one pull page', () => {
    // A mutation's envelope (ids, clock, bases) and the request's own fields, generously.
    const envelope = 4_000;
    const sizes = Object.fromEntries(entityNames.map((t) => [t, walk(t, jsonSchemaOf(t), '', largestField()).bytes]));
    for (const table of entityNames.filter((t) => !serverMade(t))) {
      expect(sizes[table]! + envelope, `${table} at its largest`).toBeLessThanOrEqual(MAX_PUSH_BYTES);
    }
    for (const table of entityNames.filter(serverMade)) {
      expect(sizes[table], `${table} at its largest`).toBeLessThanOrEqual(MAX_PULL_PAGE_BYTES);
    }
  });

});
