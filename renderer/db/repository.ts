import Dexie, { type IndexableType } from 'dexie';
import { changeRefusal, derivedRecord } from '../../shared/domain/change-rules';
import { localDate } from '../../shared/domain/local-date';
import { entities, serverMadeTables, type EntityName, type EntityOf } from '../../shared/domain/entities';
import { newId } from '../../shared/domain/ids';
import { parseOrThrow, ValidationError } from '../../shared/domain/validation';
import { bulkLoad, type TableRows } from './bulk-load';
import type { PartnerDeskDb } from './database';
import { BatchRecordError, RecordNotFoundError, ServerMadeRecordError } from './errors';
import type { MutationOp, NewOutboxEntry, Patch } from './outbox';
import { layEdits } from './lay-edits';
import { changedFields, withoutUndefined } from './patch';
import { getRecord, listBy, listRecords, type IndexName } from './reads';
import { pendingFieldBases, readPendingWrites } from './pending-field-bases';
import { nextClocks, readCursor } from './sync-meta';

/** Fields the repository owns: callers never set them. */
type Managed = 'id' | 'updatedAt' | 'deleted';

/** A new record as the user entered it; the id may be given (e.g. made earlier to link children). */
export type NewRecord<N extends EntityName> = Omit<EntityOf<N>, Managed> & { id?: string };

/** The fields a user changed; a field set to undefined is cleared. */
export type RecordChanges<N extends EntityName> = Partial<Omit<EntityOf<N>, Managed>>;

/** How an update reads its changes. */
export interface UpdateOptions {
  /**
   * The record as the form first showed it. With it, `changes` is the whole
   * record as the form would save it, and only the fields that differ from
   * `opened` are written, laid on the copy stored now: a field the user did
   * not touch keeps whatever a pull brought while the form was open. Without
   * it, `changes` are written as given (a programmatic single-field write).
   */
  opened?: Readonly<Record<string, unknown>>;
}

/** The user writes, usable alone or together inside `transact`. */
export interface Writer {
  create<N extends EntityName>(table: N, input: NewRecord<N>): Promise<EntityOf<N>>;
  /**
   * Several new records of one table as one write: each validated and made
   * as `create` makes it, its outbox entry the same, but the clock, cursors
   * and pending writes read once and the rows stored in one bulk add. All or
   * none: one invalid record or an id already taken refuses the batch.
   */
  createMany<N extends EntityName>(table: N, inputs: readonly NewRecord<N>[]): Promise<EntityOf<N>[]>;
  update<N extends EntityName>(table: N, id: string, changes: RecordChanges<N>, options?: UpdateOptions): Promise<EntityOf<N>>;
  remove(table: EntityName, id: string): Promise<void>;
}

export interface Repository extends Writer {
  /**
   * Several user writes as one: all of them and their outbox entries are
   * stored, or none. `work` may only await the writer and the store: awaiting
   * anything else (a fetch, a timer) lets IndexedDB commit the transaction early.
   */
  transact<T>(work: (writer: Writer) => Promise<T>): Promise<T>;
  /** Rows that are not a user's change (demo seeding, sync pull): no validation, no outbox. */
  bulkLoad(tablesToRows: TableRows): Promise<number>;
  /** User writes not yet pushed. */
  pendingCount(): Promise<number>;
  get<N extends EntityName>(table: N, id: string): Promise<EntityOf<N> | undefined>;
  list<N extends EntityName>(table: N): Promise<EntityOf<N>[]>;
  listBy<N extends EntityName>(table: N, index: IndexName<N>, value: IndexableType): Promise<EntityOf<N>[]>;
}

export interface RepositoryOptions {
  /** Milliseconds since the epoch; tests pin it. */
  now?: () => number;
  /**
   * Told after every user write has committed (with its outbox entry): the
   * sync controller's cue to push soon. Not for sync's own writes (pulls,
   * push answers), which do not go through the repository.
   */
  onLocalWrite?: () => void;
}

type Row = EntityOf<EntityName>;

