import ExcelJS from 'exceljs';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatCents } from '../../../shared/domain';
import { closedStatementsOf } from '../../../shared/domain/incentive-statement-record';
import { quarterStatement } from '../../../shared/incentives';
import { scorecard } from '../../../shared/metrics';
import { exportQbrPack, qbrSectionTitles, type QbrPack } from '../../../shared/qbr';
import { formatValue } from '../../../shared/qbr/format';
import { AS_OF, demo, demoPartner, QUARTER, workspace } from '../../unit/shared/qbr/demo';
import { chartSeries, chartTitle, openPackage, slideParts, textOf } from './ooxml';
import { requireTool, run } from './tools';

const ARTIFACTS = join(import.meta.dirname, '../../../test-artifacts/qbr');
const partner = demoPartner('reseller');
const logo = new Uint8Array(readFileSync(join(import.meta.dirname, '../../../build/icon.png')));

let pack: QbrPack;
let work: string;
const fileOf = (ext: string) => pack.files.find((f) => f.name.endsWith(`.${ext}`))!;

beforeAll(async () => {
  // The internal review: every section, the investment and scorecard too (the partner pack's own files are in test/unit/shared/qbr).
  pack = await exportQbrPack(workspace, partner.id, {
    audience: 'internal',
    quarter: QUARTER,
    asOf: AS_OF,
    branding: { name: 'Northwind Software', primaryColor: '#0B3D5C', accentColor: '#E8A317', logo },
  });
  work = mkdtempSync(join(tmpdir(), 'qbr-pack-'));
  for (const file of pack.files) writeFileSync(join(work, file.name), file.data);
  // Three writers on a shared two-core machine: the cap, not a wait.
}, 60_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('QBR pack files, opened with independent readers', () => {
  it('names the three files after the partner and quarter', () => {
    expect(pack.files.map((f) => f.name)).toEqual(['pptx', 'pdf', 'xlsx'].map((ext) => `${partner.name} ${QUARTER} QBR internal review.${ext}`));
  });

  it('deck: a slide per section with its title, native charts holding the snapshot figures, the logo', () => {
    const parts = openPackage(fileOf('pptx').data);
    const slides = slideParts(parts).map((name) => textOf(parts.get(name)!));
    expect(slides.length).toBeGreaterThanOrEqual(11);
    expect(slides[0]).toContain(partner.name);
    expect(slides[0]).toContain(`Internal QBR review, ${QUARTER}`);
    for (const key of pack.snapshot.sections.filter((k) => k !== 'cover')) {
      expect(slides.some((s) => s.includes(qbrSectionTitles[key])), qbrSectionTitles[key]).toBe(true);
    }
    const charts = [...parts.keys()].filter((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n)).map((n) => parts.get(n)!);
    const pipeline = charts.find((xml) => chartTitle(xml) === 'Pipeline created together, by partner role');
    expect(pipeline, 'pipeline chart').toBeDefined();
    const sourced = chartSeries(pipeline!).find((s) => s.name === 'Sourced')!;
    expect(sourced.categories).toEqual(pack.snapshot.scorecard.quarters);
    expect(sourced.values).toEqual(pack.snapshot.pipeline.byRole.find((r) => r.role === 'sourced')!.createdCents.map((c) => c / 100));
    const investment = chartSeries(charts.find((xml) => chartTitle(xml) === 'Investment vs partner revenue won')!);
    expect(investment.map((s) => s.name)).toEqual(['Invested', 'Revenue won']);
    expect([...parts.keys()].some((n) => n.startsWith('ppt/media/image'))).toBe(true);
  });

  it('workbook: one sheet per section, real numbers with number formats, matching the calculators', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(fileOf('xlsx').data.buffer as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toHaveLength(pack.snapshot.sections.length);
    const rowLabelled = (sheet: string, label: string): ExcelJS.Row => {
      let found: ExcelJS.Row | undefined;
      workbook.getWorksheet(sheet)!.eachRow((row) => {
        if (!found && row.getCell(1).value === label) found = row;
      });
      if (!found) throw new Error(`No row "${label}" on ${sheet}`);
      return found;
    };

    // As everyone reads the quarter: the demo closed it, so its frozen figures.
    const statement = quarterStatement({
      partner,
      programs: demo.records.incentivePrograms,
      opportunities: demo.records.opportunities,
      certifications: demo.records.certifications,
      quarter: QUARTER,
      closed: closedStatementsOf(demo.records.incentiveStatements, partner.id),
    });
    const total = rowLabelled('Incentives', 'Total incentives earned').getCell(2);
    expect(total.value).toBe(statement.totalCents / 100);
    expect(total.numFmt).toContain('$');

    const card = scorecard(demo.records, { kind: 'partner', partnerId: partner.id }, QUARTER);
    const share = rowLabelled('Scorecard', 'Partner-influenced pipeline share');
    const current = share.getCell(5).value;
    expect(current).toBe(card.metrics.partnerInfluencedPipelineShare.value ?? 'no data');
    if (typeof current === 'number') expect(share.getCell(5).numFmt).toBe('0.0%');

    const sourcedRow = rowLabelled('Pipeline', 'Sourced');
    expect(typeof sourcedRow.getCell(2).value).toBe('number');
  });

  it('PDF: pdftotext finds the partner, the quarter, a scorecard value and the incentive total', () => {
    requireTool('pdftotext', 'poppler-utils');
    const text = run('pdftotext', ['-layout', join(work, fileOf('pdf').name), '-']).replace(/\s+/g, ' ');
    expect(text).toContain(partner.name);
    expect(text).toContain(`Internal QBR review, ${QUARTER}`);
    expect(text).toContain('Northwind Software');
    const row = pack.snapshot.scorecard.rows.find((r) => r.key === 'partnerSourcedNewCustomerRate')!;
    expect(text).toContain(`${row.name} ${row.values.map((v) => formatValue(v, row.unit)).join(' ')}`);
    expect(text).toContain(`Total incentives earned ${formatCents(pack.snapshot.incentives.totalCents)}`);
    expect(text).toContain(`version ${pack.snapshot.metricDefinitionsVersion}`);
  });

  it('deck converts with LibreOffice, one page per slide, kept as PNGs in test-artifacts/qbr', () => {
    requireTool('soffice', 'libreoffice-impress');
    requireTool('pdftoppm', 'poppler-utils');
    const out = join(work, 'rendered');
    const profile = mkdtempSync(join(tmpdir(), 'lo-profile-'));
    try {
      run('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', out, join(work, fileOf('pptx').name)], 180_000);
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
    const pdf = join(out, fileOf('pptx').name.replace(/\.pptx$/, '.pdf'));
    run('pdftoppm', ['-r', '60', '-png', pdf, join(out, 'slide')]);
    const pages = readdirSync(out).filter((f) => f.endsWith('.png')).sort();
    expect(pages).toHaveLength(slideParts(openPackage(fileOf('pptx').data)).length);
    mkdirSync(ARTIFACTS, { recursive: true });
    for (const page of pages) copyFileSync(join(out, page), join(ARTIFACTS, page));
  }, 240_000);
});
