const countFormat = new Intl.NumberFormat('en-US');

/** Counts as people read them: 1001 → "1,001". One formatter for every call: constructing one is the slow part. */
export const formatCount = (n: number): string => countFormat.format(n);

/** The word that agrees with n: plural(1, 'deal') → "deal", plural(3, 'entry', 'entries') → "entries". */
export const plural = (n: number, one: string, many = `${one}s`): string => (n === 1 ? one : many);

/** "1 deal", "4 deals", "1,500 units". */
export const countOf = (n: number, one: string, many?: string): string => `${formatCount(n)} ${plural(n, one, many)}`;