/**
 * The only path by which a user's change reaches the store (DESIGN §4): every
 * write validates against the entity's schema, then changes the record and
 * appends its outbox entry in one read-write transaction, so a failure at any
 * step leaves neither.
 */
export const createRepository = (db: PartnerDeskDb, options: RepositoryOptions = {}): Repository => {
  const now = options.now ?? Date.now;
  const tableOf = (table: EntityName) => db.table<Row, string>(table);

  const validate = <N extends EntityName>(table: N, row: unknown): EntityOf<N> => {
    const { schema, label } = entities[table];
    return withoutUndefined(parseOrThrow(schema, row, label) as EntityOf<N>);
  };

  /**
   * Runs one write with its outbox entry. When called inside `transact`,
   * Dexie joins the surrounding transaction instead of opening a new one.
   */
  const write = <T>(table: EntityName, work: (stamp: WriteStamp) => Promise<T>): Promise<T> =>
    db.transaction('rw', [tableOf(table), db.outbox, db.syncMeta], () => {
      const nowMs = now();
      const updatedAt = new Date(nowMs).toISOString();
      return work({
        updatedAt,
        append: async (writes) => {
          if (writes.length === 0) return;
          const hlcs = await nextClocks(db, nowMs, writes.length);
          const pending = await readPendingWrites(db, table, [...new Set(writes.map((w) => w.row.id))]);
          const cursors = new Map<string, number>();
          const entries: NewOutboxEntry[] = [];
          for (const [i, { row, op, patch, unseen = [] }] of writes.entries()) {
            let baseVersion = cursors.get(row.territoryId);
            if (baseVersion === undefined) {
              baseVersion = await readCursor(db, row.territoryId);
              cursors.set(row.territoryId, baseVersion);
            }
            const fieldBaseVersions = withUnseen(pendingFieldBases(pending.get(row.id), patch, baseVersion), unseen);
            entries.push({ table, rowId: row.id, op, patch, baseVersion, ...(fieldBaseVersions && { fieldBaseVersions }), hlc: hlcs[i]!, createdAt: updatedAt });
          }
          await db.outbox.bulkAdd(entries);
        },
      });
    });

  /**
   * What a device may do to a server-made record: only what its `userPatch`
   * allows, and never make or delete one. The server checks the same; here an
   * honest device never sends what would be refused.
   */
  const checkServerMade = (table: EntityName, changes?: object): void => {
    const rule = serverMadeTables[table];
    if (!rule) return;
    if (!changes) throw new ServerMadeRecordError(entities[table].label);
    parseOrThrow(rule.userPatch, changes, entities[table].label);
  };

  const writer: Writer = {
    create: (table, input) =>
      write(table, async ({ updatedAt, append }) => {
        checkServerMade(table);
        const row = validate(table, { ...input, id: input.id ?? newId(), updatedAt, deleted: false });
        // add, not put: reusing an existing id must fail rather than overwrite another record.
        await tableOf(table).add(row);
        await append([{ row, op: 'put', patch: { ...row } }]);
        return row;
      }),

    createMany: (table, inputs) =>
      write(table, async ({ updatedAt, append }) => {
        checkServerMade(table);
        const rows = inputs.map((input, index) => {
          try {
            return validate(table, { ...input, id: input.id ?? newId(), updatedAt, deleted: false });
          } catch (error) {
            throw new BatchRecordError(index, error);
          }
        });
        // bulkAdd, not bulkPut: an id already taken fails the batch (and the transaction) rather than overwrite.
        await tableOf(table)
          .bulkAdd(rows)
          .catch((error: unknown) => {
            throw firstFailure(error);
          });
        await append(rows.map((row) => ({ row, op: 'put', patch: { ...row } })));
        return rows;
      }),

    update: (table, id, changes, options = {}) =>
      write(table, async ({ updatedAt, append }) => {
        if (!options.opened) checkServerMade(table, changes);
        const stored = await tableOf(table).get(id);
        if (!stored || stored.deleted) throw new RecordNotFoundError(entities[table].label, id);
        const { fields, unseen } = options.opened ? layEdits(stored, options.opened, changes) : { fields: changes, unseen: [] };
        if (options.opened) checkServerMade(table, fields);
        // What the change derives (a partner's status history) is laid on the validated record, on this device's calendar day.
        const day = localDate(new Date(updatedAt));
        const row = derivedRecord(table, stored as EntityOf<typeof table>, validate(table, { ...stored, ...fields, id, deleted: false, updatedAt }), day);
        // The server refuses the same (a locked plan's targets): refused here, the form names the field and nothing is queued.
        const refusal = changeRefusal(table, stored as EntityOf<typeof table>, row, day);
        if (refusal) throw new ValidationError(entities[table].label, [{ field: refusal.field, message: refusal.reason }]);
        const { updatedAt: _stamp, ...patch } = changedFields(stored, row);
        // Saving an unchanged form is not a change: no new updatedAt, nothing to push.
        if (Object.keys(patch).length === 0) return stored as EntityOf<typeof table>;
        await tableOf(table).put(row);
        // The territory the row was in: a move is checked against the old territory's cursor.
        await append([{ row: stored, op: 'put', patch: { ...patch, updatedAt }, unseen: unseen.filter((field) => field in patch) }]);
        return row;
      }),

    remove: (table, id) =>
      write(table, async ({ updatedAt, append }) => {
        checkServerMade(table);
        const stored = await tableOf(table).get(id);
        if (!stored) throw new RecordNotFoundError(entities[table].label, id);
        if (stored.deleted) return;
        // A tombstone, not a delete: the server must learn of it, and other devices from the server.
        await tableOf(table).put({ ...stored, deleted: true, updatedAt });
        await append([{ row: stored, op: 'delete', patch: { deleted: true, updatedAt } }]);
      }),
  };

  // The writer itself is used inside `transact`, where the outer transaction's commit is the one to announce.
  const announced = <T>(written: Promise<T>): Promise<T> =>
    written.then((value) => {
      options.onLocalWrite?.();
      return value;
    });

  return {
    create: (table, input) => announced(writer.create(table, input)),
    createMany: (table, inputs) => announced(writer.createMany(table, inputs)),
    update: (table, id, changes, options) => announced(writer.update(table, id, changes, options)),
    remove: (table, id) => announced(writer.remove(table, id)),
    transact: (work) => announced(db.transaction('rw', [...db.tables], () => work(writer))),
    bulkLoad: (tablesToRows) => bulkLoad(db, tablesToRows),
    pendingCount: () => db.outbox.count(),
    get: (table, id) => getRecord(db, table, id),
    list: (table) => listRecords(db, table),
    listBy: (table, index, value) => listBy(db, table, index, value),
  };
};

