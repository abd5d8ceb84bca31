import { entities, type EntityName } from '../../shared/domain/entities';
import type { PartnerDeskDb } from './database';
import type { NewRecord, RecordChanges, Repository } from './repository';
import type { RejectedChange } from './rejected-changes';

type Row = Record<string, unknown>;

/** The refused change is no longer on the device (discarded, or sent again from another window). */
export class RefusedChangeGoneError extends Error {
  override name = 'RefusedChangeGoneError';
  constructor(readonly refusalId: number) {
    super('This refused change is no longer on this device; it may have been discarded or sent again already.');
  }
}

/** What "edit and send again" hands over: the record as the form showed it, and as the user now wants it. */
export interface Resend {
  /**
   * The record as it is now, when the form opened (absent for a create,
   * whose record left the device with the refusal). Only fields that differ
   * from it are written, laid on the copy stored at the time of sending.
   */
  opened?: Row;
  /** The record's fields as the user corrected them. */
  edited: Row;
}

/**
 * The user's say over the changes the server refused (DESIGN §5, "Nothing
 * hidden"). They stay in the local `rejectedChanges` table, which never
 * syncs, until the user sends one again or discards it: nothing here runs on
 * its own. Screens reach this through the workspace (`workspace.refused`).
 */
export interface RefusedChanges {
  /** How many are waiting for the user: the navigation's count. */
  count(): Promise<number>;
  get(id: number): Promise<RejectedChange | undefined>;
  /** Removes one and returns it as it was, so Undo can put it back. */
  discard(id: number): Promise<RejectedChange>;
  /** Undo of a discard: the same change under the same id. */
  restore(change: RejectedChange): Promise<void>;
  /**
   * Sends the corrected change again as the user's new write, through the
   * repository (validated, with its outbox entry), and lets the refusal go in
   * the same transaction: either the new change is waiting to sync and the
   * refusal is gone, or nothing changed. A create whose record the server
   * never took is made again under its own id.
   */
  resend(id: number, resend: Resend): Promise<void>;
}

/** Without the stamps the repository sets on every write itself. */
const withoutManaged = (row: Row): Row => {
  const { updatedAt: _u, deleted: _d, ...rest } = row;
  return rest;
};

/** A create carries the whole record, its id included; an update only the fields it changed. */
export const isCreate = (change: Pick<RejectedChange, 'op' | 'patch'>): boolean => change.op === 'put' && 'id' in change.patch;

export const createRefusedChanges = (db: PartnerDeskDb, repo: Repository): RefusedChanges => {
  const stored = async (id: number): Promise<RejectedChange> => {
    const change = await db.rejectedChanges.get(id);
    if (!change) throw new RefusedChangeGoneError(id);
    return change;
  };

  return {
    count: () => db.rejectedChanges.count(),
    get: (id) => db.rejectedChanges.get(id),

    discard: (id) =>
      db.transaction('rw', db.rejectedChanges, async () => {
        const change = await stored(id);
        await db.rejectedChanges.delete(id);
        return change;
      }),

    restore: async (change) => {
      await db.rejectedChanges.put(change);
    },

    // The repository's transaction spans every table, so the refusal's removal joins the write.
    resend: (id, { opened, edited }) =>
      repo.transact(async (writer) => {
        const change = await stored(id);
        const table: EntityName = change.table;
        if (change.op === 'delete') throw new Error(`A refused delete of a ${entities[table].label.toLowerCase()} cannot be sent again from here.`);
        if (isCreate(change)) {
          await writer.create(table, { ...withoutManaged(edited), id: change.rowId } as NewRecord<typeof table>);
        } else {
          await writer.update(table, change.rowId, withoutManaged(edited) as RecordChanges<typeof table>, opened ? { opened } : {});
        }
        await db.rejectedChanges.delete(id);
      }),
  };
};
