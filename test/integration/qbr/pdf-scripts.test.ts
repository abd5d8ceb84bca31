import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportQbrPack } from '../../../shared/qbr';
import { AS_OF, demoPartner, QUARTER, workspace } from '../../unit/shared/qbr/demo';
import { manyScriptsWorkspace, WRITTEN } from './many-scripts';
import { lineWith, pdfFonts, pdfInfo, pdfWords, requireTool, run } from './tools';

const ARTIFACTS = join(import.meta.dirname, '../../../test-artifacts/qbr');

let work: string;
let pdf: string;

/**
 * What a reader's text layer gives back, compared as text: the Arabic
 * presentation forms the PDF draws (jsPDF shapes Arabic that way) folded to
 * their letters by NFKC, and pdftotext's own direction marks around the
 * right-to-left words it found dropped.
 */
const readable = (text: string): string =>
  text
    .normalize('NFKC')
    .replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/\s+/g, ' ');

// A Latin-only partner's PDF, made before and after the one under test, as in a batch: the fonts
// are parsed once per process and shared, so what one document draws must not reach the next.
const latinPdf = async (): Promise<Uint8Array> => (await exportQbrPack(workspace, demoPartner('isv').id, { quarter: QUARTER, asOf: AS_OF, formats: ['pdf'] })).files[0]!.data;
let latin: { before: Uint8Array; after: Uint8Array };

beforeAll(async () => {
  requireTool('pdftotext', 'poppler-utils');
  work = mkdtempSync(join(tmpdir(), 'qbr-scripts-'));
  const first = await latinPdf();
  const { sources, partnerId } = manyScriptsWorkspace();
  const pack = await exportQbrPack(sources, partnerId, { quarter: QUARTER, asOf: AS_OF, formats: ['pdf'], branding: { name: WRITTEN.vendorName } });
  pdf = join(work, 'pack.pdf');
  writeFileSync(pdf, pack.files[0]!.data);
  latin = { before: first, after: await latinPdf() };
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('PDF of a partner written in Hebrew, Arabic, Cyrillic, Greek and emoji', () => {
  it('embeds its fonts, each with a Unicode map, and uses no unembedded standard font', () => {
    const fonts = pdfFonts(pdf);
    expect(fonts.map((f) => f.name).sort()).toEqual(['DejaVuSans', 'DejaVuSans', 'NotoEmoji']);
    for (const font of fonts) expect(font, font.name).toMatchObject({ type: 'CID TrueType', embedded: true, unicode: true });
  });

  it('gives every printed string back to pdftotext as its real characters, never "?"', () => {
    const text = readable(run('pdftotext', [pdf, '-']));
    for (const written of [WRITTEN.vendorName, WRITTEN.contactName, WRITTEN.contactRole, WRITTEN.productLine, `${WRITTEN.region} / ${WRITTEN.vertical}`]) {
      expect(text, written).toContain(written);
    }
    // The right-to-left words come back in logical (reading) order.
    expect(text).toContain('בע"מ');
    expect(text).toContain('تدريب الفريق');
    // Emoji: the rocket and the target are outside the BMP, the cloud asked for emoji presentation (its selector is not drawn).
    expect(text).toContain('🚀');
    expect(text).toContain('🎯');
    expect(text).toContain('Λύση ☁ Cloud');
    expect(text).not.toMatch(/[?\ufffd]/);
  });

  it('draws right-to-left text in visual order, digits and emoji where the BiDi algorithm puts them', () => {
    // pdftotext -bbox lists each word's glyphs as drawn, left to right, so a Hebrew word shows reversed.
    const words = pdfWords(pdf);
    // The cover: a left-to-right line; the number after the Hebrew joins its run, the emoji stays at the end.
    expect(lineWith(words, 'Acme')).toEqual(['Acme', '2026', 'מ"עב', '🚀']);
    // The footer isolates the name, so the quarter after it is not pulled into the Hebrew run.
    expect(lineWith(words, 'Page')).toEqual(['Acme', '2026', 'מ"עב', '🚀', '-', '2026-Q3', 'QBR', '-', 'Северный', 'Софт', 'Page', '2', 'of', String(Math.max(...words.map((w) => w.page)))]);
    // A commitment that starts in Arabic is a right-to-left paragraph: it reads from the right, its Latin word ends up on the left.
    expect(lineWith(words, 'done').slice(0, 4).map((w) => w.normalize('NFKC'))).toEqual(['done', '🎯', 'قيرفلا', 'بيردت']);
  });

  it('shares parsed fonts between documents without sharing what they drew', () => {
    // Byte for byte the same file but for the random file identifier jsPDF gives each document.
    const withoutId = (data: Uint8Array): string => Buffer.from(data).toString('latin1').replace(/\/ID \[[^\]]*\]/, '');
    expect(withoutId(latin.after)).toBe(withoutId(latin.before));
  });

  it('sets the document properties in Unicode', () => {
    expect(pdfInfo(pdf)).toMatchObject({ Title: `${WRITTEN.partnerName} ${QUARTER} QBR`, Author: WRITTEN.vendorName });
  });

  it('renders the cover and the first section to PNGs, kept in test-artifacts/qbr to look at', () => {
    requireTool('pdftoppm', 'poppler-utils');
    const prefix = join(work, 'scripts');
    run('pdftoppm', ['-r', '80', '-png', '-f', '1', '-l', '2', pdf, prefix]);
    const pages = readdirSync(work).filter((f) => f.startsWith('scripts') && f.endsWith('.png')).sort();
    expect(pages).toHaveLength(2);
    mkdirSync(ARTIFACTS, { recursive: true });
    for (const page of pages) copyFileSync(join(work, page), join(ARTIFACTS, page.replace('scripts', 'pdf-scripts')));
  });
});