interface WriteStamp {
  /** The write's time, the same for the record and its outbox entry. */
  updatedAt: string;
  /** The outbox entries of the records written, in the order written. */
  append(writes: readonly StampedWrite[]): Promise<void>;
}

interface StampedWrite {
  row: { id: string; territoryId: string };
  op: MutationOp;
  patch: Patch;
  /** Fields whose stored value the user never saw (see lay-edits.ts). */
  unseen?: readonly string[];
}

/**
 * A field the user changed after its stored value changed behind their form
 * goes up with base 0: whatever another device wrote there is then a
 * concurrent edit to the server, and the side that loses is kept as a
 * conflict record rather than overwritten unseen.
 */
const withUnseen = (bases: Record<string, number> | undefined, unseen: readonly string[]): Record<string, number> | undefined =>
  unseen.length === 0 ? bases : { ...bases, ...Object.fromEntries(unseen.map((field) => [field, 0])) };

/** A bulk add's first refused record, by its place in the batch; any other failure as it came. */
const firstFailure = (error: unknown): unknown => {
  if (!(error instanceof Dexie.BulkError)) return error;
  const [first] = Object.entries(error.failuresByPos).sort(([a], [b]) => Number(a) - Number(b));
  return first ? new BatchRecordError(Number(first[0]), first[1]) : error;
};
