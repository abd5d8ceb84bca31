import { jsPDF } from 'jspdf';

/**
 * jsPDF parses a TrueType file every time a document adds it: for the
 * pack's three fonts about a quarter of a PDF's time, again for each
 * partner of a batch. The parsed tables are only read afterwards; what one
 * document changes (the glyphs it used, its ToUnicode map, its widths, its
 * subsetter) lives on the font object itself. So each file is parsed once
 * per process, and every document gets its own object over the shared
 * tables.
 *
 * jsPDF hands the bytes of the virtual file to jsPDF.API.TTFFont.open. A
 * document is given a short stand-in file naming the font instead of the
 * font, and the wrapped parser answers for it; any other file goes to
 * jsPDF's parser as before.
 */
interface TrueTypeFont {
  toUnicode: Record<number, number>;
  subset: object;
}

const ttf = (jsPDF as unknown as { API: { TTFFont: { open(data: Uint8Array): TrueTypeFont } } }).API.TTFFont;
const parse = ttf.open.bind(ttf);

// jsPDF takes a virtual file for raw bytes (rather than base64) when it starts with the TrueType version tag.
const STAND_IN = '\x00\x01\x00\x00partner-desk-font:';

const files = new Map<string, () => Uint8Array>();
const parsed = new Map<string, TrueTypeFont>();

const fontFor = (name: string): TrueTypeFont => {
  let font = parsed.get(name);
  if (!font) {
    const bytes = files.get(name);
    if (!bytes) throw new Error(`No font file for ${name}`);
    font = parse(bytes());
    parsed.set(name, font);
  }
  // A shallow copy, not a prototype link: jsPDF tests some tables with hasOwnProperty.
  const own = Object.assign(Object.create(Object.getPrototypeOf(font) as object) as TrueTypeFont, font);
  own.toUnicode = {};
  own.subset = new (font.subset.constructor as new (font: TrueTypeFont) => object)(own);
  return own;
};

ttf.open = (data: Uint8Array): TrueTypeFont => {
  if (data.length < 256) {
    const text = String.fromCharCode(...data);
    if (text.startsWith(STAND_IN)) return fontFor(text.slice(STAND_IN.length));
  }
  return parse(data);
};

/** The virtual file a document adds for this font; the bytes are asked for (and parsed) on first use only. */
export const parsedOnce = (name: string, bytes: () => Uint8Array): string => {
  files.set(name, bytes);
  return `${STAND_IN}${name}`;
};
