import { unzipSync, zipSync } from 'fflate';
import PptxGenJS from 'pptxgenjs';
import { audienceWords } from './audiences';
import { axisValue } from './axis-scale';
import { formatCell } from './format';
import type { QbrSnapshot } from './snapshot';
import type { QbrCell, QbrUnit, RagStatus } from './units';
import type { ChartBlock, QbrBlock, QbrSectionView } from './view/blocks';
import { sectionViews } from './view/section-views';

// LAYOUT_WIDE is 13.333 × 7.5 inches; everything below is in inches.
const SLIDE = { width: 13.333, height: 7.5, margin: 0.5 };
const CONTENT = { top: 1.35, bottom: 6.95, width: SLIDE.width - 2 * SLIDE.margin };
const FONT = 'Arial';
const TABLE_FONT = 10;
/** Average width of a 10 pt Arial character, for estimating how a cell wraps. */
const CHAR_WIDTH = 0.07;
const LINE_HEIGHT = 0.165;
const CHART = { height: 2.9, gap: 0.15 };
const HEADING = 0.75;
/** A cell longer than this would fill a slide on its own; the workbook and PDF keep the whole text. */
const MAX_CELL_CHARS = 700;

const ragFills: Record<Exclude<RagStatus, 'none'>, string> = { green: 'C6EFCE', amber: 'FFEB9C', red: 'FFC7CE' };
const COVER_MASTER = 'QBR_COVER';
const SECTION_MASTER = 'QBR_SECTION';

const axisFormats: Partial<Record<QbrUnit, string>> = { cents: '$#,##0', ratio: '0%', count: '#,##0', 'percentage-points': '0.0', multiple: '0.00' };

type TableBlock = Extract<QbrBlock, { kind: 'table' }>;
type FactsBlock = Extract<QbrBlock, { kind: 'facts' }>;

const cellText = (cell: QbrCell): string => {
  const shown = formatCell(cell);
  return shown.length <= MAX_CELL_CHARS ? shown : `${shown.slice(0, shown.lastIndexOf(' ', MAX_CELL_CHARS))}… (full text in the PDF and workbook)`;
};

/** How tall a table row will be once its cells wrap in their columns. */
const rowHeight = (cells: string[], widths: number[]): number =>
  Math.max(...cells.map((text, i) => Math.ceil((text.length * CHAR_WIDTH) / Math.max(0.3, (widths[i] ?? 1) - 0.1)) || 1)) * LINE_HEIGHT + 0.07;

const noteHeight = (text: string, width: number): number => Math.ceil((text.length * 0.085) / width) * 0.24 + 0.2;

const factsAsTable = (block: FactsBlock): TableBlock => ({
  kind: 'table',
  title: block.title,
  columns: [
    { header: '', unit: 'text', width: 1.3 },
    { header: '', unit: 'text', width: 1 },
  ],
  rows: block.facts.map((f) => [{ value: f.label, unit: 'text' }, f.value]),
});

/** A narrow table stays narrow: two columns stretched over the slide are hard to read across. */
const tableWidth = (block: TableBlock, w: number): number =>
  // …but a table of sentences takes the whole width, or its rows wrap into towers.
  block.rows.some((row) => row.some((cell) => cellText(cell).length > 60)) ? w : Math.min(w, Math.max(6, block.columns.length * 2.6));
const columnWidths = (block: TableBlock, w: number): number[] => {
  const total = block.columns.reduce((s, c) => s + c.width, 0);
  return block.columns.map((c) => (w * c.width) / total);
};
const tableHeight = (block: TableBlock, w: number, header: boolean): number => {
  const widths = columnWidths(block, w);
  return (block.title ? 0.36 : 0) + (header ? 0.3 : 0) + block.rows.reduce((s, row) => s + rowHeight(row.map(cellText), widths), 0) + 0.25;
};
const factsWidth = (w: number): number => Math.min(w, 8);

