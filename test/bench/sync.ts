import { fileURLToPath } from 'node:url';
import { DEMO_PASSWORD, seedWorkspace } from '../../server/admin/demo';
import { startServer } from '../../server/app';
import { countRecords, loadSet } from '../../shared/demo';
import { inBrowserPage } from './browser-page';
import { metricOf, timed } from './measure';
import type { SyncBench } from './sync.page';
import type { Bench, Metric } from './types';

const AS_OF = '2026-11-22';
const EDITS = 100;
const entry = fileURLToPath(new URL('./sync.page.ts', import.meta.url));
const metric = metricOf('sync');

/**
 * Initial and incremental sync, browser to a real HQ server on loopback
 * (embedded PGlite, as `npm run web` runs it). The server holds the load set:
 * 10,000 partners and their child records, all read by the HQ account.
 */
export const sync: Bench = {
  name: 'sync',
  run: async () => {
    const server = await startServer({ port: 0, dataDir: 'memory://' });
    try {
      const workspace = loadSet(AS_OF);
      const [, seedMs] = await timed(() => seedWorkspace(server.store, workspace));
      const seeded = metric('seed-load-set', seedMs, 'ms', `server: store the load set (${countRecords(workspace)} rows)`);
      const hq = workspace.users.find((u) => u.role === 'hq')!;
      const figures = await inBrowserPage(entry, (page) =>
        page.evaluate(
          (input) => (window as unknown as { syncBench: SyncBench }).syncBench(input),
          { serverUrl: server.url, email: hq.email, password: DEMO_PASSWORD, edits: EDITS },
        ) as Promise<Metric[]>,
      );
      return [seeded, ...figures];
    } finally {
      await server.close();
    }
  },
};
