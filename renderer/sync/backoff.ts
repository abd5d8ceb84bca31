/**
 * How long to wait before retry number `attempt` (0 = the first retry):
 * doubling from `baseMs`, capped, with jitter so that a hundred laptops
 * coming back online after a server outage do not all retry in the same
 * second. The jitter keeps the upper half of the window, so a wait never
 * collapses to nothing ("equal jitter").
 */
export interface BackoffOptions {
  baseMs?: number;
  capMs?: number;
  /** In [0, 1); injectable so tests pin it. */
  random?: () => number;
}

export const DEFAULT_BACKOFF_BASE_MS = 1_000;
export const DEFAULT_BACKOFF_CAP_MS = 5 * 60_000;

export const backoffDelay = (attempt: number, options: BackoffOptions = {}): number => {
  const base = options.baseMs ?? DEFAULT_BACKOFF_BASE_MS;
  const cap = options.capMs ?? DEFAULT_BACKOFF_CAP_MS;
  const random = options.random ?? Math.random;
  const ceiling = Math.min(cap, base * 2 ** Math.min(attempt, 30));
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
};
