import { useCallback, useState, type UIEvent } from 'react';

/**
 * Windowing for a fixed-height-row list: only the rows in view (plus a few
 * either side) are rendered, so 10,000 partners cost the same to draw as 30.
 * Rows are of one fixed height, which keeps this a few lines of arithmetic
 * rather than a measuring library.
 */
export const windowOf = (scrollTop: number, viewportHeight: number, rowHeight: number, count: number, overscan = 8) => {
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const last = Math.min(count, Math.ceil((scrollTop + viewportHeight) / rowHeight) + overscan);
  return { first, last, before: first * rowHeight, after: Math.max(0, (count - last) * rowHeight) };
};

export const useWindowedRows = (count: number, rowHeight: number, viewportHeight: number) => {
  const [scrollTop, setScrollTop] = useState(0);
  const onScroll = useCallback((event: UIEvent<HTMLElement>) => setScrollTop(event.currentTarget.scrollTop), []);
  return { ...windowOf(scrollTop, viewportHeight, rowHeight, count), onScroll };
};
