import type { EditLog } from './edit-log';
import { checkInvariants, checkPendingVisible } from './invariants';
import { createLossyNetwork, HEALTHY, SIM_BASE_URL, type NetworkFaults } from './lossy-network';
import { MaliciousDevice } from './malicious-device';
import { createRng } from './prng';
import { SimClient } from './sim-client';
import { SimServer, storeForSeed } from './sim-server';
import { createUserActions } from './user-actions';

export interface ScenarioOptions {
  /** Random steps before the quiet phase. */
  steps: number;
  faults: NetworkFaults;
  /** Chance of dying right after each committed sync step (a pushed batch, a pulled page). */
  crashAfterStep: number;
  /** Chance, each step, that the malicious device attacks instead. */
  attack: number;
}

export const DEFAULT_SCENARIO: ScenarioOptions = {
  steps: 40,
  faults: { dropRequest: 0.1, dropResponse: 0.1, crash: 0.04 },
  crashAfterStep: 0.1,
  attack: 0.15,
};

/** Rounds of healthy syncing allowed to reach a stable state before the run counts as stuck. */
const QUIET_ROUNDS = 8;

export interface ScenarioResult {
  problems: string[];
  stats: Record<string, number>;
}

/**
 * One seeded run: three devices (two managers of different territories and
 * HQ) and a malicious fourth (malicious-device.ts) against one real server, random offline edits and syncs over a lossy
 * network with crashes and one server restart; then quiet (healthy network,
 * everyone syncs until nothing changes) and the invariants.
 */
export const runScenario = async (seed: number, options: ScenarioOptions = DEFAULT_SCENARIO): Promise<ScenarioResult> => {
  const rng = createRng(seed);
  const server = await SimServer.start(storeForSeed(seed));
  const network = createLossyNetwork(rng, () => server.url);
  const log: EditLog = { edits: [], creates: [] };
  const actions = createUserActions(rng, log, seed);
  // Clocks a few seconds apart, and now and then one minutes ahead: the server's "check your clock" path.
  const skew = () => (rng.chance(0.15) ? 3 * 60_000 : rng.int(20_000) - 10_000);
  const clients = [
    new SimClient('m1', 'manager1@demo.test', network, rng, skew()),
    new SimClient('m2', 'manager2@demo.test', network, rng, skew()),
    new SimClient('hq', 'hq@demo.test', network, rng, skew()),
  ];
  try {
    // The three devices sign in at once: each draws the same healthy-network numbers whatever the order, so seeds still replay.
    await Promise.all(clients.map((client) => client.signIn()));
    const mallory = new MaliciousDevice(server, rng);
    await mallory.signIn();
    for (const client of clients) while (!(await client.sync(0)));

    const midRunProblems: string[] = [];
    network.setFaults(options.faults);
    const restartAt = rng.int(options.steps);
    for (let step = 0; step < options.steps; step++) {
      if (step === restartAt) await server.restart();
      if (rng.chance(options.attack)) {
        await mallory.attack();
        continue;
      }
      const client = rng.pick(clients);
      // The device clock jumps minutes ahead or back to right: edits stamped before the next answer
      // from the server carry a clock it refuses (clock_ahead) until the engine corrects and restamps them.
      if (rng.chance(0.05)) client.skewMs = client.skewMs > 60_000 ? 0 : 3 * 60_000;
      if (rng.chance(0.35)) {
        // Half the time the user keeps working while the sync runs.
        const meanwhile = rng.chance(0.5) ? { afterCalls: 1 + rng.int(3), edit: () => actions.act(client, client.name === 'hq', true) } : undefined;
        await client.sync(options.crashAfterStep, meanwhile);
        midRunProblems.push(...(await checkPendingVisible(client)));
      } else {
        await actions.act(client, client.name === 'hq');
      }
    }

    network.setFaults(HEALTHY);
    let stable = false;
    for (let round = 0; round < QUIET_ROUNDS && !stable; round++) {
      const before = await highWater(server);
      for (const client of clients) if (!(await client.sync(0))) throw new Error(`${client.name} failed to sync on a healthy network`);
      const pending = await Promise.all(clients.map((c) => c.db.outbox.count()));
      stable = pending.every((n) => n === 0) && (await highWater(server)) === before;
    }
    const problems = [...midRunProblems, ...(stable ? [] : ['sync did not settle within the quiet rounds'])];
    problems.push(...mallory.problems, ...(await mallory.strayWrites()));
    problems.push(...(await checkInvariants(server, clients, log)));
    return {
      problems,
      stats: {
        ...network.stats,
        crashes: clients.reduce((n, c) => n + c.crashes, 0),
        restarts: server.restarts,
        pglite: server.storeKind === 'pglite' ? 1 : 0,
        edits: log.edits.length,
        creates: log.creates.length,
        attacks: mallory.attacks,
      },
    };
  } finally {
    for (const client of clients) client.db.close();
    await server.stop();
  }
};

const highWater = async (server: SimServer): Promise<number> => {
  const [row] = await server.store.query<{ value: string | number }>('select value from version_counter where id = 1');
  return Number(row?.value ?? 0);
};

export { SIM_BASE_URL };
