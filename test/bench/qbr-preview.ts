import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { loadSet } from '../../shared/demo';
import { buildQbrSnapshot, sourcesIndex, writeQbrPdf, type QbrOptions, type QbrSources } from '../../shared/qbr';
import { inBrowserPage } from './browser-page';
import { metricOf } from './measure';
import type { PdfWorkerStarted, PreviewTiming, QbrPreviewBench } from './qbr-preview.page';
import type { Bench, Metric } from './types';

/** A fixed "today" and a quarter that has ended by then, so every run previews the same pack. */
const AS_OF = '2026-11-22';
const QUARTER = '2026-Q3';
/** DESIGN §9 and issue 12: the preview of a 14-slide pack within 1.5 s. */
const SLIDES = 14;
const RUNS = 5;

const entry = fileURLToPath(new URL('./qbr-preview.page.tsx', import.meta.url));
const workerFile = createRequire(import.meta.url).resolve('pdfjs-dist/build/pdf.worker.min.mjs');

/** Pages of a PDF jsPDF wrote: it keeps every page object in the clear, each `/Type /Page`. */
const pageCount = (pdf: Uint8Array): number => (Buffer.from(pdf).toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;

/** Partners whose packs are looked at for one of 14 pages: the ones with the most records make the longest packs. */
const CANDIDATES = 20;

interface Pick {
  partnerId: string;
  options: QbrOptions;
  pages: number;
}

/**
 * A pack of 14 pages: the partner pack of a partner with many records,
 * or else the internal review (which adds the scorecard and investment);
 * failing both, the pack nearest above 14 pages (then below), named as such.
 */
const fourteenPagePack = async (sources: QbrSources, base: QbrOptions): Promise<Pick> => {
  const sourcesFor = sourcesIndex(sources);
  const size = (id: string) => Object.values(sourcesFor(id)).reduce((n, rows) => n + (Array.isArray(rows) ? rows.length : 0), 0);
  const candidates = sources.partners
    .filter((p) => !p.deleted && p.status === 'active' && p.enrolledOn < '2026-07-01')
    .map((p) => ({ id: p.id, size: size(p.id) }))
    .sort((a, b) => b.size - a.size)
    .slice(0, CANDIDATES);
  const distance = (n: number) => (n >= SLIDES ? n - SLIDES : 100 + SLIDES - n);
  let best: Pick | null = null;
  for (const audience of ['partner', 'internal'] as const) {
    for (const { id } of candidates) {
      const options = { ...base, audience };
      const pages = pageCount(await writeQbrPdf(buildQbrSnapshot(sourcesFor(id), id, options)));
      if (pages === SLIDES) return { partnerId: id, options, pages };
      if (!best || distance(pages) < distance(best.pages)) best = { partnerId: id, options, pages };
    }
  }
  if (!best) throw new Error('The load set has no active partner to preview a pack of');
  return best;
};

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const metric = metricOf('qbr-preview');

/**
 * The QBR pack preview in headless Chromium (issue 12: a 14-slide pack
 * ≤ 1.5 s): snapshot, PDF, then pdf.js drawing every thumbnail and the
 * large first page in the app's own preview component. pdf.js's worker is
 * started first, as the partner page's prefetch starts it in the app; the
 * first preview still parses the PDF fonts (once a session) and is reported
 * apart.
 */
export const qbrPreview: Bench = {
  name: 'qbr-preview',
  run: async (): Promise<Metric[]> => {
    // The 10k-partner load set: its busiest partners make packs as long as a real account's.
    const workspace = loadSet(AS_OF);
    const sources: QbrSources = { ...workspace.records, people: workspace.users };
    const { partnerId, options, pages } = await fourteenPagePack(sources, { quarter: QUARTER, asOf: AS_OF });
    const one = sourcesIndex(sources)(partnerId);
    const worker = { type: 'text/javascript', body: await readFile(workerFile, 'utf8') };

    const runs = await inBrowserPage(
      entry,
      async (page) => {
        const timings: PreviewTiming[] = [];
        await page.evaluate(() => (window as unknown as { pdfWorkerStarted: PdfWorkerStarted }).pdfWorkerStarted());
        for (let run = 0; run <= RUNS; run++) {
          timings.push(
            (await page.evaluate(
              ({ one, partnerId, options }) => (window as unknown as { qbrPreviewBench: QbrPreviewBench }).qbrPreviewBench(one, partnerId, options),
              { one, partnerId, options },
            )) as PreviewTiming,
          );
        }
        return timings;
      },
      { '/pdf.worker.mjs': worker },
    );

    const [first, ...rest] = runs;
    const of = (key: keyof PreviewTiming) => median(rest.map((t) => t[key]));
    const detail = { pages: first!.pages, audience: options.audience, target: 1_500 };
    if (first!.pages !== pages) throw new Error(`The preview drew ${first!.pages} pages of a ${pages}-page PDF`);
    const pack = `${pages}-page ${options.audience === 'partner' ? 'partner pack' : 'internal review'}`;
    return [
      metric('total', of('totalMs'), 'ms', `QBR preview, ${pack}: records to every page drawn (median of ${RUNS})`, detail),
      metric('snapshot', of('snapshotMs'), 'ms', `QBR preview: snapshot (median of ${RUNS})`),
      metric('pdf', of('pdfMs'), 'ms', `QBR preview: PDF written (median of ${RUNS})`),
      metric('draw', of('drawMs'), 'ms', `QBR preview: pdf.js opens it and draws ${pages} thumbnails and page 1 (median of ${RUNS})`),
      // The first also parses the PDF fonts (once a session) and draws with pdf.js's code not yet compiled.
      metric('first', first!.totalMs, 'ms', 'QBR preview, first of the session (fonts parsed once, worker already started)', {
        ...detail,
        snapshotMs: Math.round(first!.snapshotMs),
        pdfMs: Math.round(first!.pdfMs),
        drawMs: Math.round(first!.drawMs),
      }),
    ];
  },
};
