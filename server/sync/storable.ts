import { isStorableText, storableText } from '../../shared/domain/storable-text';

/**
 * A pushed patch is checked by its table's schema only after it is merged
 * with the stored record; before that, its raw values must not carry what
 * PostgreSQL cannot store (shared/domain/storable-text), or the write would
 * fail and with it the whole batch. Depth is bounded for the same reason
 * (and to keep this walk cheap).
 */
const MAX_DEPTH = 32;

/**
 * The keys leading to the first value that cannot be stored, innermost
 * first, or undefined when all can. Every push walks every field of every
 * mutation here, so nothing is built unless a bad value is found.
 */
const badKeys = (value: unknown, depth: number): string[] | undefined => {
  if (typeof value === 'string') return isStorableText(value) ? undefined : [];
  if (typeof value !== 'object' || value === null) return undefined;
  if (depth > MAX_DEPTH) return [];
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    if (!isStorableText(key)) return [key];
    const bad = badKeys((value as Record<string, unknown>)[key], depth + 1);
    if (bad !== undefined) {
      bad.push(key);
      return bad;
    }
  }
  return undefined;
};

/** The dotted path (itself storable) of the first value that cannot be stored, or undefined when all can. */
export const unstorablePath = (value: unknown): string | undefined => {
  const keys = badKeys(value, 0);
  if (keys === undefined) return undefined;
  return keys.length === 0 ? 'value' : keys.reverse().map(storableText).join('.');
};
