import { GLOBAL_TERRITORY } from '../../shared/domain/common';
import { entities, serverMadeTables, type EntityName } from '../../shared/domain/entities';
import { fieldLabels } from '../../shared/domain/field-labels';
import { fieldMap, validate } from '../../shared/domain/validation';
import { MAX_PUSH_BYTES, type Mutation, type MutationResult } from '../../shared/sync/protocol';
import type { Caller } from '../auth/users';
import { conflictRecord } from './conflict-records';
import { mergeFields } from './merge';
import type { Refusal } from './mutation-log';
import { dropClearedFields, strippedKeys, unknownFields } from './record-fields';
import { ALL_FIELDS, rowKey, type FieldMeta, type StoredRow } from './rows';
import { canRead, partnerChildTables, writeRefusal, type Scope } from './scope';
import { serverMadeRefusal } from './server-made';
import { SERVER_CLIENT } from './server-writes';
import { unstorablePath } from './storable';
import type { VersionAllocator } from './versions';

/**
 * Everything one push works on and everything it will write, shared by its
 * mutations in order: a later mutation of the batch sees what an earlier one
 * did to the same record. Nothing here touches the database; push.ts loads
 * it first and saves it after.
 */
export interface PushWork {
  caller: Caller;
  clientId: string;
  scope: Scope;
  /** Territories a record may be written into. */
  known: Set<string>;
  /** The records the batch names (and the partners of child records), as stored and then as changed. */
  rows: Map<string, StoredRow>;
  versions: VersionAllocator;
  nowIso: string;
  /** The clock server-made records are stamped with. */
  serverClock: string;
  nameOf(userId: string): string;
  dirty: Set<string>;
  evictions: { tbl: string; id: string; from: string; version: number }[];
  moves: { partnerId: string; from: string; to: string; meta: FieldMeta }[];
  /** Territories whose records changed, to poke. */
  changed: Set<string>;
}

export interface MutationAnswer {
  result: MutationResult;
  /** Kept in the mutation log, so a re-sent change hears the same refusal. */
  refusal: Refusal | null;
}

const childTables = new Set<EntityName>(partnerChildTables);

/** How many unknown fields an answer names; a patch with thousands gets a short answer. */
const NAMED_FIELDS = 20;

const megabytes = (bytes: number): string => `${(bytes / 1_000_000).toFixed(1)} MB`;

/** A patch with every field a record needs: how a device creates one. */
const isCreate = (m: Mutation): boolean => m.op === 'put' && typeof m.patch.id === 'string' && typeof m.patch.territoryId === 'string';

/**
 * One mutation, checked and merged into `work`: the caller's rights on the
 * record as stored and as it will be, its fields against the schema, field
 * by field against concurrent edits (DESIGN §5). A refusal changes nothing.
 */
