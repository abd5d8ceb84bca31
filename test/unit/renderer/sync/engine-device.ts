import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { newId } from '../../../../shared/domain/ids';
import { openPartnerDeskDb, type PartnerDeskDb } from '../../../../renderer/db/database';
import { createRepository, type Repository } from '../../../../renderer/db/repository';
import { createMemoryPlatform } from '../../../support/memory-platform';
import { createSyncEngine, type SyncEngine } from '../../../../renderer/sync/sync-engine';

/** A device of the engine tests: its own store on fake-indexeddb, an engine signed in to a real server, a repository. */
export interface Device {
  db: PartnerDeskDb;
  engine: SyncEngine;
  repo: Repository;
}

export interface DeviceOptions {
  /** Device clock minus real time. */
  skewMs?: number;
  /** The device's network, to watch or break calls. */
  fetch?: typeof fetch;
  maxPushBytes?: number;
  /** An existing store (a profile restored from a copy); a fresh one otherwise. */
  db?: PartnerDeskDb;
}

export const signedInDevice = async (baseUrl: string, email: string, options: DeviceOptions = {}): Promise<Device> => {
  const db = options.db ?? openPartnerDeskDb(`engine-test-${newId()}`, { indexedDB, IDBKeyRange });
  const skewMs = options.skewMs ?? 0;
  const engine = createSyncEngine({
    db,
    platform: createMemoryPlatform(),
    baseUrl,
    deviceNow: () => Date.now() + skewMs,
    ...(options.fetch && { fetch: options.fetch }),
    ...(options.maxPushBytes && { maxPushBytes: options.maxPushBytes }),
  });
  await engine.session.signIn(email, 'demo1234');
  return { db, engine, repo: createRepository(db, { now: engine.clock.now }) };
};
