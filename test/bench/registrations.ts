import { loadSet } from '../../shared/demo';
import { ConflictIndex } from '../../shared/registrations/conflicts';
import { metricOf, percentile, timed } from './measure';
import type { Bench, Metric } from './types';

const AS_OF = '2026-11-22';
const CHECKS = 2_000;

const metric = metricOf('registrations');

/**
 * Channel-conflict checks against the load set's 100,000+ opportunities
 * (issue 15: p95 ≤ 20 ms, an index, not a scan). The index is built once,
 * as a device builds it when its deals load; each check is one
 * registration's lookups. Registrations are the load set's own customers,
 * every third with a letter dropped so near-same names are searched too.
 */
export const registrations: Bench = {
  name: 'registrations',
  run: async (): Promise<Metric[]> => {
    const { records } = loadSet(AS_OF);
    const deals = records.opportunities;
    const [index, buildMs] = await timed(() => new ConflictIndex(deals, AS_OF));
    const names = deals.filter((_, i) => i % Math.max(1, Math.floor(deals.length / CHECKS)) === 0).slice(0, CHECKS);
    const probes = names.map((o, i) => ({
      id: `probe-${i}`,
      partnerId: `probe-partner-${i}`,
      customerName: i % 3 === 0 && o.customerName.length > 6 ? o.customerName.slice(0, 3) + o.customerName.slice(4) : o.customerName,
    }));
    for (const probe of probes.slice(0, 200)) index.conflictsOf(probe); // warms the JIT
    const times: number[] = [];
    let found = 0;
    for (const probe of probes) {
      const [conflicts, ms] = await timed(() => index.conflictsOf(probe));
      found += conflicts.length;
      times.push(ms);
    }
    times.sort((a, b) => a - b);
    const label = `conflict check of one registration against ${deals.length.toLocaleString('en-US')} opportunities`;
    return [
      metric('check-p95', percentile(times, 0.95), 'ms', `${label}, p95 of ${probes.length.toLocaleString('en-US')} (target 20 ms)`, { target: 20, opportunities: deals.length, conflictsFound: found }),
      metric('check-p50', percentile(times, 0.5), 'ms', `${label}, p50`),
      metric('index-build', buildMs, 'ms', `conflict index built over ${deals.length.toLocaleString('en-US')} opportunities (once per load)`),
    ];
  },
};
