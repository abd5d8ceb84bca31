import ExcelJS from 'exceljs';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planProgress } from '../../../../shared/plans';
import { exportQbrPack, type QbrAudience, type QbrPack } from '../../../../shared/qbr';
import { formatValue } from '../../../../shared/qbr/format';
import type { ChartBlock } from '../../../../shared/qbr/view/blocks';
import { sectionViews } from '../../../../shared/qbr/view/section-views';
import { chartSeries, chartTitle, openPackage } from '../../../integration/qbr/ooxml';
import { pdfWords, requireTool, run } from '../../../integration/qbr/tools';
import { expectRoundAxis } from './round-axis';
import { AS_OF, demo, QUARTER } from './demo';
import { INTERNAL_NOTE, storyOf } from './story';

/**
 * The partner pack and the internal review of one partner, each opened with
 * an independent reader: the deck's XML (slides, notes, charts), the PDF's
 * text through pdftotext, the workbook's cells through exceljs.
 */
const story = storyOf();
const packs = {} as Record<QbrAudience, QbrPack>;
const texts = {} as Record<QbrAudience, { pptx: string; pdf: string; xlsx: string }>;
let work: string;

const fileOf = (pack: QbrPack, ext: string) => pack.files.find((f) => f.name.endsWith(`.${ext}`))!;

const workbookOf = async (pack: QbrPack): Promise<ExcelJS.Workbook> => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(fileOf(pack, 'xlsx').data.buffer as ArrayBuffer);
  return workbook;
};

const cellsOf = (workbook: ExcelJS.Workbook): string[] => {
  const cells: string[] = [];
  workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => void cells.push(String(cell.value)))));
  return [...workbook.worksheets.map((w) => w.name), ...cells];
};

