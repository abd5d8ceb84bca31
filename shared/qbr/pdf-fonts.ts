import { inflateSync } from 'fflate';
import type { jsPDF } from 'jspdf';
import { ASTRAL_BASE, type EmbeddedFont } from './fonts/embedded-font';
import { parsedOnce } from './pdf-parsed-fonts';

export type TextStyle = 'normal' | 'bold';

/** The family the writer and the tables set; the text layer picks the face of each character from it. */
export const TEXT_FAMILY = 'DejaVuSans';
const EMOJI_FAMILY = 'NotoEmoji';

/** One embedded font as the PDF text layer sees it: what it covers and how jsPDF names it. */
export interface FontFace {
  /** jsPDF's font name and style for setFont. */
  family: string;
  style: TextStyle;
  /** Emoji faces win for a character asking for emoji presentation (U+FE0F after it). */
  emoji: boolean;
  /** The UTF-16 unit jsPDF must be given to draw this character in this face, or null when the face lacks it. */
  unitFor(codePoint: number): string | null;
}

export interface PackFonts {
  /** The faces each style draws with, in the order a character tries them. */
  stacks: Record<TextStyle, readonly FontFace[]>;
  /**
   * Puts the fonts into a new document (parsed once per process, see
   * pdf-parsed-fonts). jsPDF subsets each on output to the glyphs the
   * document drew, and embeds only the fonts it drew with.
   */
  addTo(doc: jsPDF): void;
}

/** The TrueType file itself; asked for once per process, when the first PDF adds the font. */
const bytesOf = (font: EmbeddedFont): Uint8Array => inflateSync(Uint8Array.from(atob(font.deflated.replace(/\s+/g, '')), (c) => c.charCodeAt(0)));

const faceOf = (font: EmbeddedFont, family: string, emoji: boolean): FontFace => {
  const bmp = new Set<number>();
  for (const [first, last] of font.ranges) for (let c = first; c <= last; c++) bmp.add(c);
  const astral = new Map(font.astral.map((c, i) => [c, String.fromCharCode(ASTRAL_BASE + i)]));
  return {
    family,
    style: font.style,
    emoji,
    unitFor: (codePoint) => (codePoint > 0xffff ? (astral.get(codePoint) ?? null) : bmp.has(codePoint) ? String.fromCharCode(codePoint) : null),
  };
};

const packFontsOf = (fonts: Record<TextStyle | 'emoji', EmbeddedFont>): PackFonts => {
  const emoji = faceOf(fonts.emoji, EMOJI_FAMILY, true);
  const families: [EmbeddedFont, string][] = [
    [fonts.normal, TEXT_FAMILY],
    [fonts.bold, TEXT_FAMILY],
    [fonts.emoji, EMOJI_FAMILY],
  ];
  return {
    stacks: { normal: [faceOf(fonts.normal, TEXT_FAMILY, false), emoji], bold: [faceOf(fonts.bold, TEXT_FAMILY, false), emoji] },
    addTo: (doc) => {
      for (const [font, family] of families) {
        const file = `${font.name}.ttf`;
        doc.addFileToVFS(file, parsedOnce(font.name, () => bytesOf(font)));
        doc.addFont(file, family, font.style, undefined, 'Identity-H');
      }
    },
  };
};

let loading: Promise<PackFonts> | undefined;

/**
 * The pack's fonts, loaded with the first PDF and kept. In the browser the
 * font chunk comes from the service worker's precache like the rest of the
 * app; under Node it is one more module.
 */
export const loadPackFonts = (): Promise<PackFonts> => (loading ??= import('./fonts/pack-fonts').then(({ packFonts }) => packFontsOf(packFonts)));
