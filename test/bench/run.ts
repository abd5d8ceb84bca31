import { impact } from './impact';
import { importBench } from './import';
import { localStore } from './local-store';
import { serverSync } from './server-sync';
import { qbr } from './qbr';
import { qbrPreview } from './qbr-preview';
import { registrations } from './registrations';
import { statements } from './statements';
import { sync } from './sync';
import type { Bench, Metric } from './types';
import { workspace } from './workspace';

/**
 * `npm run bench [name...]`: runs each bench (or the named ones) in turn and
 * prints one JSON object per figure, one per line, for tools to compare runs;
 * then a short summary for people. Timings live here, never in unit tests
 * (DESIGN §9).
 */
const benches: Bench[] = [localStore, serverSync, sync, workspace, qbr, qbrPreview, importBench, statements, impact, registrations];

const main = async (): Promise<void> => {
  const wanted = process.argv.slice(2);
  const unknown = wanted.filter((name) => !benches.some((b) => b.name === name));
  if (unknown.length > 0) throw new Error(`No bench named ${unknown.join(', ')}; there are: ${benches.map((b) => b.name).join(', ')}`);

  const results: Metric[] = [];
  for (const bench of benches.filter((b) => wanted.length === 0 || wanted.includes(b.name))) {
    const start = performance.now();
    const metrics = await bench.run();
    for (const metric of metrics) console.log(JSON.stringify(metric));
    results.push(...metrics);
    console.error(`${bench.name}: done in ${((performance.now() - start) / 1000).toFixed(1)} s`);
  }

  const width = Math.max(...results.map((m) => m.label.length));
  console.log('\nSummary');
  for (const m of results) console.log(`  ${m.label.padEnd(width)}  ${m.value.toLocaleString('en-US')} ${m.unit}`);
};

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
