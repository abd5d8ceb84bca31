/**
 * PostgreSQL's jsonb refuses a NUL character and unpaired UTF-16 surrogates
 * that JSON itself allows; a value carrying one would fail the write and
 * with it the whole batch. Such values are refused up front, per mutation.
 * Depth is bounded for the same reason (and to keep this walk cheap).
 */
const MAX_DEPTH = 32;

const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const everyLoneSurrogate = new RegExp(loneSurrogate.source, 'g');
const badString = (s: string): boolean => s.includes('\u0000') || loneSurrogate.test(s);

/** Text made storable: NULs shown as \0, broken characters as U+FFFD (for paths and messages about such values). */
export const storableText = (s: string): string => s.replaceAll('\u0000', '\\0').replace(everyLoneSurrogate, '\ufffd');

/**
 * The keys leading to the first value that cannot be stored, innermost
 * first, or undefined when all can. Every push walks every field of every
 * mutation here, so nothing is built unless a bad value is found.
 */
const badKeys = (value: unknown, depth: number): string[] | undefined => {
  if (typeof value === 'string') return badString(value) ? [] : undefined;
  if (typeof value !== 'object' || value === null) return undefined;
  if (depth > MAX_DEPTH) return [];
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    if (badString(key)) return [key];
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
