import type { EntityName } from '../../shared/domain/entities';

export type MutationOp = 'put' | 'delete';

/**
 * The fields one write changed, by name. A create carries the whole record.
 * A field the write cleared is `null`: JSON has no undefined, and no schema
 * field is both optional and nullable, so null always reads "no value".
 */
export type Patch = Record<string, unknown>;

/**
 * One user write waiting to be pushed, in the push mutation's shape
 * (shared/sync/protocol, DESIGN §5).
 */
export interface OutboxEntry {
  /** Increases per client; the server skips ids it has applied, so a re-sent batch is a no-op. */
  mutationId: number;
  table: EntityName;
  rowId: string;
  op: MutationOp;
  patch: Patch;
  /**
   * The pull cursor of the record's territory when the write was made: the
   * server treats a field changed after it as a concurrent edit (a conflict).
   */
  baseVersion: number;
  /**
   * Lower bases for single fields (shared/sync/protocol): a field this
   * device still had an unsynced edit of shows the user that edit, not what
   * pulls brought since, so it keeps the older edit's base.
   */
  fieldBaseVersions?: Record<string, number>;
  /** Hybrid logical clock text (shared/sync/hlc); decides same-field conflicts. */
  hlc: string;
  createdAt: string;
}

export type NewOutboxEntry = Omit<OutboxEntry, 'mutationId'>;