/** What a block takes on a slide, as `place` will lay it out. */
const blockHeight = (block: QbrBlock, w: number): number => {
  switch (block.kind) {
    case 'note':
      return noteHeight(block.text, w) + 0.12;
    case 'facts':
      return tableHeight(factsAsTable(block), factsWidth(w), false);
    case 'chart':
      return CHART.height + CHART.gap;
    case 'table':
      return tableHeight(block, tableWidth(block, w), true);
  }
};

/** Blocks as they sit on slides: a chart beside the facts that explain it, the rest one under another. */
type Placement = { kind: 'single'; block: QbrBlock } | { kind: 'pair'; chart: ChartBlock; facts: FactsBlock };
const placements = (blocks: readonly QbrBlock[]): Placement[] => {
  const out: Placement[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    const next = blocks[i + 1];
    if (block.kind === 'chart' && next?.kind === 'facts') {
      out.push({ kind: 'pair', chart: block, facts: next });
      i++;
    } else out.push({ kind: 'single', block });
  }
  return out;
};
const PAIR = { chartWidth: 7.2, gap: 0.3 };
const placementHeight = (p: Placement): number =>
  p.kind === 'pair' ? Math.max(CHART.height + CHART.gap, blockHeight(p.facts, CONTENT.width - PAIR.chartWidth - PAIR.gap)) : blockHeight(p.block, CONTENT.width);

class DeckWriter {
  readonly pres = new PptxGenJS();
  private slide!: PptxGenJS.Slide;
  private y = CONTENT.top;
  private view!: QbrSectionView;
  /** Talking points of the slide being filled, written as its notes when it is done. */
  private notes: string[] = [];
  /** Sections on the current slide; the agenda keeps a slide to itself. */
  private onSlide: QbrSectionView['key'][] = [];

  constructor(private readonly snapshot: QbrSnapshot) {
    const { branding } = snapshot;
    this.pres.layout = 'LAYOUT_WIDE';
    this.pres.author = branding.name;
    this.pres.company = branding.name;
    this.pres.title = `${snapshot.partner.name} ${snapshot.quarter.label} QBR`;
    const marking = audienceWords[snapshot.audience].marking;
    // Both masters carry HQ's branding, so a manager's edits to the deck keep the vendor's look.
    this.pres.defineSlideMaster({
      title: COVER_MASTER,
      background: { color: branding.primaryColor },
      objects: [
        { rect: { x: 0, y: 5.2, w: SLIDE.width, h: 0.08, fill: { color: branding.accentColor } } },
        { text: { text: branding.name, options: { x: SLIDE.margin, y: 0.5, w: 8, h: 0.5, fontFace: FONT, fontSize: 18, bold: true, color: 'FFFFFF' } } },
        ...this.logoObject(SLIDE.width - SLIDE.margin - 2.5, 0.5, 2.5, 1),
        ...(marking ? [{ text: { text: marking, options: { x: SLIDE.margin, y: 1.1, w: CONTENT.width, h: 0.4, fontFace: FONT, fontSize: 14, bold: true, color: 'FFD0D0' } } }] : []),
      ],
    });
    this.pres.defineSlideMaster({
      title: SECTION_MASTER,
      background: { color: 'FFFFFF' },
      objects: [
        { rect: { x: 0, y: 0, w: SLIDE.width, h: 0.85, fill: { color: branding.primaryColor } } },
        { rect: { x: 0, y: 0.85, w: SLIDE.width, h: 0.05, fill: { color: branding.accentColor } } },
        {
          text: {
            text: `${snapshot.partner.name} · ${snapshot.quarter.label} QBR · ${branding.name}${marking ? ` · ${marking}` : ''}`,
            options: { x: SLIDE.margin, y: 7.05, w: 11, h: 0.3, fontFace: FONT, fontSize: 9, color: marking ? 'C00000' : '808080', bold: marking !== null },
          },
        },
        ...this.logoObject(SLIDE.width - SLIDE.margin - 1.6, 0.12, 1.6, 0.6),
      ],
      slideNumber: { x: 12.3, y: 7.05, w: 0.6, h: 0.3, fontFace: FONT, fontSize: 9, color: '808080' },
    });
  }

