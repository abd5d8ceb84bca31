import { jsPDF } from 'jspdf';

/**
 * The visual order of a line of characters, from the BiDi algorithm (UAX #9)
 * of jsPDF's own engine, the one doc.text runs. It is called here directly
 * because a line must be reordered whole before it is cut into font runs;
 * and three things it lacks are added: Arabic letters count as
 * right-to-left when the paragraph direction is taken, directional isolates
 * work, and combining marks stay after their letter.
 */
export interface BidiCell {
  /** The UTF-16 unit the algorithm classifies. */
  bidi: string;
  /** What is drawn, or null for nothing; a mirrored bracket gets its swapped form here. */
  unit: string | null;
  /** Opens (FSI, LRI, RLI) or closes (PDI) a directional isolate. */
  isolate?: 'open' | 'close' | undefined;
}

interface BidiEngine {
  setOptions(options: Record<string, boolean | undefined>): void;
  doBidiReorder(text: string, sourceToTargetMap: number[], levels: number[]): string;
}

const engine = new (jsPDF as unknown as { __bidiEngine__: new (options: object) => BidiEngine }).__bidiEngine__({});
// Logical input, output drawn left to right, brackets mirrored in right-to-left runs.
const LOGICAL_TO_VISUAL = { isInputVisual: false, isOutputVisual: true, isOutputRtl: false, isSymmetricSwapping: true };

/** A neutral character: what stands for an isolate, or for a character outside the BMP (the engine reads UTF-16 units). */
export const OBJECT_REPLACEMENT = '\ufffc';

// Strong right-to-left characters and marks: a line with none is already in visual order.
const rightToLeft = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff\u200f\u202b\u202e\u2067]|[\u{10800}-\u{10fff}\u{1e800}-\u{1efff}]/u;
export const mayReorder = (text: string): boolean => rightToLeft.test(text);

const mark = /^\p{M}$/u;
const EDGES: Record<string, 'open' | 'close'> = { '\u2066': 'open', '\u2067': 'open', '\u2068': 'open', '\u2069': 'close' };
export const isolateEdge = (char: string): 'open' | 'close' | undefined => EDGES[char];

/**
 * Wraps text set inside a sentence (a partner's name in a footer) in a
 * directional isolate, so a right-to-left name keeps to its own place
 * instead of pulling the digits and punctuation around it into its run.
 */
export const isolate = (text: string): string => `\u2068${text}\u2069`;

/**
 * The paragraph's direction, from its first strong character (UAX #9 P2,
 * P3). jsPDF's engine would guess it too, but counts only Hebrew-type
 * letters as right-to-left, so an Arabic sentence came out left to right.
 */
const startsRightToLeft = (text: string): boolean => {
  for (const char of text) {
    if (char === '\u200f') return true;
    if (char === '\u200e') return false;
    if (/\p{L}/u.test(char)) return rightToLeft.test(char);
  }
  return false;
};

/**
 * jsPDF's reordering of one paragraph, with its two gaps filled: mirrored
 * brackets take the swapped character it chose, and the combining marks of
 * a right-to-left letter, which reversal puts before their letter (and in
 * reverse), go back after it in their order.
 */
const reorder = <C extends BidiCell>(cells: readonly C[]): { from: number; cell: C }[] => {
  const map: number[] = [];
  const levels: number[] = [];
  const text = cells.map((c) => c.bidi).join('');
  engine.setOptions({ ...LOGICAL_TO_VISUAL, isInputRtl: startsRightToLeft(text) });
  const reordered = engine.doBidiReorder(text, map, levels);
  const visual = map.map((from, at) => {
    const cell = cells[from]!;
    const swapped = reordered[at]!;
    return { from, rtl: (levels[from] ?? 0) % 2 === 1, cell: swapped !== cell.bidi && cell.unit === cell.bidi ? { ...cell, unit: swapped } : cell };
  });
  const rtlMark = (i: number): boolean => {
    const { rtl, cell } = visual[i]!;
    return rtl && cell.unit !== null && mark.test(cell.unit);
  };
  for (let i = 0; i < visual.length; i++) {
    let end = i;
    while (end < visual.length && rtlMark(end)) end++;
    if (end > i && end < visual.length && visual[end]!.rtl) visual.splice(i, end - i + 1, visual[end]!, ...visual.slice(i, end).reverse());
    i = end;
  }
  return visual;
};

/**
 * Cells in the order they are drawn, left to right. jsPDF's engine predates
 * isolates (UAX #9 has them since Unicode 6.3), so they are done here: each
 * top-level isolate counts as one neutral character in its surroundings, as
 * the standard has it, and is ordered on its own, its direction taken from
 * its first strong character (as FSI asks; LRI and RLI are treated alike).
 */
export const visualOrder = <C extends BidiCell>(cells: readonly C[]): C[] => {
  const items: (C | C[])[] = [];
  let depth = 0;
  for (const cell of cells) {
    if (cell.isolate === 'open' && depth++ === 0) {
      items.push([]);
      continue;
    }
    if (cell.isolate === 'close' && depth > 0 && --depth === 0) continue;
    if (depth > 0) (items[items.length - 1] as C[]).push(cell);
    else items.push(cell);
  }
  const stand = (item: C | C[]): C => (Array.isArray(item) ? ({ ...cells[0]!, bidi: OBJECT_REPLACEMENT, unit: null, isolate: undefined } as C) : item);
  return reorder(items.map(stand)).flatMap(({ from, cell }) => {
    const item = items[from]!;
    return Array.isArray(item) ? visualOrder(item) : [cell];
  });
};