beforeAll(async () => {
  requireTool('pdftotext', 'poppler-utils');
  work = mkdtempSync(join(tmpdir(), 'qbr-audience-'));
  for (const audience of ['partner', 'internal'] as const) {
    const pack = await exportQbrPack(story.sources, story.partner.id, { quarter: QUARTER, asOf: AS_OF, audience });
    packs[audience] = pack;
    const pdf = join(work, `${audience}.pdf`);
    writeFileSync(pdf, fileOf(pack, 'pdf').data);
    texts[audience] = {
      pptx: [...openPackage(fileOf(pack, 'pptx').data).values()].join('\n'),
      pdf: run('pdftotext', ['-layout', pdf, '-']).replace(/\s+/g, ' '),
      xlsx: cellsOf(await workbookOf(pack)).join('\n'),
    };
  }
}, 120_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Words that are the vendor's own business: its spend on the partner, the return on it, its scorecard and unshared notes. */
const INTERNAL = [/investment/i, /invested/i, /\bROI\b/, /Program scorecard/i, /Lifecycle status/i, /Investment as % of/i, new RegExp(INTERNAL_NOTE)];

describe('the partner pack and the internal review, in all three formats', () => {
  it('keeps investment, ROI and internal notes out of every file of the partner pack, and in the internal review', () => {
    for (const format of ['pptx', 'pdf', 'xlsx'] as const) {
      for (const word of INTERNAL) expect(texts.partner[format], `${format} ${word}`).not.toMatch(word);
      expect(texts.internal[format], format).toMatch(/Investment and ROI/);
      expect(texts.internal[format], format).toMatch(/Internal: for the vendor team only/);
    }
    expect(texts.internal.pptx).toContain(INTERNAL_NOTE);
    expect(packs.partner.files.map((f) => f.name)).toEqual(['pptx', 'pdf', 'xlsx'].map((ext) => `${story.partner.name} ${QUARTER} QBR.${ext}`));
    expect(packs.internal.files[0]!.name).toBe(`${story.partner.name} ${QUARTER} QBR internal review.pptx`);
  });

  it("shows the plan calculator's figures: the snapshot, the workbook's cells, the deck's chart and the PDF", async () => {
    const progress = planProgress(story.plan, { partner: story.partner, opportunities: demo.records.opportunities, certifications: demo.records.certifications, activities: story.sources.activities }, packs.partner.snapshot.asOf);
    const plan = packs.partner.snapshot.plan;
    expect(plan.weightedAttainment).toBe(progress.weightedAttainment);
    const measured = progress.objectives.filter((o) => o.actualToDate !== null);
    expect(plan.objectives.map((o) => [o.title, o.actualToDate, o.attainment, o.pace])).toEqual(measured.map((o) => [o.objective.title, o.actualToDate, o.attainment, o.pace]));
    expect(plan.unmeasured).toEqual(['Executive sponsor named']);

    const sheet = (await workbookOf(packs.partner)).getWorksheet('Business plan')!;
    const rows = new Map<string, ExcelJS.Row>();
    sheet.eachRow((row) => void rows.set(String(row.getCell(1).value), row));
    for (const o of measured) {
      const row = rows.get(o.objective.title)!;
      const values = (row.values as ExcelJS.CellValue[]).filter((v) => typeof v === 'number');
      const money = o.unit === 'cents' ? 100 : 1;
      expect(values, o.objective.title).toEqual([o.objective.weight / 100, o.objective.target / money, o.actualToDate! / money, o.attainment]);
    }
    expect(rows.get('Weighted attainment')!.getCell(2).value).toBe(progress.weightedAttainment);

    const charts = [...openPackage(fileOf(packs.partner, 'pptx').data).entries()].filter(([n]) => /^ppt\/charts\/chart\d+\.xml$/.test(n)).map(([, xml]) => xml);
    const attainment = chartSeries(charts.find((xml) => chartTitle(xml) === 'Attainment to date by objective')!)[0]!;
    expect(attainment.categories).toEqual(measured.map((o) => o.objective.title));
    expect(attainment.values).toEqual(measured.map((o) => o.attainment));

    expect(texts.partner.pdf).toContain(`Weighted attainment ${formatValue(progress.weightedAttainment, 'ratio')}`);
  });

  it('draws every chart on round ticks in the deck, the PDF and the workbook, the same in all three', async () => {
    const views = sectionViews(packs.internal.snapshot);
    const blocks = views.flatMap((v) => v.blocks).filter((b): b is ChartBlock => b.kind === 'chart');
    expect(blocks.map((b) => b.title)).toEqual(expect.arrayContaining(['Pipeline created together, by partner role', 'Investment vs partner revenue won']));
    for (const b of blocks) expectRoundAxis(b.axis.ticks);

    // The deck: each native chart's value axis is fixed to the shared scale, not left to PowerPoint.
    const charts = [...openPackage(fileOf(packs.internal, 'pptx').data).entries()].filter(([n]) => /^ppt\/charts\/chart\d+\.xml$/.test(n)).map(([, xml]) => xml);
    for (const b of blocks) {
      const xml = charts.find((c) => chartTitle(c) === b.title)!;
      const valAx = /<c:valAx>([\s\S]*?)<\/c:valAx>/.exec(xml)![1]!;
      expect(Number(/<c:majorUnit val="([^"]+)"/.exec(valAx)![1]), b.title).toBe(b.axis.step);
      expect(Number(/<c:max val="([^"]+)"/.exec(valAx)![1]), b.title).toBe(b.axis.max);
    }

    // The PDF: the labels left of the pipeline chart are the shared ticks, and round.
    const words = pdfWords(join(work, 'internal.pdf'));
    const pipeline = blocks.find((b) => b.title.startsWith('Pipeline created'))!;
    const title = words.find((w) => w.text === 'Pipeline' && words.some((x) => x.page === w.page && x.yMin === w.yMin && x.text === 'together,'))!;
    // The axis labels sit left of the plot, within its 58 mm (164 pt) height under the title.
    const labels = words
      .filter((w) => w.page === title.page && w.xMin < 108 && w.yMin > title.yMin && w.yMin < title.yMin + 180 && /^\$[\d,]+$/.test(w.text))
      .map((w) => Number(w.text.replace(/[$,]/g, '')));
    expect(labels.sort((a, b) => a - b)).toEqual(pipeline.axis.ticks);
    expectRoundAxis(labels);

    // The workbook: the chart's rows carry the same axis, in dollars.
    const sheet = (await workbookOf(packs.internal)).getWorksheet('Pipeline')!;
    const axis: Record<string, unknown> = {};
    sheet.eachRow((row) => {
      const label = String(row.getCell(1).value);
      if (label.startsWith('Axis') && !(label in axis)) axis[label] = row.getCell(2).value;
    });
    expect(axis).toEqual({ 'Axis maximum': pipeline.axis.max, 'Axis step': pipeline.axis.step });
  });
});
