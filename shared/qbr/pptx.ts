import { unzipSync, zipSync } from 'fflate';
import PptxGenJS from 'pptxgenjs';
import { formatCell } from './format';
import type { QbrSnapshot } from './snapshot';
import type { QbrCell, QbrUnit, RagStatus } from './units';
import type { QbrBlock, QbrSectionView } from './view/blocks';
import { sectionViews } from './view/section-views';

// LAYOUT_WIDE is 13.333 × 7.5 inches; everything below is in inches.
const SLIDE = { width: 13.333, height: 7.5, margin: 0.5 };
const CONTENT = { top: 1.35, bottom: 6.95, width: SLIDE.width - 2 * SLIDE.margin };
const FONT = 'Arial';
const TABLE_FONT = 10;
/** Average width of a 10 pt Arial character, for estimating how a cell wraps. */
const CHAR_WIDTH = 0.07;
const LINE_HEIGHT = 0.165;

const ragFills: Record<Exclude<RagStatus, 'none'>, string> = { green: 'C6EFCE', amber: 'FFEB9C', red: 'FFC7CE' };
const MASTER = 'QBR_SECTION';

/** Chart values in the unit a reader expects on an axis: dollars, not cents. */
const chartValue = (value: number | null, unit: QbrUnit): number => (value === null ? 0 : unit === 'cents' ? value / 100 : value);
const axisFormats: Partial<Record<QbrUnit, string>> = { cents: '$#,##0', ratio: '0%', count: '#,##0', 'percentage-points': '0.0', multiple: '0.00' };

type TableBlock = Extract<QbrBlock, { kind: 'table' }>;

/** How tall a table row will be once its cells wrap in their columns. */
const rowHeight = (cells: string[], widths: number[]): number =>
  Math.max(...cells.map((text, i) => Math.ceil((text.length * CHAR_WIDTH) / Math.max(0.3, (widths[i] ?? 1) - 0.1)) || 1)) * LINE_HEIGHT + 0.07;

const noteHeight = (text: string, width: number): number => Math.ceil((text.length * 0.085) / width) * 0.24 + 0.2;

class DeckWriter {
  readonly pres = new PptxGenJS();
  private slide!: PptxGenJS.Slide;
  private y = CONTENT.top;
  private view!: QbrSectionView;