export const applyMutation = (work: PushWork, m: Mutation): MutationAnswer => {
  const key = rowKey(m.table, m.rowId);
  const found = work.rows.get(key);
  // A record the caller may not read is, to them, a record that does not exist: no answer may confirm it.
  const stored = found && canRead(work.scope, found.territoryId) ? found : undefined;
  const label = entities[m.table].label;
  const reject = (code: string, reason: string, fields?: Record<string, string>): MutationAnswer => ({
    result: { mutationId: m.mutationId, status: 'rejected', code, reason, ...(fields ? { fields } : {}), current: stored?.data ?? null },
    refusal: { code, reason, ...(fields ? { fields } : {}) },
  });

  if (m.tooLarge) {
    const field = fieldLabels[m.tooLarge.field] ?? m.tooLarge.field;
    return reject(
      'payload_too_large',
      `This change is too large to sync: ${megabytes(m.tooLarge.bytes)}, and one change can be at most ${megabytes(MAX_PUSH_BYTES)}. Shorten ${field} and save it again.`,
      { [m.tooLarge.field]: `${field} makes the change too large to sync; shorten it` },
    );
  }
  const unstorable = unstorablePath(m.patch);
  if (unstorable !== undefined) {
    return reject('bad_request', `${label} was not saved: a value contains characters that cannot be stored.`, {
      [unstorable]: 'Contains characters that cannot be stored (a NUL or a broken character)',
    });
  }
  const unknown = unknownFields(m.table, m.patch);
  if (unknown.length > 0) {
    return reject(
      'bad_request',
      `${label} was not saved: ${unknown.length === 1 ? 'a field it does not have' : `${unknown.length} fields it does not have`} (${unknown.slice(0, 5).join(', ')}).`,
      Object.fromEntries(unknown.slice(0, NAMED_FIELDS).map((field) => [field, `Is not a field of a ${label.toLowerCase()}`])),
    );
  }
  if (!stored && (found || !isCreate(m))) {
    return reject('not_found', `The ${label.toLowerCase()} is not on the server, or is not yours to change.`);
  }
  const oldRefusal = stored && writeRefusal(work.scope, m.table, stored.territoryId);
  if (oldRefusal) return reject('forbidden', oldRefusal);
  const serverMade = serverMadeRefusal(m, stored, work.scope);
  if (serverMade) return reject(serverMade.code, serverMade.reason, serverMade.fields);

  // The version this write will get if it is stored; a refused write takes none, so refusals leave the counter alone.
  const version = work.versions.last + 1;
  const incoming: FieldMeta = { h: m.hlc, v: version, c: work.clientId, u: work.caller.id };
  const patch = m.op === 'delete' ? { ...m.patch, deleted: true } : m.patch;
  const merged = mergeFields(stored, patch, incoming, m.baseVersion, {
    recordConflicts: serverMadeTables[m.table] === undefined,
    fieldBaseVersions: m.fieldBaseVersions,
  });
  const data = merged.data;
  if (data.id === undefined) data.id = m.rowId;
  if (data.id !== m.rowId) {
    return reject('bad_request', `${label} was not saved: its id does not match the record being changed.`, { id: 'Record id must match the record being changed' });
  }
  if (childTables.has(m.table) && typeof data.partnerId === 'string') {
    // A child always lands in its partner's territory.
    const partner = work.rows.get(rowKey('partners', data.partnerId));
    if (partner && partner.territoryId !== data.territoryId) {
      data.territoryId = partner.territoryId;
      merged.fields.territoryId = incoming;
    }
  }
  dropClearedFields(m.table, data);
  if (typeof data.territoryId === 'string') {
    const refusal = writeRefusal(work.scope, m.table, data.territoryId);
    if (refusal) return reject('forbidden', refusal);
    const needsTerritory = m.table !== 'territories' && data.territoryId !== GLOBAL_TERRITORY;
    if (needsTerritory && !work.known.has(data.territoryId)) {
      return reject('bad_request', `${label} was not saved: its territory does not exist.`, { territoryId: 'Territory does not exist' });
    }
  }
  const checked = validate(entities[m.table].schema, data);
  if (!checked.ok) {
    const fields = fieldMap(checked.errors);
    return reject('bad_request', `${label} was not saved: ${Object.values(fields).join('; ')}`, fields);
  }
  const value = checked.value as Record<string, unknown>;
  const stripped = strippedKeys(patch, value);
  if (stripped.length > 0) {
    return reject(
      'bad_request',
      `${label} was not saved: it holds fields a ${label.toLowerCase()} does not have (${stripped.slice(0, 5).join(', ')}).`,
      Object.fromEntries(stripped.slice(0, NAMED_FIELDS).map((field) => [field, `Is not a field of a ${label.toLowerCase()}`])),
    );
  }

  work.versions.next();
  const row: StoredRow = {
    tbl: m.table,
    id: m.rowId,
    territoryId: value.territoryId as string,
    data: value,
    fields: merged.fields,
    version,
    deleted: value.deleted === true,
  };
  work.rows.set(key, row);
  work.dirty.add(key);
  work.changed.add(row.territoryId);
  if (m.table === 'territories') {
    if (row.deleted) work.known.delete(row.id);
    else work.known.add(row.id);
  }
  if (stored && stored.territoryId !== row.territoryId) {
    work.changed.add(stored.territoryId);
    work.evictions.push({ tbl: m.table, id: m.rowId, from: stored.territoryId, version });
    if (m.table === 'partners') work.moves.push({ partnerId: m.rowId, from: stored.territoryId, to: row.territoryId, meta: incoming });
  }

  // The server alone makes conflict records: one for every field two people changed without seeing each other's change.
  const conflictIds: string[] = [];
  for (const c of merged.conflicts) {
    const record = conflictRecord(m.table, m.rowId, row.territoryId, value, c, work.nameOf, work.nowIso);
    const cVersion = work.versions.next();
    const meta: FieldMeta = { h: work.serverClock, v: cVersion, c: SERVER_CLIENT, u: work.caller.id };
    const cKey = rowKey('conflicts', record.id);
    work.rows.set(cKey, { tbl: 'conflicts', id: record.id, territoryId: row.territoryId, data: record, fields: { [ALL_FIELDS]: meta }, version: cVersion, deleted: false });
    work.dirty.add(cKey);
    conflictIds.push(record.id);
  }
  const result: MutationResult =
    conflictIds.length > 0 || merged.incomingLost
      ? { mutationId: m.mutationId, status: 'merged', version, conflictIds }
      : { mutationId: m.mutationId, status: 'applied', version };
  return { result, refusal: null };
};
