import type { EntityName } from '../../shared/domain/entities';
import type { MutationOp, Patch } from './outbox';

/**
 * A user's change the server refused (no permission for the territory, a
 * rule the server checks, a record deleted elsewhere). The record itself is
 * put back in step with the server, but the change is never silently
 * dropped: it is kept here, with the server's reason, for the user to read
 * and redo or discard. Local only: it never syncs.
 */
export interface RejectedChange {
  /** Auto-incremented; absent before the row is stored. */
  id?: number;
  mutationId: number;
  table: EntityName;
  rowId: string;
  op: MutationOp;
  /** The fields the user changed, as they were pushed. */
  patch: Patch;
  /** The server's stable code, e.g. `forbidden`, `not_found`. */
  code: string;
  /** The server's reason, written for a person. */
  reason: string;
  /** Field name → what is wrong with it, when the server named fields. */
  fields: Record<string, string>;
  /**
   * What the record was called when the change was refused (record-name.ts):
   * a record moved out of the user's territories leaves the device, and the
   * list must still say which one it was. Absent on rows from before it was kept.
   */
  rowLabel?: string;
  /** When the user made the change and when the server refused it. */
  madeAt: string;
  rejectedAt: string;
}
