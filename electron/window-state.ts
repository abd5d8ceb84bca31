/** Where and how big the window was, remembered between runs. */
export interface WindowBounds {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

export interface Rectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const DEFAULT_BOUNDS: WindowBounds = { width: 1280, height: 800, maximized: false };
export const MIN_SIZE = { width: 960, height: 600 } as const;

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/**
 * The bounds to open with: the saved ones if they still fit a connected
 * display (a laptop undocked from its second screen must not open its
 * window off-screen), otherwise centred defaults.
 */
export const restoreBounds = (saved: unknown, displays: readonly Rectangle[]): WindowBounds => {
  if (!saved || typeof saved !== 'object') return DEFAULT_BOUNDS;
  const s = saved as Record<string, unknown>;
  if (!isNumber(s.width) || !isNumber(s.height)) return DEFAULT_BOUNDS;
  const width = Math.max(MIN_SIZE.width, Math.round(s.width));
  const height = Math.max(MIN_SIZE.height, Math.round(s.height));
  const maximized = s.maximized === true;
  if (!isNumber(s.x) || !isNumber(s.y)) return { width, height, maximized };
  const x = Math.round(s.x);
  const y = Math.round(s.y);
  // Visible enough to grab: the title bar's top-left 100×50 px lies on some display.
  const onScreen = displays.some((d) => x + 100 > d.x && x < d.x + d.width && y >= d.y && y + 50 <= d.y + d.height);
  return onScreen ? { x, y, width, height, maximized } : { width, height, maximized };
};
