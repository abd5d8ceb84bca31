import { describe, expect, it } from 'vitest';
import { loadPackFonts } from '../../../../shared/qbr/pdf-fonts';
import { isolate } from '../../../../shared/qbr/pdf-bidi';
import { visualRuns, type TextRun } from '../../../../shared/qbr/pdf-runs';

const { stacks } = await loadPackFonts();

/** A line as runs: the face's family, the units drawn, and what they stand for when that differs. */
const runs = (line: string, style: 'normal' | 'bold' = 'normal') =>
  visualRuns(line, stacks[style]).map((r: TextRun) => ({ family: r.face.family, units: r.units, ...(r.actual === null ? {} : { actual: r.actual }) }));

/** Only the drawn text, runs joined. */
const drawn = (line: string): string => runs(line).map((r) => r.units).join('');

describe('PDF text runs: font fallback, shaping and visual order', () => {
  it('keeps left-to-right text as written, in the text font', () => {
    expect(runs('Łódź, Ærø, Ŧ — Привет, Καλημέρα ≥ 2 → 3')).toEqual([{ family: 'DejaVuSans', units: 'Łódź, Ærø, Ŧ — Привет, Καλημέρα ≥ 2 → 3' }]);
  });

  it('reverses a Hebrew run inside Latin, the number after it joining the run as UAX #9 says', () => {
    expect(drawn('Acme בע"מ 2026')).toBe('Acme 2026 מ"עב');
    expect(drawn('abc שלום def')).toBe('abc םולש def');
  });

  it('lays out a paragraph that starts right to left from the right, mirroring its brackets', () => {
    expect(drawn('שלום (עולם) 2026')).toBe('2026 (םלוע) םולש');
    // jsPDF's own guess of the direction misses Arabic letters; an Arabic sentence is right to left too.
    expect(drawn('مرحبا done').startsWith('done ')).toBe(true);
  });

  it('shapes Arabic into its joined forms before reordering', () => {
    const units = drawn('سلام');
    // Isolated letters would be U+0633 …; the drawn forms are the contextual presentation forms, right to left.
    expect([...units].every((c) => c >= '\ufe70' && c <= '\ufeff')).toBe(true);
    // Lam and alef join into one ligature glyph, which folds back to lam, alef.
    expect(units.normalize('NFKC')).toBe('ملاس');
  });

  it('keeps a right-to-left letter and its combining marks together after reversal', () => {
    // Shin, shin dot, qamats; lamed; vav, holam; final mem.
    const units = drawn('שָׁלוֹם');
    expect(units).toBe('םוֹלשָׁ'.normalize('NFC'));
  });

  it('draws an isolated name as a unit, so the sentence around it keeps its order', () => {
    expect(drawn(`${isolate('Acme בע"מ 2026')} - 2026-Q3 QBR`)).toBe('Acme 2026 מ"עב - 2026-Q3 QBR');
    expect(drawn('Acme בע"מ 2026 - 2026-Q3 QBR')).not.toBe('Acme 2026 מ"עב - 2026-Q3 QBR');
    expect(drawn(`Prepared by ${isolate('שרה כהן')}.`)).toBe('Prepared by ןהכ הרש.');
  });

  it('draws emoji outside the BMP from the emoji font at a private-use unit, carrying the real character', () => {
    expect(runs('Acme 🚀')).toEqual([
      { family: 'DejaVuSans', units: 'Acme ' },
      { family: 'NotoEmoji', units: expect.stringMatching(/^[\ue000-\uf8ff]$/), actual: '🚀' },
    ]);
  });

  it('takes a symbol from the emoji font when it asks for emoji presentation, and never draws the selector or a joiner', () => {
    expect(runs('☁ ☁\ufe0f')).toEqual([
      { family: 'DejaVuSans', units: '☁ ' },
      { family: 'NotoEmoji', units: '☁' },
    ]);
    expect(runs('👩\u200d💻').map((r) => r.actual)).toEqual(['👩💻']);
  });

  it('draws the replacement glyph for what no font has, and keeps the real characters for the text layer', () => {
    expect(runs('漢字 ok')).toEqual([
      { family: 'DejaVuSans', units: '\ufffd\ufffd', actual: '漢字' },
      { family: 'DejaVuSans', units: ' ok' },
    ]);
  });

  it('bold text draws with the bold face, emoji still from the emoji font', () => {
    expect(runs('Σ 🎯', 'bold').map((r) => r.family)).toEqual(['DejaVuSans', 'NotoEmoji']);
    expect(visualRuns('Σ', stacks.bold)[0]!.face.style).toBe('bold');
  });
});