  private logoObject(x: number, y: number, maxW: number, maxH: number): PptxGenJS.SlideMasterProps['objects'] & object[] {
    const logo = this.snapshot.branding.logo;
    if (!logo) return [];
    const scale = Math.min(maxW / logo.width, maxH / logo.height);
    const w = logo.width * scale;
    return [{ image: { x: x + maxW - w, y, w, h: logo.height * scale, data: `${logo.mime};base64,${logo.base64}` } }];
  }

  cover(): void {
    const { snapshot } = this;
    const c = snapshot.cover;
    this.slide = this.pres.addSlide({ masterName: COVER_MASTER });
    this.slide.addText(c.partnerName, { x: SLIDE.margin, y: 2.0, w: CONTENT.width, h: 1.3, fontFace: FONT, fontSize: 40, bold: true, color: 'FFFFFF', fit: 'shrink', valign: 'bottom' });
    this.slide.addText(`${c.title}, ${c.quarter}`, { x: SLIDE.margin, y: 3.4, w: CONTENT.width, h: 0.7, fontFace: FONT, fontSize: 26, color: 'FFFFFF' });
    this.slide.addText(
      [
        { text: `${c.partnerType} partner · ${c.period}`, options: { breakLine: true } },
        { text: `Prepared by ${c.preparedBy} · figures as of ${snapshot.asOf}`, options: { breakLine: true } },
        { text: `Metric definitions version ${snapshot.metricDefinitionsVersion}` },
      ],
      { x: SLIDE.margin, y: 5.5, w: CONTENT.width, h: 1.3, fontFace: FONT, fontSize: 14, color: 'FFFFFF', valign: 'top' },
    );
    this.notes = [
      `Welcome ${c.partnerName}; this review covers ${c.quarter} (${c.period}).`,
      `Every figure is as of ${snapshot.asOf}, from the shared records, following metric definitions version ${snapshot.metricDefinitionsVersion}.`,
      snapshot.audience === 'internal' ? 'Internal review: do not send or show this deck to the partner; export the partner pack for the meeting.' : 'This is the partner pack: it can be left with the partner.',
    ];
    this.onSlide = [];
  }

  private flushNotes(): void {
    if (this.notes.length > 0) this.slide.addNotes(this.notes.join('\n\n'));
    this.notes = [];
  }

  private newSlide(continued: boolean): void {
    this.flushNotes();
    this.slide = this.pres.addSlide({ masterName: SECTION_MASTER });
    const title = continued ? `${this.view.title} (continued)` : this.view.title;
    this.slide.addText(title, { x: SLIDE.margin, y: 0.1, w: 10.5, h: 0.65, fontFace: FONT, fontSize: 26, bold: true, color: 'FFFFFF', fit: 'shrink' });
    this.slide.addText(this.view.subtitle, { x: SLIDE.margin, y: 0.92, w: CONTENT.width, h: 0.38, fontFace: FONT, fontSize: 13, color: '505050', italic: true, fit: 'shrink' });
    this.y = CONTENT.top;
    this.onSlide = [this.view.key];
    this.notes = continued ? [`${this.view.title}, continued.`, ...this.view.notes] : [...this.view.notes];
  }

  /**
   * A section starts its own slide, unless it fits whole under the one before:
   * then it goes there under its own heading, so short sections share a slide
   * instead of each leaving a lone row on an empty page.
   */
  section(view: QbrSectionView): void {
    this.view = view;
    const laid = placements(view.blocks);
    const height = HEADING + laid.reduce((s, p) => s + placementHeight(p), 0);
    const shareable = view.key !== 'agenda' && this.onSlide.length > 0 && !this.onSlide.includes('agenda');
    if (shareable && this.y + height <= CONTENT.bottom) {
      this.heading(view);
      this.onSlide.push(view.key);
      this.notes.push(`${view.title}:`, ...view.notes);
    } else {
      this.newSlide(false);
    }
    for (const p of laid) {
      if (p.kind === 'pair') this.sideBySide(p.chart, p.facts);
      else this.place(p.block, SLIDE.margin, CONTENT.width);
    }
  }

