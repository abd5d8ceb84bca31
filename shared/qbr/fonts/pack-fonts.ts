import { dejaVuSans } from './dejavu-sans';
import { dejaVuSansBold } from './dejavu-sans-bold';
import { notoEmoji } from './noto-emoji';

/**
 * The fonts a pack's PDF draws with. pdf-fonts imports this module
 * dynamically, so the bundler gives the font data its own chunk: the export
 * writers stay as small as they were, and a deck- or workbook-only export
 * never loads the fonts.
 */
export const packFonts = { normal: dejaVuSans, bold: dejaVuSansBold, emoji: notoEmoji };
