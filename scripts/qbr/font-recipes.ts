import { createHash } from 'node:crypto';

/**
 * What `npm run qbr:fonts` builds the PDF's fonts from: files of pinned npm
 * packages, cut down to the scripts the packs print. DejaVu Sans draws the
 * text (Latin with its extensions, Greek, Cyrillic, Armenian, Georgian,
 * Hebrew, Arabic with the presentation forms jsPDF's shaper emits,
 * punctuation, currency, arrows, maths, dingbats); Noto Emoji, a monochrome
 * outline font, draws what DejaVu lacks (jsPDF cannot draw colour emoji).
 * CJK is left out: its fonts are tens of megabytes.
 */
export interface FontRecipe {
  /** File name under shared/qbr/fonts/, without .ts. */
  module: string;
  exportName: string;
  name: string;
  style: 'normal' | 'bold';
  package: string;
  file: string;
  licence: string;
  /** Inclusive code-point ranges to keep, or every character the font maps. */
  keep: readonly (readonly [number, number])[] | 'all';
}

const TEXT: readonly (readonly [number, number])[] = [
  [0x0020, 0x007e], // Basic Latin
  [0x00a0, 0x024f], // Latin-1 Supplement, Latin Extended-A and -B
  [0x0250, 0x036f], // IPA (ə, ɛ, ɔ of several alphabets), spacing modifiers, combining diacritics
  [0x0370, 0x03ff], // Greek and Coptic
  [0x0400, 0x052f], // Cyrillic and its supplement
  [0x0530, 0x058f], // Armenian
  [0x0590, 0x05ff], // Hebrew
  [0x0600, 0x06ff], // Arabic
  [0x10a0, 0x10ff], // Georgian
  [0x1e00, 0x1fff], // Latin Extended Additional (Vietnamese), Greek Extended
  [0x2000, 0x214f], // punctuation, super- and subscripts, currency, combining marks for symbols, letterlike
  [0x2150, 0x23ff], // number forms, arrows, mathematical operators, technical
  [0x2460, 0x24ff], // enclosed alphanumerics
  [0x25a0, 0x27bf], // geometric shapes, miscellaneous symbols, dingbats
  [0x2b00, 0x2bff], // miscellaneous symbols and arrows
  [0x2c60, 0x2c7f], // Latin Extended-C
  [0xa720, 0xa7ff], // Latin Extended-D
  [0xfb00, 0xfdff], // Latin and Hebrew presentation forms, Arabic Presentation Forms-A
  [0xfe00, 0xfe0f], // variation selectors
  [0xfe70, 0xfeff], // Arabic Presentation Forms-B: what jsPDF's processArabic writes
  [0xfffd, 0xfffd], // the replacement character, for what no font here draws
];

const DEJAVU_LICENCE = 'Bitstream Vera Fonts licence and Arev Fonts licence; DejaVu changes public domain (see the font name table and the package LICENSE)';

export const fontRecipes: readonly FontRecipe[] = [
  { module: 'dejavu-sans', exportName: 'dejaVuSans', name: 'DejaVuSans', style: 'normal', package: 'dejavu-fonts-ttf', file: 'ttf/DejaVuSans.ttf', licence: DEJAVU_LICENCE, keep: TEXT },
  { module: 'dejavu-sans-bold', exportName: 'dejaVuSansBold', name: 'DejaVuSans-Bold', style: 'bold', package: 'dejavu-fonts-ttf', file: 'ttf/DejaVuSans-Bold.ttf', licence: DEJAVU_LICENCE, keep: TEXT },
  {
    module: 'noto-emoji',
    exportName: 'notoEmoji',
    name: 'NotoEmoji',
    style: 'normal',
    package: '@expo-google-fonts/noto-emoji',
    file: '400Regular/NotoEmoji_400Regular.ttf',
    licence: 'SIL Open Font License 1.1 (see the font name table and the package LICENSE_FONT)',
    keep: 'all',
  },
];

/** Bump when the generator's output changes for the same recipe (a new table dropped, say). */
const GENERATOR_VERSION = 1;

/** A digest of the recipe; the generated module records it, and a test compares. */
export const recipeDigest = (recipe: FontRecipe): string =>
  createHash('sha256').update(JSON.stringify({ GENERATOR_VERSION, recipe })).digest('hex').slice(0, 16);
