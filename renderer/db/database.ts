import { Dexie, type EntityTable, type Table } from 'dexie';
import type { EntityName, EntityOf } from '../../shared/domain/entities';
import { CURRENT_VERSION, migrations } from './migrations';
import type { SavedImportMapping } from './imports/saved-mappings';
import type { OutboxEntry } from './outbox';
import type { RejectedChange } from './rejected-changes';
import type { SyncMetaRow } from './sync-meta';

export type EntityTables = { [N in EntityName]: EntityTable<EntityOf<N>, 'id'> };

export type PartnerDeskDb = Dexie &
  EntityTables & {
    outbox: EntityTable<OutboxEntry, 'mutationId'>;
    syncMeta: Table<SyncMetaRow, string>;
    rejectedChanges: EntityTable<RejectedChange, 'id'>;
    importMappings: Table<SavedImportMapping, string>;
  };

export interface OpenOptions {
  /** An IndexedDB other than the page's, e.g. fake-indexeddb under Node. */
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
  /** Open at an earlier schema version; only tests of the upgrade path want this. */
  version?: number;
}

/**
 * The local store, with every migration up to `version` declared. Dexie opens
 * it on first use (or call `db.open()` to surface a blocked upgrade or a
 * newer profile at start-up).
 */
export const openPartnerDeskDb = (name: string, options: OpenOptions = {}): PartnerDeskDb => {
  const version = options.version ?? CURRENT_VERSION;
  if (!migrations.some((m) => m.version === version)) {
    throw new RangeError(`No local store schema has version ${version}`);
  }
  // Only pass the IndexedDB implementation when given: an explicit undefined would replace Dexie's default.
  const db = new Dexie(name, {
    ...(options.indexedDB && { indexedDB: options.indexedDB }),
    ...(options.IDBKeyRange && { IDBKeyRange: options.IDBKeyRange }),
  }) as PartnerDeskDb;
  for (const migration of migrations.filter((m) => m.version <= version)) {
    const step = db.version(migration.version).stores(migration.stores);
    if (migration.upgrade) step.upgrade(migration.upgrade);
  }
  return db;
};
