/** A normalizer's answer: the value, or what is wrong with the cell in words that follow the field's name. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: string };

export const parsed = <T>(value: T): Parsed<T> => ({ ok: true, value });
export const problem = (text: string): Parsed<never> => ({ ok: false, problem: text });
