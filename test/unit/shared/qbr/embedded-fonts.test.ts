import { jsPDF } from 'jspdf';
import { describe, expect, it } from 'vitest';
import { dejaVuSans } from '../../../../shared/qbr/fonts/dejavu-sans';
import { dejaVuSansBold } from '../../../../shared/qbr/fonts/dejavu-sans-bold';
import type { EmbeddedFont } from '../../../../shared/qbr/fonts/embedded-font';
import { notoEmoji } from '../../../../shared/qbr/fonts/noto-emoji';
import { sourceOf } from '../../../../scripts/qbr/font-build';
import { fontRecipes, recipeDigest } from '../../../../scripts/qbr/font-recipes';

const fonts: Record<string, EmbeddedFont> = { 'dejavu-sans': dejaVuSans, 'dejavu-sans-bold': dejaVuSansBold, 'noto-emoji': notoEmoji };

const covers = (font: EmbeddedFont, codePoint: number): boolean =>
  codePoint > 0xffff ? font.astral.includes(codePoint) : font.ranges.some(([first, last]) => codePoint >= first && codePoint <= last);

const range = (first: number, last: number): number[] => Array.from({ length: last - first + 1 }, (_, i) => first + i);

/** The Arabic alphabet as written for Arabic (U+063B–063F are letters of other languages DejaVu leaves out), and the Persian and Urdu additions. */
const ARABIC_LETTERS = [...range(0x621, 0x63a), ...range(0x641, 0x64a), 0x67e, 0x686, 0x698, 0x6a9, 0x6af, 0x6cc];

describe('the PDF fonts in shared/qbr/fonts', () => {
  it.each(fontRecipes.map((r) => [r.module, r] as const))('%s is what its pinned package and recipe give (else: npm run qbr:fonts)', (module, recipe) => {
    const font = fonts[module]!;
    const source = sourceOf(recipe);
    expect(font.source).toMatchObject({ package: recipe.package, version: source.version, file: recipe.file, sha256: source.sha256 });
    expect(font.recipe).toBe(recipeDigest(recipe));
  });

  it.each([
    ['Latin-1', range(0xa0, 0xff)],
    ['Latin Extended-A and -B', range(0x100, 0x24f)],
    ['Greek', [...'ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩαβγδεζηθικλμνξοπρςστυφχψωάέήίόύώΐΰ'].map((c) => c.codePointAt(0)!)],
    ['Cyrillic', range(0x400, 0x4ff)],
    ['Hebrew letters', range(0x5d0, 0x5ea)],
    ['Arabic letters', ARABIC_LETTERS],
    ['the signs the calculators write', [...'→−≥≤×€£¥₪₽₹…–—‘’“”•✓'].map((c) => c.codePointAt(0)!)],
  ])('the text fonts draw %s', (_name, codePoints) => {
    for (const font of [dejaVuSans, dejaVuSansBold]) {
      expect(codePoints.filter((c) => !covers(font, c)).map((c) => c.toString(16)), font.name).toEqual([]);
    }
  });

  it('the text fonts draw every contextual Arabic form jsPDF shapes letters into', () => {
    const api = (jsPDF as unknown as { API: { processArabic(text: string): string } }).API;
    // Each letter alone, first, in the middle and last of a word.
    const shaped = ARABIC_LETTERS.flatMap((c) => {
      const letter = String.fromCodePoint(c);
      return [letter, `${letter}ب`, `ب${letter}ب`, `ب${letter}`].map((word) => api.processArabic(word));
    });
    const forms = [...new Set(shaped.join(''))].map((c) => c.codePointAt(0)!);
    for (const font of [dejaVuSans, dejaVuSansBold]) expect(forms.filter((c) => !covers(font, c)).map((c) => c.toString(16)), font.name).toEqual([]);
  });

  it('the emoji font draws the common emoji, most of them outside the BMP', () => {
    for (const emoji of ['🚀', '🎯', '😀', '👍', '🎉', '✅', '❤', '☁', '⭐']) expect(covers(notoEmoji, emoji.codePointAt(0)!), emoji).toBe(true);
  });
});
