/// <reference types="vite/client" />
import { GlobalWorkerOptions } from 'pdfjs-dist';
// Bundled by Vite into the app's own assets (never fetched from a CDN): the preview works with no
// network, from app:// in Electron and from the service worker's copy in a browser (CSP worker-src 'self').
import PdfWorker from 'pdfjs-dist/build/pdf.worker.min.mjs?worker';
import { openPdfPages } from './pdf-pages';

/**
 * pdf.js with its parser in one worker for the app's life: started with the
 * first preview and kept, so the next preview skips the worker's start-up.
 */
export const loadPdfPages = (): typeof openPdfPages => {
  GlobalWorkerOptions.workerPort ??= new PdfWorker({ name: 'pdf.js' });
  return openPdfPages;
};
