import { entities, entityNames, type EntityName } from '../../shared/domain/entities';
import { storableText } from '../../shared/domain/storable-text';

/**
 * The fields a table's records have, read from their schemas: a pushed patch
 * may name these and nothing else (DESIGN §5, "known fields only"). A key the
 * schema does not know would be stripped from the record but still get a
 * field clock of its own, and `*`, the record-wide clock, must never be set
 * from outside.
 */
interface TableFields {
  known: ReadonlySet<string>;
  /** Optional fields that cannot be null: a device clears one by sending null (JSON has no undefined). */
  clearedByNull: ReadonlySet<string>;
}

const shapeOf = (table: EntityName): Record<string, { safeParse(v: unknown): { success: boolean } }> =>
  (entities[table].schema as unknown as { shape: Record<string, { safeParse(v: unknown): { success: boolean } }> }).shape;

const tableFields = new Map<EntityName, TableFields>(
  entityNames.map((table) => {
    const shape = shapeOf(table);
    const clearedByNull = Object.keys(shape).filter((key) => shape[key]!.safeParse(undefined).success && !shape[key]!.safeParse(null).success);
    return [table, { known: new Set(Object.keys(shape)), clearedByNull: new Set(clearedByNull) }];
  }),
);

/** The patch's keys that are not fields of the table's records, each named storably. */
export const unknownFields = (table: EntityName, patch: Record<string, unknown>): string[] => {
  const { known } = tableFields.get(table)!;
  const unknown: string[] = [];
  for (const key in patch) if (!known.has(key)) unknown.push(storableText(key));
  return unknown;
};

/** The record with every cleared optional field removed, as the schema and the store want it. */
export const dropClearedFields = (table: EntityName, data: Record<string, unknown>): void => {
  for (const key of tableFields.get(table)!.clearedByNull) if (data[key] === null) delete data[key];
};

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Keys inside the patch's values that the schema stripped on the way to the
 * stored record (a partner's attributes with a field no partner has): the
 * record would silently differ from what the device sent. Dotted paths, storable.
 */
export const strippedKeys = (patch: Record<string, unknown>, stored: Record<string, unknown>): string[] => {
  const found: string[] = [];
  // The path is kept as keys and joined only for a key that was stripped: every push walks every value here.
  const path: (string | number)[] = [];
  const walk = (sent: unknown, kept: unknown): void => {
    if (Array.isArray(sent)) {
      if (!Array.isArray(kept)) return;
      for (let i = 0; i < sent.length; i++) {
        if (typeof sent[i] !== 'object' || sent[i] === null) continue;
        path.push(i);
        walk(sent[i], kept[i]);
        path.pop();
      }
      return;
    }
    if (!isPlainObject(sent) || !isPlainObject(kept)) return;
    for (const key in sent) {
      path.push(key);
      if (!(key in kept)) found.push(path.map((p) => storableText(String(p))).join('.'));
      else if (typeof sent[key] === 'object' && sent[key] !== null) walk(sent[key], kept[key]);
      path.pop();
    }
  };
  for (const key in patch) {
    if (!(key in stored) || typeof patch[key] !== 'object' || patch[key] === null) continue;
    path.push(key);
    walk(patch[key], stored[key]);
    path.pop();
  }
  return found;
};
