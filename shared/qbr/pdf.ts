import { jsPDF } from 'jspdf';
import { autoTable, type CellHookData, type RowInput } from 'jspdf-autotable';
import { audienceWords } from './audiences';
import { axisValue } from './axis-scale';
import { formatCell, formatValue } from './format';
import { loadPackFonts, TEXT_FAMILY, type PackFonts } from './pdf-fonts';
import { isolate } from './pdf-bidi';
import { useFontStack } from './pdf-text';
import type { QbrSnapshot } from './snapshot';
import type { RagStatus } from './units';
import type { ChartBlock, QbrBlock, QbrSectionView } from './view/blocks';
import { sectionViews } from './view/section-views';

// A4 landscape in millimetres, the same proportions as the deck.
const PAGE = { width: 297, height: 210, margin: 14 };
const CONTENT_WIDTH = PAGE.width - 2 * PAGE.margin;
const BOTTOM = PAGE.height - 16;
/** Room (mm) a section needs left on a page to start there rather than on a page of its own. */
const SHARE_ROOM = 70;
/** A drawn chart's plot height (mm); with its title and labels it needs CHART_ROOM on the page. */
const CHART_HEIGHT = 58;
const CHART_ROOM = CHART_HEIGHT + 26;

const ragColours: Record<Exclude<RagStatus, 'none'>, [number, number, number]> = {
  green: [198, 239, 206],
  amber: [255, 235, 156],
  red: [255, 199, 206],
};
const seriesGreys: [number, number, number][] = [[90, 90, 90], [160, 160, 160]];

const rgb = (hex: string): [number, number, number] => [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];

class PdfWriter {
  // Only the fonts it draws with are embedded (each subset to its glyphs), not the fourteen standard ones it never uses.
  readonly doc = new jsPDF({ orientation: 'landscape', unit: 'mm', format: 'a4', compress: true, putOnlyUsedFonts: true });
  private y = PAGE.margin;
  /** Sections on the current page, so the agenda keeps its own. */
  private onPage: QbrSectionView['key'][] = [];
  private readonly primary: [number, number, number];
  private readonly accent: [number, number, number];

  constructor(
    private readonly snapshot: QbrSnapshot,
    fonts: PackFonts,
  ) {
    fonts.addTo(this.doc);
    useFontStack(this.doc, fonts.stacks);
    this.primary = rgb(snapshot.branding.primaryColor);
    this.accent = rgb(snapshot.branding.accentColor);
    // jsPDF writes these as UTF-16 when they need it, so any script reads right in a viewer's document properties.
    this.doc.setProperties({ title: `${snapshot.partner.name} ${snapshot.quarter.label} QBR`, author: snapshot.branding.name });
    // jsPDF stamps the current time; the pack's own day keeps the output reproducible.
    this.doc.setCreationDate(new Date(`${snapshot.asOf}T00:00:00Z`));
  }

  private logo(x: number, y: number, maxW: number, maxH: number): void {
    const logo = this.snapshot.branding.logo;
    if (!logo) return;
    const scale = Math.min(maxW / logo.width, maxH / logo.height);
    this.doc.addImage(logo.base64, logo.mime === 'image/png' ? 'PNG' : 'JPEG', x + maxW - logo.width * scale, y, logo.width * scale, logo.height * scale);
  }

  cover(): void {
    const { doc, snapshot } = this;
    const c = snapshot.cover;
    doc.setFillColor(...this.primary).rect(0, 0, PAGE.width, 120, 'F');
    doc.setFillColor(...this.accent).rect(0, 120, PAGE.width, 3, 'F');
    this.logo(PAGE.width - PAGE.margin - 50, 14, 50, 22);
    doc.setTextColor(255, 255, 255).setFont(TEXT_FAMILY, 'bold').setFontSize(14).text(c.vendorName, PAGE.margin, 24);
    doc.setFontSize(32).text(c.partnerName, PAGE.margin, 70, { maxWidth: CONTENT_WIDTH });
    doc.setFont(TEXT_FAMILY, 'normal').setFontSize(20).text(`${c.title}, ${c.quarter}`, PAGE.margin, 98);
    doc.setTextColor(60, 60, 60).setFontSize(12);
    doc.text(`${c.partnerType} partner. Period ${c.period}. Figures as of ${snapshot.asOf}.`, PAGE.margin, 140);
    doc.text(`Prepared by ${isolate(c.preparedBy)}.`, PAGE.margin, 148);
    doc.text(`Metric definitions version ${snapshot.metricDefinitionsVersion}.`, PAGE.margin, 156);
    const marking = audienceWords[snapshot.audience].marking;
    if (marking) doc.setTextColor(192, 0, 0).setFont(TEXT_FAMILY, 'bold').setFontSize(14).text(marking, PAGE.margin, 170);
  }

