import { seedWorkspace } from '../../server/admin/demo';
import { openStore } from '../../server/store/open';
import { loadCollisionCandidates } from '../../server/sync/registration-terms';
import { loadSet, type Workspace } from '../../shared/demo';
import type { Opportunity } from '../../shared/domain/opportunity';
import { ConflictIndex } from '../../shared/registrations/conflicts';
import { createTestDatabase } from '../support/postgres';
import { metricOf, percentile, timed } from './measure';
import type { Bench, Metric } from './types';

const AS_OF = '2026-11-22';
const CHECKS = 2_000;
/** Fewer on the server: each is a round trip to PostgreSQL, and a push makes one per registration it carries. */
const SERVER_CHECKS = 500;

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
    const workspace = loadSet(AS_OF);
    const { records } = workspace;
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
      ...(await serverChecks(workspace, probes.slice(0, SERVER_CHECKS))),
    ];
  },
};

/**
 * The same check as the server makes it on push, on PostgreSQL (a throwaway
 * database at 127.0.0.1:5432): the load set seeded (which writes the
 * registration terms beside the records), then per registration the
 * candidates read through `registration_terms` and decided among by the
 * ConflictIndex, inside a transaction as a push runs it.
 */
const serverChecks = async (workspace: Workspace, probes: readonly (Pick<Opportunity, 'id' | 'partnerId' | 'customerName'>)[]): Promise<Metric[]> => {
  const database = await createTestDatabase({ prefix: 'pd_bench_registrations' });
  const store = await openStore({ databaseUrl: database.url });
  try {
    const [, seedMs] = await timed(() => seedWorkspace(store, workspace));
    await store.transaction((tx) => loadCollisionCandidates(tx, [probes[0]!], AS_OF)); // builds nothing: the seed wrote the terms
    const times: number[] = [];
    let candidates = 0;
    for (const probe of probes) {
      const [, ms] = await timed(() =>
        store.transaction(async (tx) => {
          const rows = await loadCollisionCandidates(tx, [probe], AS_OF);
          candidates += rows.length;
          return new ConflictIndex(rows.map((r) => r.data as Opportunity), AS_OF).conflictsOf(probe);
        }),
      );
      times.push(ms);
    }
    times.sort((a, b) => a - b);
    const label = `server conflict check on PostgreSQL (registration_terms, then ConflictIndex over the candidates) against ${workspace.records.opportunities.length.toLocaleString('en-US')} opportunities`;
    return [
      metric('server-check-p95', percentile(times, 0.95), 'ms', `${label}, p95 of ${probes.length} (target 20 ms)`, { target: 20, meanCandidates: Math.round(candidates / probes.length) }),
      metric('server-check-p50', percentile(times, 0.5), 'ms', `${label}, p50`),
      metric('server-seed', seedMs, 'ms', 'load set seeded into PostgreSQL, registration terms included'),
    ];
  } finally {
    await store.close();
    await database.drop();
  }
};
