export { openPartnerDeskDb, type OpenOptions, type PartnerDeskDb } from './database';
export { CURRENT_VERSION, migrations, type Migration } from './migrations';
export { createRepository, type NewRecord, type RecordChanges, type Repository, type RepositoryOptions, type Writer } from './repository';
export { BULK_CHUNK_ROWS, bulkLoad, type TableRows } from './bulk-load';
export { RecordNotFoundError } from './errors';
export type { MutationOp, OutboxEntry, Patch } from './outbox';
export {
  deleteCursor,
  ensureClientId,
  readClientId,
  readClockOffset,
  readCursor,
  readCursors,
  readEpoch,
  writeClockOffset,
  writeCursor,
  writeEpoch,
  type ClientMeta,
  type SyncMetaRow,
  type TerritoryCursor,
} from './sync-meta';
export type { RejectedChange } from './rejected-changes';
export { createRefusedChanges, isCreate, RefusedChangeGoneError, type RefusedChanges, type Resend } from './refused-changes';
export { recordName, type LookUp } from './record-name';
export { createReads, type IndexName, type Reads } from './reads';
export { claimStore, RefusedChangesHeldError, StoreInUseError, type ClaimOptions } from './store-owner';
export { onTablesChanged, rerunOnChange, type Rerun, type RerunOptions } from './table-changes';
export { watchTable, type SnapshotOptions, type TableSnapshot } from './table-snapshot';
export {
  createImports,
  DEFAULT_IMPORT_CHUNK_ROWS,
  ImportUndoError,
  type ApplyInput,
  type ApplyOptions,
  type ApplyProgress,
  type ApplyResult,
  type Imports,
  type ImportsOptions,
  type UndoResult,
} from './imports';
