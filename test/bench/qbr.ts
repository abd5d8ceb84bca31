import { loadSet } from '../../shared/demo';
import { buildQbrSnapshot, exportQbrBatch, sourcesIndex, writeQbrPdf, writeQbrPptx, writeQbrXlsx, type QbrSources } from '../../shared/qbr';
import type { Bench, Metric } from './types';

/** A fixed "today" and a quarter that has ended by then, so every run packs the same data. */
const AS_OF = '2026-11-22';
const QUARTER = '2026-Q3';
const RUNS = 5;
const BATCH = 100;

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const timed = async (work: () => unknown): Promise<number> => {
  const start = performance.now();
  await work();
  return performance.now() - start;
};

/** QBR pack export in Node, as the CLI runs it (DESIGN §9: one pack ≤ 2 s, a 100-partner batch ≤ 60 s). */
export const qbr: Bench = {
  name: 'qbr',
  run: async (): Promise<Metric[]> => {
    const workspace = loadSet(AS_OF);
    const sources: QbrSources = { ...workspace.records, people: workspace.users };
    const sourcesFor = sourcesIndex(sources);
    const partner = workspace.records.partners.find((p) => p.status === 'active' && p.enrolledOn < '2026-01-01')!;
    const options = { quarter: QUARTER, asOf: AS_OF };

    const steps = { snapshot: [] as number[], pptx: [] as number[], pdf: [] as number[], xlsx: [] as number[], total: [] as number[] };
    for (let run = 0; run <= RUNS; run++) {
      const one = sourcesFor(partner.id);
      let snapshot = buildQbrSnapshot(one, partner.id, options);
      const times = {
        snapshot: await timed(() => (snapshot = buildQbrSnapshot(one, partner.id, options))),
        pptx: await timed(() => writeQbrPptx(snapshot)),
        pdf: await timed(() => writeQbrPdf(snapshot)),
        xlsx: await timed(() => writeQbrXlsx(snapshot)),
      };
      if (run === 0) continue; // the first run warms the JIT and loads the writers' modules
      for (const key of ['snapshot', 'pptx', 'pdf', 'xlsx'] as const) steps[key].push(times[key]);
      steps.total.push(times.snapshot + times.pptx + times.pdf + times.xlsx);
    }

    const partnerIds = workspace.records.partners.filter((p) => !p.deleted).slice(0, BATCH).map((p) => p.id);
    let exported = 0;
    const batchStart = performance.now();
    const result = await exportQbrBatch(sources, partnerIds, { ...options, onPack: () => void exported++ });
    const batchMs = performance.now() - batchStart;

    const pack = (key: keyof typeof steps, label: string): Metric => ({
      metric: `qbr.pack.${key}`,
      value: Math.round(median(steps[key])),
      unit: 'ms',
      label: `QBR pack, one partner: ${label} (median of ${RUNS})`,
    });
    return [
      pack('snapshot', 'snapshot'),
      pack('pptx', 'deck'),
      pack('pdf', 'PDF'),
      pack('xlsx', 'workbook'),
      pack('total', 'all three formats'),
      {
        metric: 'qbr.batch',
        value: Math.round(batchMs),
        unit: 'ms',
        label: `QBR batch, ${partnerIds.length} partners, three formats each`,
        exported,
        withoutPack: result.failures.length,
      },
    ];
  },
};
