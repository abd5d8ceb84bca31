/** Counts as people read them: 1001 → "1,001". */
export const formatCount = (n: number): string => new Intl.NumberFormat('en-US').format(n);

/** "1 deal", "4 deals", "1,500 units". */
export const countOf = (n: number, noun: string): string => `${formatCount(n)} ${noun}${n === 1 ? '' : 's'}`;
