import { jsPDF } from 'jspdf';
import { describe, expect, it } from 'vitest';
import { loadPackFonts, TEXT_FAMILY } from '../../../../shared/qbr/pdf-fonts';
import { useFontStack } from '../../../../shared/qbr/pdf-text';

const fonts = await loadPackFonts();

const packDoc = (): jsPDF => {
  const doc = new jsPDF({ unit: 'mm', putOnlyUsedFonts: true });
  fonts.addTo(doc);
  useFontStack(doc, fonts.stacks);
  return doc.setFont(TEXT_FAMILY, 'normal').setFontSize(10);
};

interface Metadata {
  cmap: object;
  toUnicode: Record<number, number>;
  glyIdsUsed: number[];
  characterToGlyph(code: number): number;
}
const metadataOf = (doc: jsPDF): Metadata => doc.getFont().metadata as Metadata;

describe('PDF text layer on a jsPDF document', () => {
  it('parses each font once: documents share its tables, each records its own glyphs', () => {
    const hebrew = packDoc();
    const latin = packDoc();
    hebrew.text('שלום', 10, 10);
    latin.text('Hello', 10, 10);
    const [a, b] = [metadataOf(hebrew), metadataOf(latin)];
    expect(a.cmap).toBe(b.cmap);
    const shin = a.characterToGlyph('ש'.charCodeAt(0));
    expect(a.glyIdsUsed).toContain(shin);
    expect(b.glyIdsUsed).not.toContain(shin);
    expect(Object.values(b.toUnicode)).not.toContain('ש'.charCodeAt(0));
  });

  it('measures emoji with the emoji font, so widths add up run by run', () => {
    const doc = packDoc();
    const rocket = doc.getTextWidth('🚀');
    expect(rocket).toBeGreaterThan(doc.getTextWidth('M'));
    expect(doc.getTextWidth('A🚀 Б')).toBeCloseTo(doc.getTextWidth('A') + rocket + doc.getTextWidth(' Б'), 6);
  });

  it('wraps at spaces within the width, and cuts a long word between characters, never inside one', () => {
    const doc = packDoc();
    const lines = doc.splitTextToSize(`Acme בע"מ 🚀 ${'🎯'.repeat(30)} done`, 40) as string[];
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(doc.getTextWidth(line)).toBeLessThanOrEqual(40);
    expect(lines.join(' ').replace(/\s+/g, '')).toBe(`Acme בע"מ 🚀 ${'🎯'.repeat(30)} done`.replace(/\s+/g, ''));
    expect(lines.every((line) => !/[\ud800-\udbff]$|^[\udc00-\udfff]/.test(line))).toBe(true);
  });

  it('leaves the caller on its font after drawing with others', () => {
    const doc = packDoc().setFont(TEXT_FAMILY, 'bold');
    doc.text('Ω 🚀 שלום', 10, 10, { align: 'right' });
    expect(doc.getFont()).toMatchObject({ fontName: TEXT_FAMILY, fontStyle: 'bold' });
  });

  it('refuses a text option it would otherwise ignore, but lets jsPDF BiDi options pass (it orders lines itself)', () => {
    const doc = packDoc();
    expect(() => doc.text('x', 10, 10, { angle: 90 })).toThrow(/does not support/);
    expect(() => doc.text('x', 10, 10, { isInputVisual: false, isSymmetricSwapping: false })).not.toThrow();
  });
});
