import type { PartnerDeskDb } from '../db/database';
import { ensureClientId } from '../db/sync-meta';
import type { Platform } from '../platform/platform';
import { createHttp, type Fetch, type Http } from './http';
import { pullChanges } from './pull';
import { pushOutbox } from './push';
import { createServerClock, type ServerClock } from './server-clock';
import { createSession, type Session } from './session';
import { createSyncApi } from './sync-api';

export interface SyncEngineOptions {
  db: PartnerDeskDb;
  platform: Platform;
  baseUrl: string;
  fetch?: Fetch;
  /** Device time; tests and the simulation skew it. */
  deviceNow?: () => number;
  pullLimit?: number;
  maxPushMutations?: number;
  maxPushBytes?: number;
}

/** How far one sync has come: changes pushed, then rows pulled (the total grows as pages arrive). */
export interface SyncProgress {
  done: number;
  total: number;
}

export interface SyncEngine {
  readonly session: Session;
  /** The corrected clock; the app's repository takes its `now` from `clock.now`. */
  readonly clock: ServerClock;
  readonly http: Http;
  /** One full sync: push the outbox, then pull every territory up to date. */
  sync(onProgress?: (progress: SyncProgress) => void): Promise<void>;
}

/**
 * The client sync engine: everything it knows between calls lives in the
 * Dexie store (outbox, cursors, epoch, clock offset) and the platform's
 * secrets, so an engine thrown away mid-sync and made again on the same
 * store carries on where the store says, and nothing is applied twice.
 */
export const createSyncEngine = (options: SyncEngineOptions): SyncEngine => {
  const { db } = options;
  const clock = createServerClock(db, options.deviceNow);
  const http = createHttp({
    baseUrl: options.baseUrl,
    ...(options.fetch && { fetch: options.fetch }),
    ...(options.deviceNow && { deviceNow: options.deviceNow }),
    onServerTime: (serverTime, sentAt, receivedAt) => clock.observe(serverTime, sentAt, receivedAt),
  });
  const session = createSession(http, options.platform.secrets);
  const api = createSyncApi(http, session);
  let clockLoaded: Promise<void> | undefined;

  return {
    session,
    clock,
    http,
    async sync(onProgress) {
      await (clockLoaded ??= clock.load());
      const clientId = await ensureClientId(db);
      const total = await db.outbox.count();
      const pushed = await pushOutbox({
        db,
        api,
        clock,
        clientId,
        ...(options.maxPushMutations !== undefined && { maxMutations: options.maxPushMutations }),
        ...(options.maxPushBytes !== undefined && { maxBytes: options.maxPushBytes }),
        onProgress: (done) => onProgress?.({ done, total: Math.max(total, done) }),
      });
      await pullChanges({
        db,
        api,
        clock,
        clientId,
        ...(options.pullLimit !== undefined && { limit: options.pullLimit }),
        onProgress: (rows, hasMore) => onProgress?.({ done: pushed + rows, total: pushed + rows + (hasMore ? 1 : 0) }),
      });
    },
  };
};
