import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { newId } from '../../shared/domain/ids';
import { openPartnerDeskDb, type PartnerDeskDb } from '../../renderer/db/database';
import { createRepository, type Repository } from '../../renderer/db/repository';
import { createMemoryPlatform } from '../support/memory-platform';
import type { Platform } from '../../renderer/platform/platform';
import { isSyncError } from '../../renderer/sync/errors';
import { createSyncEngine, type SyncEngine } from '../../renderer/sync/sync-engine';
import { SIM_BASE_URL, SimulatedCrash, type LossyNetwork } from './lossy-network';
import type { Rng } from './prng';

export const SIM_PASSWORD = 'demo1234';

/** SIM_TRACE=1: every push and its answer (or its loss), per device, to replay a failing seed by eye. */
const trace = (...parts: unknown[]) => process.env.SIM_TRACE && console.log(...parts);

/** What became of each pushed mutation id: the answers it got, and whether an answer about it was ever lost. */
export interface PushHistory {
  answerLost: Set<number>;
  statuses: Map<number, string[]>;
}

const recordPush = async (
  name: string,
  history: PushHistory,
  input: RequestInfo | URL,
  init: RequestInit | undefined,
  call: () => Promise<Response>,
): Promise<Response> => {
  if (!String(input).endsWith('/push')) return call();
  const body = JSON.parse(String(init?.body)) as { mutations: { mutationId: number; table: string; rowId: string; patch: object }[] };
  trace(name, 'push', body.mutations.map((m) => `${m.mutationId}:${m.table}/${m.rowId}:${Object.keys(m.patch).join(',')}`).join(' '));
  let response: Response;
  try {
    response = await call();
  } catch (error) {
    for (const m of body.mutations) history.answerLost.add(m.mutationId);
    trace(name, 'lost', String(error));
    throw error;
  }
  const text = await response.clone().text();
  trace(name, 'answer', text);
  const results = (JSON.parse(text) as { results?: { mutationId: number; status: string; rejected?: unknown }[] }).results ?? [];
  for (const r of results) {
    const status = r.status === 'duplicate' && r.rejected ? 'duplicate-rejected' : r.status;
    history.statuses.set(r.mutationId, [...(history.statuses.get(r.mutationId) ?? []), status]);
  }
  return response;
};

/**
 * One device: its own Dexie database and secrets, which survive a crash, and
 * an engine and repository, which do not. Its clock is skewed by `skewMs`.
 */
export class SimClient {
  readonly db: PartnerDeskDb;
  readonly platform: Platform = createMemoryPlatform();
  engine!: SyncEngine;
  repo!: Repository;
  crashes = 0;
  readonly pushes: PushHistory = { answerLost: new Set(), statuses: new Map() };
  /** A user edit to make while a sync is under way, after this many of its calls have come back. */
  private meanwhile: { afterCalls: number; edit: () => Promise<void> } | undefined;

  constructor(
    readonly name: string,
    readonly email: string,
    private readonly network: LossyNetwork,
    private readonly rng: Rng,
    /** Device clock minus real time; the scenario moves it, like a user fixing (or breaking) the laptop's clock. */
    public skewMs: number,
  ) {
    this.db = openPartnerDeskDb(`sim-${name}-${newId()}`, { indexedDB, IDBKeyRange });
    this.boot();
  }

  /** A fresh engine on the same store, as after the app was killed and opened again. */
  boot(): void {
    const deviceNow = () => Date.now() + this.skewMs;
    this.engine = createSyncEngine({
      db: this.db,
      platform: this.platform,
      baseUrl: SIM_BASE_URL,
      fetch: this.fetch,
      deviceNow,
      // Small pages and batches, so a sync has many steps to crash between and edits land between them.
      pullLimit: 300,
      maxPushMutations: 4,
    });
    // Before the offset is loaded the repository's clock is device time: just like a cold start.
    void this.engine.clock.load();
    this.repo = createRepository(this.db, { now: this.engine.clock.now });
  }

  /**
   * The device's network: the shared lossy one, plus the user's edit made
   * mid-sync at a point fixed by the seed (never by timing, so seeds replay).
   */
  private readonly fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const response = await recordPush(this.name, this.pushes, input, init, () => this.network.fetch(input, init));
    if (this.meanwhile && --this.meanwhile.afterCalls <= 0) {
      const { edit } = this.meanwhile;
      this.meanwhile = undefined;
      await edit();
    }
    return response;
  }) as typeof fetch;

  async signIn(): Promise<void> {
    for (;;) {
      try {
        await this.engine.session.signIn(this.email, SIM_PASSWORD);
        return;
      } catch (error) {
        if (!(error instanceof SimulatedCrash) && !isSyncError(error, 'network')) throw error;
        if (error instanceof SimulatedCrash) this.crash();
      }
    }
  }

  crash(): void {
    this.crashes++;
    this.boot();
  }

  /**
   * One sync that may fail on the network or die part way: a crash can also
   * come after any committed step (each pushed batch, each pulled page).
   * Returns whether it completed.
   */
  async sync(crashAfterStep: number, meanwhile?: { afterCalls: number; edit: () => Promise<void> }): Promise<boolean> {
    this.meanwhile = meanwhile;
    try {
      await this.engine.sync(() => {
        if (this.rng.chance(crashAfterStep)) throw new SimulatedCrash('crashed after a committed step');
      });
      return true;
    } catch (error) {
      if (error instanceof SimulatedCrash) {
        this.crash();
        return false;
      }
      if (isSyncError(error, 'network')) return false;
      if (isSyncError(error, 'unauthorized', 'refresh_invalid')) {
        // A lost refresh answer can end the session (refresh tokens rotate): the user signs in again.
        await this.signIn();
        return false;
      }
      throw error;
    }
  }
}
