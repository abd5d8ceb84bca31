import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportQbrPack, type QbrPack } from '../../../../shared/qbr';
import { openPackage, slideParts, textOf } from '../../../integration/qbr/ooxml';
import { requireTool, run } from '../../../integration/qbr/tools';
import { AS_OF, QUARTER } from './demo';
import { storyOf } from './story';

const ARTIFACTS = join(import.meta.dirname, '../../../../test-artifacts/qbr');
let pack: QbrPack;
let work: string;

beforeAll(async () => {
  const story = storyOf();
  pack = await exportQbrPack(story.sources, story.partner.id, { quarter: QUARTER, asOf: AS_OF, formats: ['pptx'], branding: { name: 'Northwind Software', primaryColor: '#0B3D5C', accentColor: '#E8A317' } });
  work = mkdtempSync(join(tmpdir(), 'qbr-story-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the partner pack as LibreOffice draws it', () => {
  it('renders every slide, each with speaker notes, and keeps them as PNGs in test-artifacts/qbr', () => {
    requireTool('soffice', 'libreoffice-impress');
    requireTool('pdftoppm', 'poppler-utils');
    const deck = pack.files[0]!;
    const parts = openPackage(deck.data);
    const slides = slideParts(parts);
    // Every slide has its notes page with the manager's talking points.
    const notes = [...parts.keys()].filter((n) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(n));
    expect(notes).toHaveLength(slides.length);
    for (const n of notes) expect(textOf(parts.get(n)!).length, n).toBeGreaterThan(40);

    writeFileSync(join(work, 'pack.pptx'), deck.data);
    const profile = mkdtempSync(join(tmpdir(), 'lo-profile-'));
    try {
      run('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', work, join(work, 'pack.pptx')], 180_000);
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
    run('pdftoppm', ['-r', '60', '-png', join(work, 'pack.pdf'), join(work, 'partner-pack')]);
    const pages = readdirSync(work).filter((f) => f.startsWith('partner-pack') && f.endsWith('.png')).sort();
    expect(pages).toHaveLength(slides.length);
    mkdirSync(ARTIFACTS, { recursive: true });
    // A shorter deck than last run's must not leave its old last slides lying beside it.
    for (const old of readdirSync(ARTIFACTS).filter((f) => f.startsWith('partner-pack'))) rmSync(join(ARTIFACTS, old));
    for (const page of pages) copyFileSync(join(work, page), join(ARTIFACTS, page));
  }, 240_000);
});
