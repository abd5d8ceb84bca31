import { distance } from 'fastest-levenshtein';

/** How alike two normalized names are, 0–1: one minus the edit distance over the longer length. */
export const nameSimilarity = (a: string, b: string): number => {
  const longest = Math.max(a.length, b.length);
  return longest === 0 ? 1 : 1 - distance(a, b) / longest;
};

/**
 * Names this alike are shown as possible duplicates: "acme software" and
 * "acme sofware" (0.92) are; "acme" and "acne" (0.75) are not, as short
 * names differ by a letter and are still other companies.
 */
export const NEAR_SAME_NAME = 0.85;