  /**
   * A section opens a page with a banner, unless there is room for a good
   * part of it under the section before: then it carries on there under its
   * own heading, so short sections share a page instead of each leaving a
   * lone row on one. The agenda always has its page.
   */
  section(key: QbrSectionView['key'], title: string, subtitle: string, first: QbrBlock | undefined): void {
    const { doc } = this;
    // Room for the heading and the section's first block, so a heading never ends a page alone.
    const needs = 19 + (first?.kind === 'chart' ? CHART_ROOM : SHARE_ROOM);
    const share = key !== 'agenda' && this.onPage.length > 0 && !this.onPage.includes('agenda') && BOTTOM - this.y >= needs;
    if (share) {
      this.onPage.push(key);
      doc.setDrawColor(200, 200, 200).setLineWidth(0.3).line(PAGE.margin, this.y, PAGE.width - PAGE.margin, this.y);
      doc.setTextColor(...this.primary).setFont(TEXT_FAMILY, 'bold').setFontSize(14).text(title, PAGE.margin, this.y + 7);
      doc.setTextColor(60, 60, 60).setFont(TEXT_FAMILY, 'normal').setFontSize(10).text(subtitle, PAGE.margin, this.y + 13, { maxWidth: CONTENT_WIDTH });
      this.y += 19;
      return;
    }
    doc.addPage();
    this.onPage = [key];
    doc.setFillColor(...this.primary).rect(0, 0, PAGE.width, 20, 'F');
    doc.setFillColor(...this.accent).rect(0, 20, PAGE.width, 1.2, 'F');
    doc.setTextColor(255, 255, 255).setFont(TEXT_FAMILY, 'bold').setFontSize(16).text(title, PAGE.margin, 13);
    this.logo(PAGE.width - PAGE.margin - 30, 4, 30, 12);
    doc.setTextColor(60, 60, 60).setFont(TEXT_FAMILY, 'normal').setFontSize(11).text(subtitle, PAGE.margin, 29, { maxWidth: CONTENT_WIDTH });
    this.y = 36;
  }

  private room(height: number): void {
    if (this.y + height > BOTTOM) {
      this.doc.addPage();
      this.onPage = [];
      this.y = PAGE.margin;
    }
  }

  private blockTitle(title: string): void {
    this.room(14);
    if (!title) return;
    this.doc.setTextColor(...this.primary).setFont(TEXT_FAMILY, 'bold').setFontSize(11).text(title, PAGE.margin, this.y + 4);
    this.y += 6;
  }

  private table(head: string[] | null, body: RowInput[], widths: number[], statuses: (RagStatus | undefined)[][], left = PAGE.margin): void {
    const total = widths.reduce((a, b) => a + b, 0);
    const span = PAGE.width - PAGE.margin - left;
    autoTable(this.doc, {
      startY: this.y,
      margin: { left, right: PAGE.margin, bottom: 16 },
      head: head ? [head] : undefined,
      body,
      theme: 'grid',
      styles: { font: TEXT_FAMILY, fontSize: 8.5, cellPadding: 1.6, overflow: 'linebreak', lineColor: [210, 210, 210] },
      headStyles: { fillColor: this.primary, textColor: [255, 255, 255], fontStyle: 'bold' },
      alternateRowStyles: { fillColor: [246, 247, 249] },
      columnStyles: Object.fromEntries(widths.map((w, i) => [i, { cellWidth: (span * w) / total }])),
      didParseCell: (data: CellHookData) => {
        const status = data.section === 'body' ? statuses[data.row.index]?.[data.column.index] : undefined;
        if (status && status !== 'none') data.cell.styles.fillColor = ragColours[status];
      },
    });
    this.y = (this.doc as unknown as { lastAutoTable: { finalY: number } }).lastAutoTable.finalY + 6;
  }

  /** A clustered bar chart drawn with rectangles: the PDF shows the figures the deck charts natively. */
  private chart(block: ChartBlock, width = CONTENT_WIDTH * 0.62, legendBelow = false): void {
    const { doc } = this;
    const height = CHART_HEIGHT;
    const top = this.y;
    const left = PAGE.margin + 26;
    // The shared round axis (axis-scale.ts), in the unit it is shown in: dollars for money.
    const { max, ticks } = block.axis;
    const shown = (v: number | null) => axisValue(v, block.unit);
    const colours = [this.primary, this.accent, ...seriesGreys];
    doc.setDrawColor(180, 180, 180).setLineWidth(0.2);
    doc.setFontSize(7.5).setTextColor(90, 90, 90).setFont(TEXT_FAMILY, 'normal');
    for (const tick of ticks) {
      const y = top + height - (height * tick) / max;
      doc.line(left, y, left + width, y);
      doc.text(formatValue(block.unit === 'cents' ? tick * 100 : tick, block.unit), left - 2, y + 1, { align: 'right' });
    }
    const groupWidth = width / block.categories.length;
    const barWidth = (groupWidth * 0.7) / block.series.length;
    block.categories.forEach((category, i) => {
      block.series.forEach((s, j) => {
        const h = (height * shown(s.values[i] ?? null)) / max;
        doc.setFillColor(...colours[j % colours.length]!).rect(left + i * groupWidth + groupWidth * 0.15 + j * barWidth, top + height - h, barWidth, h, 'F');
      });
      // Cut by characters, not UTF-16 units, so an emoji or accented letter is never split.
      const chars = [...category];
      const label = chars.length > 22 ? `${chars.slice(0, 21).join('')}...` : category;
      doc.setTextColor(60, 60, 60).text(label, left + i * groupWidth + groupWidth / 2, top + height + 4, { align: 'center' });
    });
    // One series needs no legend: the chart's title names it.
    // Beside the plot when the page is its own, under it when facts sit beside the chart.
    const series = block.series.length > 1 ? block.series : [];
    series.forEach((s, j) => {
      const [x, y] = legendBelow ? [left + j * 36, top + height + 10] : [left + width + 8, top + 4 + j * 6];
      doc.setFillColor(...colours[j % colours.length]!).rect(x, y - 3, 4, 4, 'F');
      doc.setTextColor(40, 40, 40).text(s.name, x + 6, y);
    });
    this.y = top + height + (legendBelow && series.length > 0 ? 15 : 10);
  }

