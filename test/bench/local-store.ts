import { fileURLToPath } from 'node:url';
import { inBrowserPage } from './browser-page';
import type { LocalStoreBench } from './local-store.page';
import type { Bench, Metric } from './types';

/** A fixed "today" so every run loads byte-identical data. */
const AS_OF = '2026-11-22';

const entry = fileURLToPath(new URL('./local-store.page.ts', import.meta.url));

/** The local store in real Chromium IndexedDB: load-set generation, bulk loads, reads (DESIGN §9). */
export const localStore: Bench = {
  name: 'local-store',
  run: () =>
    inBrowserPage(entry, (page) =>
      page.evaluate(
        (asOf) => (window as unknown as { localStoreBench: LocalStoreBench }).localStoreBench(asOf),
        AS_OF,
      ) as Promise<Metric[]>,
    ),
};
