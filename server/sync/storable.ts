/**
 * PostgreSQL's jsonb refuses a NUL character and unpaired UTF-16 surrogates
 * that JSON itself allows; a value carrying one would fail the write and
 * with it the whole batch. Such values are refused up front, per mutation.
 * Depth is bounded for the same reason (and to keep this walk cheap).
 */
const MAX_DEPTH = 32;

const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const badString = (s: string): boolean => s.includes('\u0000') || loneSurrogate.test(s);

/** Text made storable: NULs shown as \0, broken characters as U+FFFD (for paths and messages about such values). */
export const storableText = (s: string): string =>
  s.replaceAll('\u0000', '\\0').replace(new RegExp(loneSurrogate.source, 'g'), '\ufffd');

/** The dotted path (itself storable) of the first value that cannot be stored, or undefined when all can. */
export const unstorablePath = (value: unknown, path = '', depth = 0): string | undefined => {
  if (typeof value === 'string') return badString(value) ? path || 'value' : undefined;
  if (typeof value !== 'object' || value === null) return undefined;
  if (depth > MAX_DEPTH) return path || 'value';
  for (const [key, child] of Object.entries(value)) {
    const childPath = path ? `${path}.${storableText(key)}` : storableText(key);
    if (badString(key)) return childPath;
    const bad = unstorablePath(child, childPath, depth + 1);
    if (bad !== undefined) return bad;
  }
  return undefined;
};
