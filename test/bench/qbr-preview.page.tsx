import { GlobalWorkerOptions, PDFWorker } from 'pdfjs-dist';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { writeQbrFiles } from '../../shared/qbr/export';
import type { QbrOptions } from '../../shared/qbr/options';
import { buildQbrSnapshot } from '../../shared/qbr/snapshot';
import type { QbrSources } from '../../shared/qbr/sources';
import { openPdfPages } from '../../renderer/features/qbr/preview/pdf-pages';
import { PackPreview } from '../../renderer/features/qbr/preview/PackPreview';

/**
 * Runs in headless Chromium: the export dialog's Preview step as the app runs
 * it, from the partner's records (already read: the IndexedDB read of one
 * partner's records is the local-store bench's) to every page drawn. The pack's snapshot is
 * built, its PDF written, and the app's own PackPreview mounted on it, with
 * pdf.js parsing in its worker (served beside this script, as the app bundles
 * it); the preview counts as shown once every thumbnail and the large first
 * page are drawn.
 */

export interface PreviewTiming {
  pages: number;
  snapshotMs: number;
  pdfMs: number;
  drawMs: number;
  totalMs: number;
}

export type QbrPreviewBench = (sources: QbrSources, partnerId: string, options: QbrOptions) => Promise<PreviewTiming>;

const worker = new Worker('/pdf.worker.mjs', { type: 'module', name: 'pdf.js' });
GlobalWorkerOptions.workerPort = worker;
/** Resolves once pdf.js's worker has started, as the app's prefetch starts it when a partner page opens. */
export type PdfWorkerStarted = () => Promise<void>;
(window as unknown as { pdfWorkerStarted: PdfWorkerStarted }).pdfWorkerStarted = () => PDFWorker.create({ port: worker }).promise;

const host = document.body.appendChild(document.createElement('div'));
host.style.width = '1100px';
const root = createRoot(host);

/** Resolves on the first frame where `done` holds. */
const frameWhen = (done: () => boolean): Promise<number> =>
  new Promise((resolve) => {
    const look = () => (done() ? resolve(performance.now()) : requestAnimationFrame(look));
    look();
  });

const drawn = (): boolean => {
  const preview = document.querySelector('[data-testid="qbr-preview"]');
  const large = document.querySelector('canvas[aria-label^="Page 1 of"]');
  return !!preview && preview.getAttribute('data-thumbnails-drawn') === preview.getAttribute('data-pages') && large?.getAttribute('data-drawn') === 'true';
};

const loadPages = () => Promise.resolve(openPdfPages);

(window as unknown as { qbrPreviewBench: QbrPreviewBench }).qbrPreviewBench = async (sources, partnerId, options) => {
  root.render(null);
  await frameWhen(() => host.childElementCount === 0);
  const start = performance.now();
  const snapshot = buildQbrSnapshot(sources, partnerId, options);
  const built = performance.now();
  const [pdf] = await writeQbrFiles(snapshot, ['pdf']);
  const written = performance.now();
  root.render(createElement(PackPreview, { pdf: pdf!.data, loadPages }));
  const shown = await frameWhen(drawn);
  return {
    pages: Number(document.querySelector('[data-testid="qbr-preview"]')!.getAttribute('data-pages')),
    snapshotMs: built - start,
    pdfMs: written - built,
    drawMs: shown - written,
    totalMs: shown - start,
  };
};