  /** A chart with the facts that explain it beside it, as on the deck's slide. */
  pair(chart: ChartBlock, facts: Extract<QbrBlock, { kind: 'facts' }>): void {
    this.room(CHART_ROOM);
    const top = this.y;
    this.blockTitle(chart.title);
    this.chart(chart, CONTENT_WIDTH * 0.5, true);
    const below = this.y;
    const left = PAGE.margin + 26 + CONTENT_WIDTH * 0.5 + 12;
    this.y = top;
    this.doc.setTextColor(...this.primary).setFont(TEXT_FAMILY, 'bold').setFontSize(11).text(facts.title, left, this.y + 4);
    this.y += 6;
    this.table(null, facts.facts.map((f) => [f.label, formatCell(f.value)]), [3, 2], facts.facts.map((f) => [undefined, f.value.status]), left);
    this.y = Math.max(below, this.y);
  }

  block(block: QbrBlock): void {
    switch (block.kind) {
      case 'note': {
        this.doc.setFont(TEXT_FAMILY, block.tone === 'warning' ? 'bold' : 'normal').setFontSize(10);
        const lines = this.doc.splitTextToSize(block.text, CONTENT_WIDTH - 6) as string[];
        const height = lines.length * 4.6 + 2;
        this.room(height);
        const bar = block.tone === 'warning' ? ragColours.red : block.tone === 'good' ? ragColours.green : this.accent;
        this.doc.setFillColor(...bar).rect(PAGE.margin, this.y - 1, 1.6, height, 'F');
        this.doc.setTextColor(40, 40, 40).text(lines, PAGE.margin + 5, this.y + 3);
        this.y += height + 3;
        return;
      }
      case 'facts':
        this.blockTitle(block.title);
        this.table(null, block.facts.map((f) => [f.label, formatCell(f.value)]), [2, 3], block.facts.map((f) => [undefined, f.value.status]));
        return;
      case 'table':
        this.blockTitle(block.title);
        this.table(
          block.columns.map((c) => c.header),
          block.rows.map((row) => row.map((cell) => formatCell(cell))),
          block.columns.map((c) => c.width),
          block.rows.map((row) => row.map((cell) => cell.status)),
        );
        return;
      case 'chart':
        // The title goes to the next page with its chart, never alone at the foot of this one.
        this.room(CHART_ROOM);
        this.blockTitle(block.title);
        this.chart(block);
        return;
    }
  }

  footers(): void {
    const { doc, snapshot } = this;
    const pages = doc.getNumberOfPages();
    for (let page = 2; page <= pages; page++) {
      doc.setPage(page);
      doc.setFont(TEXT_FAMILY, 'normal').setFontSize(8).setTextColor(120, 120, 120);
      // Isolated, so a right-to-left name keeps its place in the line instead of drawing the quarter into its run.
      const marking = audienceWords[snapshot.audience].marking;
      doc.text(`${isolate(snapshot.partner.name)} - ${snapshot.quarter.label} QBR - ${isolate(snapshot.branding.name)}`, PAGE.margin, PAGE.height - 8);
      if (marking) doc.setTextColor(192, 0, 0).setFont(TEXT_FAMILY, 'bold').text(marking, PAGE.width / 2, PAGE.height - 8, { align: 'center' }).setFont(TEXT_FAMILY, 'normal').setTextColor(120, 120, 120);
      doc.text(`Page ${page} of ${pages}`, PAGE.width - PAGE.margin, PAGE.height - 8, { align: 'right' });
    }
  }
}

/** The PDF: cover, then each section from its own page, tables flowing over as many pages as they need. */
export const writeQbrPdf = async (snapshot: QbrSnapshot): Promise<Uint8Array> => {
  const writer = new PdfWriter(snapshot, await loadPackFonts());
  writer.cover();
  for (const view of sectionViews(snapshot)) {
    writer.section(view.key, view.title, view.subtitle, view.blocks[0]);
    for (let i = 0; i < view.blocks.length; i++) {
      const block = view.blocks[i]!;
      const next = view.blocks[i + 1];
      if (block.kind === 'chart' && next?.kind === 'facts') {
        writer.pair(block, next);
        i++;
      } else writer.block(block);
    }
  }
  writer.footers();
  return new Uint8Array(writer.doc.output('arraybuffer'));
};
