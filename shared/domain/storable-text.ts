/**
 * Text PostgreSQL can store. JSON allows a NUL character and unpaired UTF-16
 * surrogates (half of an emoji), but jsonb and text columns refuse them, and
 * a value carrying one would fail its whole transaction on the server. Every
 * string that comes from outside is checked against this before it is kept,
 * on the device (the schemas) and again on the server (the schemas and the
 * sync protocol), so such a value is a field error, never a failed write.
 */
const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const everyLoneSurrogate = new RegExp(loneSurrogate.source, 'g');

/** `String.prototype.isWellFormed` (ES2024: Node 20, Chromium 111) checks surrogates natively, far faster than the pattern. */
type MaybeWellFormed = string & { isWellFormed?: () => boolean };

export const isStorableText = (text: string): boolean =>
  !text.includes('\u0000') && ((text as MaybeWellFormed).isWellFormed?.() ?? !loneSurrogate.test(text));

/** The words every message about such a value uses, after the field's name. */
export const UNSTORABLE_TEXT = 'contains characters that cannot be stored (a NUL or a broken character)';

/** Text made storable: NULs shown as \0, broken characters as U+FFFD (for naming such values in messages). */
export const storableText = (text: string): string => text.replaceAll('\u0000', '\\0').replace(everyLoneSurrogate, '\ufffd');
