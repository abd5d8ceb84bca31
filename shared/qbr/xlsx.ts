import ExcelJS from 'exceljs';
import { audienceWords } from './audiences';
import type { QbrSnapshot } from './snapshot';
import type { QbrCell, QbrUnit, RagStatus } from './units';
import type { QbrBlock, QbrSectionView } from './view/blocks';
import { sectionViews } from './view/section-views';

/** Excel number formats: the workbook holds numbers a reader can sum and chart, never figures typed as text. */
const numberFormats: Partial<Record<QbrUnit, string>> = {
  cents: '"$"#,##0.00',
  ratio: '0.0%',
  'percentage-points': '+0.0" pp";-0.0" pp";0.0" pp"',
  multiple: '0.00"x"',
  count: '#,##0',
  days: '#,##0" days"',
  date: 'yyyy-mm-dd',
};

const ragFills: Record<Exclude<RagStatus, 'none'>, string> = { green: 'FFC6EFCE', amber: 'FFFFEB9C', red: 'FFFFC7CE' };

/** Sheet names: Excel allows 31 characters and no `:` or `/`, so sections get short names of their own. */
const sheetNames: Record<QbrSectionView['key'], string> = {
  agenda: 'Agenda',
  glance: 'At a glance',
  plan: 'Business plan',
  scorecard: 'Scorecard',
  pipeline: 'Pipeline',
  certifications: 'Certifications',
  solutions: 'Joint solutions',
  incentives: 'Incentives',
  investment: 'Investment and ROI',
  visits: 'Visits and decisions',
  commitmentsLast: 'Commitments last quarter',
  commitmentsThis: 'Commitments this quarter',
  commitmentsNext: 'Commitments next quarter',
  appendix: 'Metric definitions',
};

/** The value as Excel stores it: cents become currency units, ISO dates become dates. */
const excelValue = (value: number | string | null, unit: QbrUnit): ExcelJS.CellValue => {
  if (value === null) return 'no data';
  if (typeof value === 'string') return unit === 'date' ? new Date(`${value}T00:00:00Z`) : value;
  return unit === 'cents' ? value / 100 : value;
};

class SheetWriter {
  private row = 1;
  private readonly widths: number[] = [];

  constructor(
    private readonly sheet: ExcelJS.Worksheet,
    private readonly brand: string,
  ) {}

  heading(title: string, subtitle: string): void {
    const cell = this.sheet.getCell(this.row, 1);
    cell.value = title;
    cell.font = { bold: true, size: 14, color: { argb: `FF${this.brand}` } };
    this.sheet.getCell(this.row + 1, 1).value = subtitle;
    this.row += 3;
  }

  private put(col: number, value: ExcelJS.CellValue, unit: QbrUnit, status?: RagStatus): ExcelJS.Cell {
    const cell = this.sheet.getCell(this.row, col);
    cell.value = value;
    const numFmt = typeof value === 'number' || value instanceof Date ? numberFormats[unit] : undefined;
    if (numFmt) cell.numFmt = numFmt;
    if (status && status !== 'none') cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: ragFills[status] } };
    const shown = typeof value === 'string' ? value.length : 12;
    this.widths[col - 1] = Math.max(this.widths[col - 1] ?? 10, Math.min(shown + 2, 60));
    if (typeof value === 'string' && value.length > 60) cell.alignment = { wrapText: true, vertical: 'top' };
    return cell;
  }

  private cell(col: number, c: QbrCell): void {
    this.put(col, excelValue(c.value, c.unit), c.unit, c.status);
  }

  private header(labels: string[]): void {
    labels.forEach((label, i) => {
      const cell = this.put(i + 1, label, 'text');
      cell.font = { bold: true, color: { argb: 'FFFFFFFF' } };
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${this.brand}` } };
    });
    this.row++;
  }

  block(block: QbrBlock): void {
    if (block.kind === 'note') {
      this.put(1, block.text, 'text').font = { italic: true, color: { argb: block.tone === 'warning' ? 'FF9C0006' : 'FF404040' } };
      this.row += 2;
      return;
    }
    if (block.title) {
      this.put(1, block.title, 'text').font = { bold: true };
      this.row++;
    }
    switch (block.kind) {
      case 'facts':
        for (const fact of block.facts) {
          this.put(1, fact.label, 'text');
          this.cell(2, fact.value);
          this.row++;
        }
        break;
      case 'table':
        this.header(block.columns.map((c) => c.header));
        for (const row of block.rows) {
          row.forEach((c, i) => this.cell(i + 1, c));
          this.row++;
        }
        break;
      case 'chart':
        // The data behind the chart, one row per category, one column per series.
        this.header(['', ...block.series.map((s) => s.name)]);
        block.categories.forEach((category, i) => {
          this.put(1, category, 'text');
          block.series.forEach((s, j) => this.cell(j + 2, { value: s.values[i] ?? null, unit: block.unit }));
          this.row++;
        });
        // The axis the deck and PDF draw, so a chart made from these rows gets the same round ticks.
        for (const [label, value] of [['Axis maximum', block.axis.max], ['Axis step', block.axis.step]] as const) {
          this.put(1, label, 'text').font = { italic: true };
          this.cell(2, { value: block.unit === 'cents' ? value * 100 : value, unit: block.unit });
          this.row++;
        }
        break;
    }
    this.row++;
  }

  finish(): void {
    this.widths.forEach((w, i) => (this.sheet.getColumn(i + 1).width = w));
  }
}

const coverSheet = (workbook: ExcelJS.Workbook, snapshot: QbrSnapshot): void => {
  const sheet = workbook.addWorksheet('Cover');
  const writer = new SheetWriter(sheet, snapshot.branding.primaryColor);
  const c = snapshot.cover;
  writer.heading(`${c.partnerName}: ${c.title}`, `${c.quarter} (${c.period})`);
  writer.block({
    kind: 'facts',
    title: 'Pack',
    facts: [
      { label: 'Partner', value: { value: c.partnerName, unit: 'text' } },
      { label: 'Quarter', value: { value: c.quarter, unit: 'text' } },
      { label: 'Figures as of', value: { value: snapshot.asOf, unit: 'date' } },
      { label: 'Prepared by', value: { value: c.preparedBy, unit: 'text' } },
      { label: 'Metric definitions version', value: { value: snapshot.metricDefinitionsVersion, unit: 'text' } },
      { label: 'Audience', value: { value: audienceWords[snapshot.audience].marking ?? 'Partner pack', unit: 'text' } },
    ],
  });
  writer.finish();
};

/** The workbook: one sheet per section holding the data behind every chart and table. */
export const writeQbrXlsx = async (snapshot: QbrSnapshot): Promise<Uint8Array> => {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = snapshot.branding.name;
  workbook.created = new Date(`${snapshot.asOf}T00:00:00Z`);
  workbook.modified = workbook.created;
  coverSheet(workbook, snapshot);
  for (const view of sectionViews(snapshot)) {
    const writer = new SheetWriter(workbook.addWorksheet(sheetNames[view.key]), snapshot.branding.primaryColor);
    writer.heading(view.title, view.subtitle);
    view.blocks.forEach((block) => writer.block(block));
    writer.finish();
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
};

