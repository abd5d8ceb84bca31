import { getDocument, type PDFDocumentProxy, type RenderTask } from 'pdfjs-dist';

/**
 * A pack's PDF opened with pdf.js for the preview: how many pages it has and
 * a way to draw any one of them onto a canvas at a given width. The worker
 * it parses in is set up once by whoever loads this (the app: pdf-worker.ts).
 */
export interface PdfPages {
  count: number;
  /** Draws page `number` (from 1) to fill `width` CSS pixels, sharp on the screen's own pixel ratio. */
  draw(number: number, canvas: HTMLCanvasElement, width: number): Promise<void>;
  close(): Promise<void>;
}

const isCancelled = (error: unknown) => error instanceof Error && error.name === 'RenderingCancelledException';

export const openPdfPages = async (data: Uint8Array): Promise<PdfPages> => {
  const document: PDFDocumentProxy = await getDocument({
    // pdf.js moves the bytes to its worker; a copy keeps the caller's (the export may save them).
    data: data.slice(),
    // The app's CSP allows no eval; without this pdf.js would try it and log a violation.
    isEvalSupported: false,
    // Every font of the pack is embedded: nothing to fetch, which keeps the preview offline.
    useSystemFonts: false,
  }).promise;
  // One canvas draws one page at a time: a newer draw cancels the one still running on it.
  const running = new WeakMap<HTMLCanvasElement, RenderTask>();

  return {
    count: document.numPages,
    draw: async (number, canvas, width) => {
      running.get(canvas)?.cancel();
      const page = await document.getPage(number);
      const ratio = globalThis.devicePixelRatio || 1;
      const viewport = page.getViewport({ scale: (width / page.getViewport({ scale: 1 }).width) * ratio });
      canvas.width = Math.floor(viewport.width);
      canvas.height = Math.floor(viewport.height);
      canvas.style.width = `${Math.floor(viewport.width / ratio)}px`;
      canvas.style.height = `${Math.floor(viewport.height / ratio)}px`;
      const task = page.render({ canvas, viewport });
      running.set(canvas, task);
      try {
        await task.promise;
      } catch (error) {
        if (!isCancelled(error)) throw error;
      } finally {
        if (running.get(canvas) === task) running.delete(canvas);
      }
    },
    close: () => document.destroy(),
  };
};
