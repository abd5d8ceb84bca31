import type { jsPDF, TextOptionsLight } from 'jspdf';
import type { FontFace, TextStyle } from './pdf-fonts';
import { logicalRuns, visualRuns, type TextRun } from './pdf-runs';

/**
 * Makes a document's text calls draw with the pack's font stack. The writer
 * and jspdf-autotable both lay text out through these four jsPDF methods
 * (text, getStringUnitWidth, getTextWidth by way of it, splitTextToSize), so
 * replacing them on this one document sends every string the PDF prints,
 * table cells included, through the same fallback, shaping and BiDi, and
 * measures it with the widths it will be drawn at.
 */
type Options = Pick<TextOptionsLight, 'align' | 'maxWidth' | 'lineHeightFactor'>;
const SUPPORTED = new Set(['align', 'maxWidth', 'lineHeightFactor']);
// jsPDF's BiDi options (jspdf-autotable passes its defaults with every cell): the layer orders lines itself, so they have no say.
const BIDI = new Set(['isInputVisual', 'isOutputVisual', 'isInputRtl', 'isOutputRtl', 'isSymmetricSwapping']);

// Runs are already shaped and in visual order: jsPDF must draw them as they are.
const AS_GIVEN: TextOptionsLight = { isInputVisual: true, isOutputVisual: true, isInputRtl: false, isOutputRtl: false };

/** UTF-16BE hex, as a PDF text string with its byte-order mark. */
const utf16Hex = (text: string): string =>
  `FEFF${Array.from({ length: text.length }, (_, i) => text.charCodeAt(i).toString(16).padStart(4, '0')).join('')}`.toUpperCase();

/** The part of jsPDF's parsed TrueType font the text layer measures with. */
interface Metrics {
  /** The string's advance at a font size, in the size's units (so in ems at size 1), one UTF-16 unit per glyph. */
  widthOfString(units: string, size: number, charSpace: number): number;
}

export const useFontStack = (doc: jsPDF, stacks: Record<TextStyle, readonly FontFace[]>): void => {
  const original = { text: doc.text };
  const internal = doc.internal as unknown as { write(...content: string[]): void };

  const styleOf = (): TextStyle => (doc.getFont().fontStyle === 'bold' ? 'bold' : 'normal');

  /** Runs one face at a time, then puts the caller's font back. */
  const inFaces = <T>(work: (use: (face: FontFace) => void) => T): T => {
    const { fontName, fontStyle } = doc.getFont();
    try {
      return work((face) => doc.setFont(face.family, face.style));
    } finally {
      doc.setFont(fontName, fontStyle);
    }
  };

  // Each face's metrics, read once from the document's font; widths then need no font switching.
  const metrics = new Map<FontFace, Metrics>();
  const metricsOf = (face: FontFace): Metrics => {
    let found = metrics.get(face);
    if (!found) {
      found = inFaces((use) => {
        use(face);
        return doc.getFont().metadata as Metrics;
      });
      metrics.set(face, found);
    }
    return found;
  };
  /** A run's width for a font size of 1 (jsPDF's "unit width"). */
  const unitWidthOf = (run: TextRun): number => metricsOf(run.face).widthOfString(run.units, 1, 0);

  // Tables measure each cell's text several times (column widths, then wrapping); the answer never changes within a document.
  const measured = new Map<string, number>();
  const measure = (text: string): number => {
    const style = styleOf();
    const key = `${style}\u0000${text}`;
    let width = measured.get(key);
    if (width === undefined) {
      width = logicalRuns(text, stacks[style]).reduce((sum, run) => sum + unitWidthOf(run), 0);
      measured.set(key, width);
    }
    return width;
  };
  const toUserUnits = (unit: number, fontSize = doc.getFontSize()): number => (unit * fontSize) / doc.internal.scaleFactor;

  /**
   * Greedy wrapping at spaces, as jsPDF does; a word longer than the line is
   * cut between characters. Words are measured alone and added up: widths
   * carry no kerning, and Arabic letters do not join across a space.
   */
  const wrap = (paragraph: string, maxWidth: number, fontSize?: number): string[] => {
    const width = (s: string): number => toUserUnits(measure(s), fontSize);
    const space = width(' ');
    const lines: string[] = [];
    let line: string | null = null;
    let lineWidth = 0;
    for (const word of paragraph.split(' ')) {
      const wordWidth = width(word);
      if (line !== null && lineWidth + space + wordWidth <= maxWidth) {
        line += ` ${word}`;
        lineWidth += space + wordWidth;
        continue;
      }
      if (line !== null) lines.push(line);
      let rest = word;
      lineWidth = wordWidth;
      while (lineWidth > maxWidth) {
        const chars = [...rest];
        // The longest head that fits (at least one character), found by halving.
        let cut = 1;
        for (let high = chars.length - 1; cut < high; ) {
          const mid = Math.ceil((cut + high) / 2);
          if (width(chars.slice(0, mid).join('')) <= maxWidth) cut = mid;
          else high = mid - 1;
        }
        // Never split a character from the marks, joiners or selectors that follow it.
        while (cut > 1 && /^(?:\p{M}|\u200d)$/u.test(chars[cut]!)) cut--;
        lines.push(chars.slice(0, cut).join(''));
        rest = chars.slice(cut).join('');
        lineWidth = width(rest);
      }
      line = rest;
    }
    lines.push(line ?? '');
    return lines;
  };

  const drawLine = (line: string, x: number, y: number, align: Options['align']): void => {
    const runs = visualRuns(line, stacks[styleOf()]);
    const total = toUserUnits(runs.reduce((sum, run) => sum + unitWidthOf(run), 0));
    let pen = align === 'right' ? x - total : align === 'center' ? x - total / 2 : x;
    inFaces((use) => {
      for (const run of runs) {
        use(run.face);
        // A remapped emoji or a replacement glyph would read wrongly when copied or searched; ActualText gives readers the real characters.
        if (run.actual !== null) internal.write(`/Span <</ActualText <${utf16Hex(run.actual)}>>> BDC`);
        original.text.call(doc, run.units, pen, y, AS_GIVEN);
        if (run.actual !== null) internal.write('EMC');
        pen += toUserUnits(unitWidthOf(run));
      }
    });
  };

  doc.text = (text: string | string[], x: number, y: number, options: Options = {}): jsPDF => {
    // Say so rather than quietly drawing without it (angle, baseline, justify and the rest are not needed by the pack).
    const unsupported = Object.entries(options).filter(([key, value]) => value !== undefined && !SUPPORTED.has(key) && !BIDI.has(key));
    if (unsupported.length > 0 || options.align === 'justify') throw new Error(`The PDF text layer does not support ${JSON.stringify(options)}`);
    const paragraphs = (Array.isArray(text) ? text : [text]).flatMap((t) => String(t).split(/\r?\n/));
    const lines = options.maxWidth ? paragraphs.flatMap((p) => wrap(p, options.maxWidth!)) : paragraphs;
    const lineHeight = toUserUnits(options.lineHeightFactor ?? doc.getLineHeightFactor());
    lines.forEach((line, i) => drawLine(line, x, y + i * lineHeight, options.align));
    return doc;
  };
  doc.getStringUnitWidth = (text: string): number => measure(text);
  doc.splitTextToSize = (text: string | string[], maxWidth: number, options?: { fontSize?: number }): string[] =>
    (Array.isArray(text) ? text : String(text).split(/\r?\n/)).flatMap((p) => wrap(p, maxWidth, options?.fontSize));
};
