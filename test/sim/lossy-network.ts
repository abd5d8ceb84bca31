import type { Rng } from './prng';

/** The client "crashed": the engine instance is thrown away and a new one made on the same store. */
export class SimulatedCrash extends Error {
  override name = 'SimulatedCrash';
}

export interface NetworkFaults {
  /** The request never reaches the server. */
  dropRequest: number;
  /** The server processes the request, the answer never arrives. */
  dropResponse: number;
  /** The client dies just before or just after a call. */
  crash: number;
}

export const HEALTHY: NetworkFaults = { dropRequest: 0, dropResponse: 0, crash: 0 };

/** Where clients send requests; the lossy network forwards them to wherever the server listens now. */
export const SIM_BASE_URL = 'http://hq.sim';

/**
 * A network between the clients and the server: it forwards to the current
 * server address (which changes when the server restarts) and drops requests
 * and answers at the rates of the moment, by the seeded PRNG. A dropped call
 * looks to the client exactly like fetch failing on a dead connection.
 */
export const createLossyNetwork = (rng: Rng, serverUrl: () => string) => {
  let faults = HEALTHY;
  const stats = { requests: 0, droppedRequests: 0, droppedResponses: 0, crashes: 0 };
  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    stats.requests++;
    if (rng.chance(faults.crash)) {
      stats.crashes++;
      throw new SimulatedCrash('crashed before a call');
    }
    if (rng.chance(faults.dropRequest)) {
      stats.droppedRequests++;
      throw new TypeError('fetch failed (request dropped)');
    }
    const url = String(input).replace(SIM_BASE_URL, serverUrl());
    const response = await globalThis.fetch(url, init);
    if (rng.chance(faults.dropResponse)) {
      // Read it all first: the server has finished with the request when its answer is lost.
      await response.arrayBuffer();
      stats.droppedResponses++;
      throw new TypeError('fetch failed (response dropped)');
    }
    if (rng.chance(faults.crash)) {
      await response.arrayBuffer();
      stats.crashes++;
      throw new SimulatedCrash('crashed after a call');
    }
    return response;
  };
  return { fetch: fetch as typeof globalThis.fetch, stats, setFaults: (next: NetworkFaults) => void (faults = next) };
};
export type LossyNetwork = ReturnType<typeof createLossyNetwork>;
