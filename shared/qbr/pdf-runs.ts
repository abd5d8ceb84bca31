import { jsPDF } from 'jspdf';
import { isolateEdge, mayReorder, OBJECT_REPLACEMENT, visualOrder, type BidiCell } from './pdf-bidi';
import type { FontFace } from './pdf-fonts';

/**
 * One line of text cut into runs a single jsPDF text call can draw: jsPDF
 * draws each call with one font, maps characters one UTF-16 unit at a time,
 * and silently drops the rest of a string at the first character its font
 * lacks. So every character gets a face here first (the text font, then
 * emoji), and the line is shaped (Arabic) and put in visual order (BiDi)
 * as a whole before it is cut, since runs drawn left to right must already
 * be in the order the eye reads them.
 */
export interface TextRun {
  face: FontFace;
  /** The UTF-16 units to draw, in visual order. */
  units: string;
  /** What the run stands for when it differs from `units` (remapped emoji, a replacement glyph): the PDF's text layer carries it. */
  actual: string | null;
}

interface Cell extends BidiCell {
  face: FontFace;
  actual: string | null;
}

// jsPDF's own Arabic shaper (the one doc.text runs), called before the line is cut into runs.
const { processArabic } = (jsPDF as unknown as { API: { processArabic(text: string): string } }).API;

const REPLACEMENT = 0xfffd;
const EMOJI_PRESENTATION = '\ufe0f';
// What needs jsPDF's Arabic shaper; text without it is left alone.
const arabic = /[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]/;
// Joiners, variation selectors, direction marks and isolates, controls: nothing to draw.
const invisible = /^[\p{Default_Ignorable_Code_Point}\p{Cc}]$/u;

const faceFor = (stack: readonly FontFace[], codePoint: number, emoji: boolean): FontFace | undefined =>
  (emoji ? stack.find((f) => f.emoji && f.unitFor(codePoint) !== null) : undefined) ?? stack.find((f) => f.unitFor(codePoint) !== null);

/** Characters in logical order, each with its face; Arabic already in its contextual forms. */
const cellsOf = (text: string, stack: readonly FontFace[]): Cell[] => {
  const normal = text.normalize('NFC').replace(/\t/g, ' ');
  const chars = [...(arabic.test(normal) ? processArabic(normal) : normal)];
  const fallback = stack[0]!;
  return chars.map((char, i): Cell => {
    const codePoint = char.codePointAt(0)!;
    const bidi = char.length === 1 ? char : OBJECT_REPLACEMENT;
    if (invisible.test(char)) return { bidi, face: fallback, unit: null, actual: null, isolate: isolateEdge(char) };
    const face = faceFor(stack, codePoint, chars[i + 1] === EMOJI_PRESENTATION);
    if (face) {
      const unit = face.unitFor(codePoint)!;
      return { bidi, face, unit, actual: unit === char ? null : char };
    }
    // A presentation form the font lacks reads fine as its plain letter.
    const plain = char.normalize('NFKC');
    if (plain.length === 1 && plain !== char && fallback.unitFor(plain.codePointAt(0)!) !== null) return { bidi, face: fallback, unit: plain, actual: null };
    return { bidi, face: fallback, unit: String.fromCharCode(REPLACEMENT), actual: char };
  });
};

const runsOf = (cells: readonly Cell[]): TextRun[] => {
  const runs: TextRun[] = [];
  for (const cell of cells) {
    if (cell.unit === null) continue;
    const last = runs[runs.length - 1];
    if (last && last.face === cell.face && (last.actual === null) === (cell.actual === null)) {
      last.units += cell.unit;
      if (last.actual !== null) last.actual += cell.actual;
    } else {
      runs.push({ face: cell.face, units: cell.unit, actual: cell.actual });
    }
  }
  return runs;
};

// Printable ASCII needs no shaping, reordering or fallback (the text faces keep U+0020–007E), and most of a pack is that.
const plain = /^[\x20-\x7e]*$/;
const asWritten = (text: string, stack: readonly FontFace[]): TextRun[] => (text === '' ? [] : [{ face: stack[0]!, units: text, actual: null }]);

/** The runs to draw one line, left to right. */
export const visualRuns = (line: string, stack: readonly FontFace[]): TextRun[] => {
  if (plain.test(line)) return asWritten(line, stack);
  const cells = cellsOf(line, stack);
  return runsOf(mayReorder(line) ? visualOrder(cells) : cells);
};

/** The same runs in logical order: enough to measure, since widths do not depend on order. */
export const logicalRuns = (text: string, stack: readonly FontFace[]): TextRun[] => (plain.test(text) ? asWritten(text, stack) : runsOf(cellsOf(text, stack)));