  finish(): void {
    this.flushNotes();
  }

  private heading(view: QbrSectionView): void {
    const { primaryColor } = this.snapshot.branding;
    this.slide.addShape(this.pres.ShapeType.line, { x: SLIDE.margin, y: this.y + 0.02, w: CONTENT.width, h: 0, line: { color: 'D0D0D0', width: 0.75 } });
    this.slide.addText(view.title, { x: SLIDE.margin, y: this.y + 0.06, w: CONTENT.width, h: 0.4, fontFace: FONT, fontSize: 18, bold: true, color: primaryColor });
    this.slide.addText(view.subtitle, { x: SLIDE.margin, y: this.y + 0.44, w: CONTENT.width, h: 0.3, fontFace: FONT, fontSize: 12, italic: true, color: '505050', fit: 'shrink' });
    this.y += HEADING;
  }

  private room(height: number): void {
    if (this.y + height > CONTENT.bottom && this.y > CONTENT.top) this.newSlide(true);
  }

  /** A block's own title; a table that is its section's only content has none, the section heading says it. */
  private blockTitle(title: string, x: number, w: number): void {
    if (!title) return;
    this.slide.addText(title, { x, y: this.y, w, h: 0.32, fontFace: FONT, fontSize: 13, bold: true, color: this.snapshot.branding.primaryColor });
    this.y += 0.36;
  }

  private sideBySide(chart: ChartBlock, facts: FactsBlock): void {
    const factsW = CONTENT.width - PAIR.chartWidth - PAIR.gap;
    this.room(Math.max(CHART.height + CHART.gap, blockHeight(facts, factsW)));
    const top = this.y;
    this.chart(chart, SLIDE.margin, PAIR.chartWidth, CHART.height);
    const chartBottom = this.y;
    this.y = top;
    this.factsTable(facts, SLIDE.margin + PAIR.chartWidth + PAIR.gap, factsW);
    this.y = Math.max(chartBottom, this.y);
  }

  private place(block: QbrBlock, x: number, w: number): void {
    switch (block.kind) {
      case 'note': {
        const h = noteHeight(block.text, w);
        this.room(h);
        const bar = block.tone === 'warning' ? 'C00000' : block.tone === 'good' ? '2E7D32' : this.snapshot.branding.accentColor;
        this.slide.addShape(this.pres.ShapeType.rect, { x, y: this.y, w: 0.07, h, fill: { color: bar } });
        this.slide.addText(block.text, { x: x + 0.15, y: this.y, w: w - 0.15, h, fontFace: FONT, fontSize: 12, color: '303030', valign: 'middle', fit: 'shrink' });
        this.y += h + 0.12;
        return;
      }
      case 'facts':
        this.factsTable(block, x, factsWidth(w));
        return;
      case 'chart':
        this.room(CHART.height + CHART.gap);
        this.chart(block, x, Math.min(w, 9), CHART.height);
        return;
      case 'table':
        this.table(block, x, tableWidth(block, w));
        return;
    }
  }

  /** A native chart whose value axis has the shared round ticks (axis-scale.ts), not PowerPoint's own. */
  private chart(block: ChartBlock, x: number, w: number, h: number): void {
    const { branding } = this.snapshot;
    const data = block.series.map((s) => ({ name: s.name, labels: block.categories, values: s.values.map((v) => axisValue(v, block.unit)) }));
    const format = axisFormats[block.unit] ?? 'General';
    this.slide.addChart(block.chart === 'line' ? this.pres.ChartType.line : this.pres.ChartType.bar, data, {
      x,
      y: this.y,
      w,
      h,
      barDir: 'col',
      barGrouping: 'clustered',
      // One series is one colour: LibreOffice otherwise paints each bar from the list.
      chartColors: block.series.length === 1 ? [branding.primaryColor] : [branding.primaryColor, branding.accentColor, '7F7F7F', 'A5A5A5'],
      showTitle: true,
      title: block.title,
      titleFontFace: FONT,
      titleFontSize: 13,
      titleColor: '303030',
      showLegend: block.series.length > 1,
      legendPos: 'b',
      legendFontFace: FONT,
      legendFontSize: 10,
      catAxisLabelFontFace: FONT,
      catAxisLabelFontSize: 10,
      valAxisLabelFontFace: FONT,
      valAxisLabelFontSize: 9,
      valAxisLabelFormatCode: format,
      dataLabelFormatCode: format,
      valGridLine: { color: 'E0E0E0', size: 0.5 },
      valAxisMinVal: 0,
      valAxisMaxVal: block.axis.max,
      valAxisMajorUnit: block.axis.step,
    });
    this.y += h + CHART.gap;
  }

