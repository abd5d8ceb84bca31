import type { Patch } from './outbox';

type Row = Record<string, unknown>;

/**
 * Records are plain JSON-shaped data (strings, numbers, booleans, null, arrays,
 * objects), so structural equality is enough; key order does not matter.
 */
export const sameValue = (a: unknown, b: unknown): boolean => {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const x = a as Row;
  const y = b as Row;
  const keys = new Set([...definedKeys(x), ...definedKeys(y)]);
  return [...keys].every((key) => sameValue(x[key], y[key]));
};

/** A key holding undefined is the same as no key: IndexedDB keeps one, JSON drops it. */
const definedKeys = (row: Row): string[] => Object.keys(row).filter((key) => row[key] !== undefined);

/**
 * The top-level fields that differ between the stored and the new record.
 * Merge on the server is per top-level field (DESIGN §5), so a nested value
 * such as a partner's attributes travels whole.
 */
export const changedFields = (before: Row, after: Row): Patch => {
  const patch: Patch = {};
  for (const key of new Set([...definedKeys(before), ...definedKeys(after)])) {
    if (!sameValue(before[key], after[key])) patch[key] = after[key] ?? null;
  }
  return patch;
};

/** The record without keys that hold undefined, as it will be stored and pushed. */
export const withoutUndefined = <T extends object>(row: T): T =>
  Object.fromEntries(Object.entries(row).filter(([, value]) => value !== undefined)) as T;