  constructor(private readonly snapshot: QbrSnapshot) {
    const { branding } = snapshot;
    this.pres.layout = 'LAYOUT_WIDE';
    this.pres.author = branding.name;
    this.pres.company = branding.name;
    this.pres.title = `${snapshot.partner.name} ${snapshot.quarter.label} QBR`;
    this.pres.defineSlideMaster({
      title: MASTER,
      background: { color: 'FFFFFF' },
      objects: [
        { rect: { x: 0, y: 0, w: SLIDE.width, h: 0.85, fill: { color: branding.primaryColor } } },
        { rect: { x: 0, y: 0.85, w: SLIDE.width, h: 0.05, fill: { color: branding.accentColor } } },
        {
          text: {
            text: `${snapshot.partner.name} · ${snapshot.quarter.label} QBR · ${branding.name}`,
            options: { x: SLIDE.margin, y: 7.05, w: 9, h: 0.3, fontFace: FONT, fontSize: 9, color: '808080' },
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
    const { branding } = snapshot;
    const c = snapshot.cover;
    const slide = this.pres.addSlide();
    slide.background = { color: branding.primaryColor };
    slide.addShape(this.pres.ShapeType.rect, { x: 0, y: 5.2, w: SLIDE.width, h: 0.08, fill: { color: branding.accentColor } });
    const logo = this.logoObject(SLIDE.width - SLIDE.margin - 2.5, 0.5, 2.5, 1)[0];
    if (logo && 'image' in logo) slide.addImage(logo.image);
    slide.addText(c.vendorName, { x: SLIDE.margin, y: 0.5, w: 8, h: 0.5, fontFace: FONT, fontSize: 18, bold: true, color: 'FFFFFF' });
    slide.addText(c.partnerName, { x: SLIDE.margin, y: 2.0, w: CONTENT.width, h: 1.3, fontFace: FONT, fontSize: 40, bold: true, color: 'FFFFFF', fit: 'shrink', valign: 'bottom' });
    slide.addText(`${c.title}, ${c.quarter}`, { x: SLIDE.margin, y: 3.4, w: CONTENT.width, h: 0.7, fontFace: FONT, fontSize: 26, color: 'FFFFFF' });
    slide.addText(
      [
        { text: `${c.partnerType} partner · ${c.period}`, options: { breakLine: true } },
        { text: `Prepared by ${c.preparedBy} · figures as of ${snapshot.asOf}`, options: { breakLine: true } },
        { text: `Metric definitions version ${snapshot.metricDefinitionsVersion}` },
      ],
      { x: SLIDE.margin, y: 5.5, w: CONTENT.width, h: 1.3, fontFace: FONT, fontSize: 14, color: 'FFFFFF', valign: 'top' },
    );
  }

  private newSlide(continued: boolean): void {
    this.slide = this.pres.addSlide({ masterName: MASTER });
    const title = continued ? `${this.view.title} (continued)` : this.view.title;
    this.slide.addText(title, { x: SLIDE.margin, y: 0.1, w: 10.5, h: 0.65, fontFace: FONT, fontSize: 26, bold: true, color: 'FFFFFF', fit: 'shrink' });
    this.slide.addText(this.view.subtitle, { x: SLIDE.margin, y: 0.92, w: CONTENT.width, h: 0.38, fontFace: FONT, fontSize: 13, color: '505050', italic: true, fit: 'shrink' });
    this.y = CONTENT.top;
  }

  section(view: QbrSectionView): void {
    this.view = view;
    this.newSlide(false);
    const blocks = view.blocks;
    for (let i = 0; i < blocks.length; i++) {
      const block = blocks[i]!;
      const next = blocks[i + 1];
      // A chart and the facts it explains sit side by side.
      if (block.kind === 'chart' && next?.kind === 'facts') {
        this.sideBySide(block, next);
        i++;
      } else {
        this.place(block, SLIDE.margin, CONTENT.width);
      }
    }
  }

  private room(height: number): void {
    if (this.y + height > CONTENT.bottom && this.y > CONTENT.top) this.newSlide(true);
  }

  private blockTitle(title: string, x: number, w: number): void {
    this.slide.addText(title, { x, y: this.y, w, h: 0.32, fontFace: FONT, fontSize: 13, bold: true, color: this.snapshot.branding.primaryColor });
    this.y += 0.36;
  }

  private sideBySide(chart: Extract<QbrBlock, { kind: 'chart' }>, facts: Extract<QbrBlock, { kind: 'facts' }>): void {
    const height = Math.max(3.2, facts.facts.length * 0.3 + 0.4);
    this.room(height);
    const top = this.y;
    this.chart(chart, SLIDE.margin, 7.2, 3.2);
    const chartBottom = this.y;
    this.y = top;
    this.factsTable(facts, SLIDE.margin + 7.5, CONTENT.width - 7.5);
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
        this.factsTable(block, x, Math.min(w, 8));
        return;
      case 'chart':
        this.room(3.5);
        this.chart(block, x, Math.min(w, 9), 3.2);
        return;
      case 'table':
        // A narrow table stays narrow: two columns stretched over the slide are hard to read across.
        this.table(block, x, Math.min(w, Math.max(6, block.columns.length * 2.2)));
        return;
    }
  }

  private chart(block: Extract<QbrBlock, { kind: 'chart' }>, x: number, w: number, h: number): void {
    const { branding } = this.snapshot;
    const data = block.series.map((s) => ({ name: s.name, labels: block.categories, values: s.values.map((v) => chartValue(v, block.unit)) }));
    const format = axisFormats[block.unit] ?? 'General';
    this.slide.addChart(block.chart === 'line' ? this.pres.ChartType.line : this.pres.ChartType.bar, data, {
      x,
      y: this.y,
      w,
      h,
      barDir: 'col',
      barGrouping: 'clustered',
      chartColors: [branding.primaryColor, branding.accentColor, '7F7F7F', 'A5A5A5'],
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
      ...(block.unit === 'ratio' ? { valAxisMinVal: 0, valAxisMaxVal: 1 } : {}),
    });
    this.y += h + 0.2;
  }

  private cellOf(cell: QbrCell, extra: PptxGenJS.TableCellProps = {}): PptxGenJS.TableCell {
    const fill = cell.status && cell.status !== 'none' ? { fill: { color: ragFills[cell.status] } } : {};
    const align = cell.unit === 'text' || cell.unit === 'date' ? 'left' : 'right';
    return { text: formatCell(cell), options: { align, ...fill, ...extra } };
  }

  private factsTable(block: Extract<QbrBlock, { kind: 'facts' }>, x: number, w: number): void {
    this.table(
      {
        kind: 'table',
        title: block.title,
        columns: [
          { header: '', unit: 'text', width: 1.3 },
          { header: '', unit: 'text', width: 1 },
        ],
        rows: block.facts.map((f) => [{ value: f.label, unit: 'text' }, f.value]),
        empty: '',
      },
      x,
      w,
      false,
    );
  }

  /** A native table; rows that do not fit go on to a "continued" slide under the same header. */
  private table(block: TableBlock, x: number, w: number, header = true): void {
    const total = block.columns.reduce((s, c) => s + c.width, 0);
    const colW = block.columns.map((c) => (w * c.width) / total);
    this.room(0.36 + 0.35 + (block.rows[0] ? rowHeight(block.rows[0].map(formatCell), colW) : 0.35));
    this.blockTitle(block.title, x, w);
    if (block.rows.length === 0) {
      this.slide.addText(block.empty, { x, y: this.y, w, h: 0.35, fontFace: FONT, fontSize: 12, italic: true, color: '606060' });
      this.y += 0.5;
      return;
    }
    const { primaryColor } = this.snapshot.branding;
    const headRow: PptxGenJS.TableRow = block.columns.map((c) => ({
      text: c.header,
      options: { bold: true, color: 'FFFFFF', fill: { color: primaryColor }, align: c.unit === 'text' || c.unit === 'date' ? 'left' : 'right' },
    }));
    let rows = block.rows;
    while (rows.length > 0) {
      let height = header ? 0.3 : 0;
      let fit = 0;
      while (fit < rows.length) {
        const h = rowHeight(rows[fit]!.map(formatCell), colW);
        if (this.y + height + h > CONTENT.bottom && fit > 0) break;
        height += h;
        fit++;
      }
      const body = rows.slice(0, fit).map((row, r) =>
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
      rows = rows.slice(fit);
      if (rows.length > 0) {
        this.newSlide(true);
        this.blockTitle(`${block.title} (continued)`, x, w);
      }
    }
  }
}

/** The editable deck: a cover, then each section on its own slide (or two), with native charts and tables. */
export const writeQbrPptx = async (snapshot: QbrSnapshot): Promise<Uint8Array> => {
  const writer = new DeckWriter(snapshot);
  writer.cover();
  for (const view of sectionViews(snapshot)) writer.section(view);
  // pptxgenjs ignores `compression` when an output type is named, and stores every part raw
  // (a deck of ~800 KB of XML); deflating the parts again brings it to a tenth of that.
  const stored = (await writer.pres.write({ outputType: 'uint8array' })) as Uint8Array;
  return zipSync(unzipSync(stored), { level: 6 });
};
