import { Alert, Box, Button, ButtonBase, LinearProgress, Stack, Typography } from '@mui/material';
import { useEffect, useRef, useState } from 'react';
import type { PdfPages } from './pdf-pages';

const THUMB_WIDTH = 112;
/** The large page fills the room it has, within these, in steps (a resize redraws only when a step is crossed). */
const PAGE_WIDTH = { min: 360, max: 1_000, step: 40 };
/** A4 landscape, as the pack's PDF is laid out. */
const PAGE_RATIO = 210 / 297;
/** What the dialog needs above and below the page (title, line, page buttons, actions): the page fits the window with them. */
const CHROME_HEIGHT = 330;

/** The width of the element `ref` is set on, as the large page may use it; measured again as the dialog resizes. */
const usePageWidth = () => {
  // A callback ref: the element appears only once the PDF is open, after the first render.
  const [element, ref] = useState<HTMLDivElement | null>(null);
  // Null until measured: the page is drawn once, at the width it will keep.
  const [width, setWidth] = useState<number | null>(null);
  useEffect(() => {
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => {
      // As wide as the dialog allows, and short enough that the whole page shows without scrolling.
      const fits = Math.min(entry?.contentRect.width ?? 0, (window.innerHeight - CHROME_HEIGHT) / PAGE_RATIO);
      const room = Math.floor(fits / PAGE_WIDTH.step) * PAGE_WIDTH.step;
      setWidth(Math.min(PAGE_WIDTH.max, Math.max(PAGE_WIDTH.min, room)));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [element]);
  return { ref, width };
};

/** One page drawn onto its own canvas; says when it is drawn, so the preview can tell how far it got. */
function PageCanvas({ pages, number, width, label, onDrawn }: { pages: PdfPages; number: number; width: number; label: string; onDrawn?(number: number): void }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [drawn, setDrawn] = useState(false);
  // A notice, not an input: a new function each render must not draw the page again.
  const notice = useRef(onDrawn);
  notice.current = onDrawn;
  useEffect(() => {
    if (!canvas.current) return;
    let current = true;
    setDrawn(false);
    void pages.draw(number, canvas.current, width).then(() => {
      if (!current) return;
      setDrawn(true);
      notice.current?.(number);
    });
    return () => {
      current = false;
    };
  }, [pages, number, width]);
  return (
    <canvas
      ref={canvas}
      role="img"
      aria-label={label}
      data-drawn={drawn}
      style={{ display: 'block', width, aspectRatio: '297 / 210', background: '#fff', boxShadow: '0 1px 3px rgba(0,0,0,0.3)' }}
    />
  );
}

/**
 * The pack's PDF as the partner will see it, drawn on this device with
 * pdf.js (no network): one page large, Previous / Next and the arrow keys to
 * turn, and every page as a thumbnail to jump to.
 */
export function PackPreview({ pdf, loadPages }: { pdf: Uint8Array; loadPages(): Promise<(data: Uint8Array) => Promise<PdfPages>> }) {
  const [pages, setPages] = useState<PdfPages | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [current, setCurrent] = useState(1);
  const [thumbs, setThumbs] = useState<ReadonlySet<number>>(new Set());
  const page = usePageWidth();

  useEffect(() => {
    let opened: PdfPages | null = null;
    let gone = false;
    setPages(null);
    setThumbs(new Set());
    setCurrent(1);
    loadPages()
      .then((open) => open(pdf))
      .then((p) => {
        opened = p;
        if (gone) void p.close();
        else setPages(p);
      })
      .catch((error: unknown) => !gone && setFailure(`The preview could not be drawn: ${error instanceof Error ? error.message : String(error)}`));
    return () => {
      gone = true;
      void opened?.close();
    };
  }, [pdf, loadPages]);

  if (failure) return <Alert severity="error">{failure}</Alert>;
  if (!pages) {
    return (
      <Stack spacing={1} role="status" aria-label="Preview progress">
        <Typography variant="body2">Drawing the preview…</Typography>
        <LinearProgress />
      </Stack>
    );
  }

  const turn = (by: number) => setCurrent((n) => Math.min(pages.count, Math.max(1, n + by)));
  const numbers = Array.from({ length: pages.count }, (_, i) => i + 1);
  return (
    <Stack
      direction="row"
      spacing={2}
      data-testid="qbr-preview"
      data-pages={pages.count}
      data-thumbnails-drawn={thumbs.size}
      tabIndex={0}
      aria-label={`Preview of the pack, ${pages.count} pages`}
      onKeyDown={(event) => {
        if (event.key === 'ArrowRight' || event.key === 'PageDown') turn(1);
        else if (event.key === 'ArrowLeft' || event.key === 'PageUp') turn(-1);
        else return;
        event.preventDefault();
      }}
      sx={{ outline: 'none' }}
    >
      <Stack component="ol" aria-label="Pages" spacing={1} sx={{ m: 0, p: 0.5, listStyle: 'none', maxHeight: (page.width ?? PAGE_WIDTH.min) * PAGE_RATIO + 48, overflowY: 'auto', flexShrink: 0 }}>
        {numbers.map((n) => (
          <li key={n}>
            <ButtonBase
              onClick={() => setCurrent(n)}
              aria-label={`Page ${n}`}
              aria-current={n === current ? 'page' : undefined}
              sx={{ display: 'block', p: 0.5, borderRadius: 1, outline: 2, outlineColor: n === current ? 'primary.main' : 'transparent' }}
            >
              <PageCanvas pages={pages} number={n} width={THUMB_WIDTH} label={`Page ${n} thumbnail`} onDrawn={(d) => setThumbs((s) => new Set(s).add(d))} />
              <Typography variant="caption" color="text.secondary" sx={{ display: 'block', textAlign: 'center' }}>
                {n}
              </Typography>
            </ButtonBase>
          </li>
        ))}
      </Stack>
      <Stack ref={page.ref} spacing={1} sx={{ alignItems: 'center', minWidth: 0, flexGrow: 1 }}>
        <Box sx={{ maxWidth: '100%', overflow: 'auto' }}>
          {page.width !== null && <PageCanvas pages={pages} number={current} width={page.width} label={`Page ${current} of ${pages.count}`} />}
        </Box>
        <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
          <Button onClick={() => turn(-1)} disabled={current === 1}>
            Previous
          </Button>
          <Typography variant="body2" data-testid="qbr-preview-page">
            Page {current} of {pages.count}
          </Typography>
          <Button onClick={() => turn(1)} disabled={current === pages.count}>
            Next
          </Button>
        </Stack>
      </Stack>
    </Stack>
  );
}