  private cellOf(cell: QbrCell, extra: PptxGenJS.TableCellProps = {}): PptxGenJS.TableCell {
    const fill = cell.status && cell.status !== 'none' ? { fill: { color: ragFills[cell.status] } } : {};
    const align = cell.unit === 'text' || cell.unit === 'date' ? 'left' : 'right';
    return { text: cellText(cell), options: { align, ...fill, ...extra } };
  }

  private factsTable(block: FactsBlock, x: number, w: number): void {
    this.table(factsAsTable(block), x, w, false);
  }

  /** A native table; rows that do not fit go on to a "continued" slide under the same header, never one row alone. */
  private table(block: TableBlock, x: number, w: number, header = true): void {
    const colW = columnWidths(block, w);
    const heights = block.rows.map((row) => rowHeight(row.map(cellText), colW));
    this.room(0.36 + 0.35 + Math.min(heights[0] ?? 0.35, 1) + (heights[1] ?? 0));
    this.blockTitle(block.title, x, w);
    const { primaryColor } = this.snapshot.branding;
    const headRow: PptxGenJS.TableRow = block.columns.map((c) => ({
      text: c.header,
      options: { bold: true, color: 'FFFFFF', fill: { color: primaryColor }, align: c.unit === 'text' || c.unit === 'date' ? 'left' : 'right' },
    }));
    let from = 0;
    while (from < block.rows.length) {
      let height = header ? 0.3 : 0;
      let fit = 0;
      while (from + fit < block.rows.length) {
        const h = heights[from + fit]!;
        if (this.y + height + h > CONTENT.bottom && fit > 0) break;
        height += h;
        fit++;
      }
      // Widow control: one row carried over alone would sit on a slide by itself.
      if (block.rows.length - from - fit === 1 && fit > 2) {
        fit--;
        height -= heights[from + fit]!;
      }
      const body = block.rows.slice(from, from + fit).map((row, r) =>
        row.map((cell, c) => this.cellOf(cell, { ...(r % 2 === 1 && !cell.status ? { fill: { color: 'F4F6F8' } } : {}), ...(c === 0 && !header ? { bold: true } : {}) })),
      );
      this.slide.addTable(header ? [headRow, ...body] : body, {
        x,
        y: this.y,
        w,
        colW,
        fontFace: FONT,
        fontSize: TABLE_FONT,
        color: '202020',
        valign: 'middle',
        margin: 0.04,
        border: { type: 'solid', pt: 0.5, color: 'D0D0D0' },
        autoPage: false,
      });
      this.y += height + 0.25;
      from += fit;
      if (from < block.rows.length) {
        this.newSlide(true);
        this.blockTitle(block.title && `${block.title} (continued)`, x, w);
      }
    }
  }
}

/** The editable deck: a cover, then the sections on slides from the branded master, with native charts, tables and speaker notes. */
export const writeQbrPptx = async (snapshot: QbrSnapshot): Promise<Uint8Array> => {
  const writer = new DeckWriter(snapshot);
  writer.cover();
  for (const view of sectionViews(snapshot)) writer.section(view);
  writer.finish();
  // pptxgenjs ignores `compression` when an output type is named, and stores every part raw
  // (a deck of ~800 KB of XML); deflating the parts again brings it to a tenth of that.
  const stored = (await writer.pres.write({ outputType: 'uint8array' })) as Uint8Array;
  return zipSync(unzipSync(stored), { level: 6 });
};
