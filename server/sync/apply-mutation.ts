import { isDeepStrictEqual } from 'node:util';
import { GLOBAL_TERRITORY } from '../../shared/domain/common';
import { authorStamps, entities, serverMadeTables, type EntityName } from '../../shared/domain/entities';
import { fieldLabels } from '../../shared/domain/field-labels';
import { fieldMap, validate } from '../../shared/domain/validation';
import type { Opportunity } from '../../shared/domain/opportunity';
import { MAX_PUSH_BYTES, type Mutation, type MutationResult } from '../../shared/sync/protocol';
import type { Caller } from '../auth/users';
import { changeRuleRefusal, stampTierChanges } from './change-rules';
import { conflictRecord } from './conflict-records';
import { mergeFields, type MergeResult } from './merge';
import type { Refusal } from './mutation-log';
import { dropClearedFields, strippedKeys, unknownFields } from './record-fields';
import { ALL_FIELDS, rowKey, type FieldMeta, type StoredRow } from './rows';
import { canRead, partnerChildTables, writeRefusal, type Scope } from './scope';
import { registrationOnPush, type RegistrationWork } from './registration-rules';
import { ruleVersionRefusal, type RuleVersionWork } from './rule-versions';
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
  /** Program settings and conflict candidates for the deal registrations in the batch (registration-rules.ts). */
  registrations?: RegistrationWork;
  /** Stored tier-rule versions and closed quarters for the program rules in the batch (rule-versions.ts). */
  ruleVersions?: RuleVersionWork;
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

/** Why a change is refused, in the protocol's words; nothing of it is stored. */
interface Refused {
  code: string;
  reason: string;
  fields?: Record<string, string>;
}

const notAField = (label: string, fields: string[]): Record<string, string> =>
  Object.fromEntries(fields.slice(0, NAMED_FIELDS).map((field) => [field, `Is not a field of a ${label.toLowerCase()}`]));

/** Step 1: what the change says, before any record is looked at: a stand-in, unstorable text, fields no record has. */
const checkShape = (m: Mutation, label: string): Refused | undefined => {
  if (m.tooLarge) {
    const field = fieldLabels[m.tooLarge.field] ?? m.tooLarge.field;
    return {
      code: 'payload_too_large',
      reason: `This change is too large to sync: ${megabytes(m.tooLarge.bytes)}, and one change can be at most ${megabytes(MAX_PUSH_BYTES)}. Shorten ${field} and save it again.`,
      fields: { [m.tooLarge.field]: `${field} makes the change too large to sync; shorten it` },
    };
  }
  const unstorable = unstorablePath(m.patch);
  if (unstorable !== undefined) {
    return {
      code: 'bad_request',
      reason: `${label} was not saved: a value contains characters that cannot be stored.`,
      fields: { [unstorable]: 'Contains characters that cannot be stored (a NUL or a broken character)' },
    };
  }
  const unknown = unknownFields(m.table, m.patch);
  if (unknown.length === 0) return undefined;
  const count = unknown.length === 1 ? 'a field it does not have' : `${unknown.length} fields it does not have`;
  return { code: 'bad_request', reason: `${label} was not saved: ${count} (${unknown.slice(0, 5).join(', ')}).`, fields: notAField(label, unknown) };
};

const actedFields = (m: Mutation, reason: string): Record<string, string> =>
  Object.fromEntries(Object.keys(m.patch).filter((field) => field !== 'updatedAt').slice(0, NAMED_FIELDS).map((field) => [field, reason]));

/** Step 2: may the caller change this record as it is stored? A record they cannot read does not exist for them. */
const checkScope = (work: PushWork, m: Mutation, found: StoredRow | undefined, stored: StoredRow | undefined, label: string): Refused | undefined => {
  if (!stored && (found || !isCreate(m))) return { code: 'not_found', reason: `The ${label.toLowerCase()} is not on the server, or is not yours to change.` };
  const refusal = stored && writeRefusal(work.scope, m.table, stored.territoryId);
  // Acting on a server-made record (approving a statement) is refused naming what the act changes.
  if (refusal) return { code: 'forbidden', reason: refusal, ...(serverMadeTables[m.table] && { fields: actedFields(m, refusal) }) };
  return serverMadeRefusal(m, stored, work.scope);
};

interface Merge {
  merged: MergeResult;
  incoming: FieldMeta;
  /** What the change set, a delete's tombstone flag included. */
  patch: Record<string, unknown>;
  /** The version the write gets if it is stored; a refused write takes none, so refusals leave the counter alone. */
  version: number;
}

/**
 * Who acted on a server-made record, and when, is the server's to say: the
 * signed-in caller and the server's clock, written over whatever the patch
 * or the device's copy held (e.g. who approved a statement).
 */
const stampAct = (work: PushWork, m: Mutation, stored: StoredRow | undefined, merged: MergeResult, incoming: FieldMeta): void => {
  const actor = { userId: work.caller.id, userName: work.nameOf(work.caller.id), at: work.nowIso };
  const acted = serverMadeTables[m.table]?.stamp;
  // A record a device makes whose author the server names (a rule history record) is stamped on its first arrival only.
  const authored = authorStamps[m.table];
  const fields = acted ? (stored ? acted(stored.data, merged.data, actor) : {}) : authored && !stored ? authored(actor) : {};
  for (const [field, value] of Object.entries(fields)) {
    merged.data[field] = value;
    merged.fields[field] = incoming;
  }
};

/** Step 3: the change laid on the stored record field by field, concurrent edits settled by clock (merge.ts). */
const mergeChange = (work: PushWork, m: Mutation, stored: StoredRow | undefined): Merge => {
  const version = work.versions.last + 1;
  const incoming: FieldMeta = { hlc: m.hlc, version, clientId: work.clientId, userId: work.caller.id };
  const patch = m.op === 'delete' ? { ...m.patch, deleted: true } : m.patch;
  const merged = mergeFields(stored, patch, incoming, m.baseVersion, {
    recordConflicts: serverMadeTables[m.table] === undefined,
    fieldBaseVersions: m.fieldBaseVersions,
  });
  if (merged.data.id === undefined) merged.data.id = m.rowId;
  if (childTables.has(m.table) && typeof merged.data.partnerId === 'string') {
    // A child always lands in its partner's territory.
    const partner = work.rows.get(rowKey('partners', merged.data.partnerId));
    if (partner && partner.territoryId !== merged.data.territoryId) {
      merged.data.territoryId = partner.territoryId;
      merged.fields.territoryId = incoming;
    }
  }
  dropClearedFields(m.table, merged.data);
  stampAct(work, m, stored, merged, incoming);
  return { merged, incoming, patch, version };
};

/** Step 4: the merged record as it would be stored: its id, the territory it lands in, its schema, nothing stripped. */
const validateMerged = (work: PushWork, m: Mutation, { merged, patch }: Merge, label: string): Refused | { value: Record<string, unknown> } => {
  const data = merged.data;
  if (data.id !== m.rowId) return { code: 'bad_request', reason: `${label} was not saved: its id does not match the record being changed.`, fields: { id: 'Record id must match the record being changed' } };
  if (typeof data.territoryId === 'string') {
    const refusal = writeRefusal(work.scope, m.table, data.territoryId);
    if (refusal) return { code: 'forbidden', reason: refusal };
    const needsTerritory = m.table !== 'territories' && data.territoryId !== GLOBAL_TERRITORY;
    if (needsTerritory && !work.known.has(data.territoryId)) {
      return { code: 'bad_request', reason: `${label} was not saved: its territory does not exist.`, fields: { territoryId: 'Territory does not exist' } };
    }
  }
  const checked = validate(entities[m.table].schema, data);
  if (!checked.ok) {
    const fields = fieldMap(checked.errors);
    return { code: 'bad_request', reason: `${label} was not saved: ${Object.values(fields).join('; ')}`, fields };
  }
  const value = checked.value as Record<string, unknown>;
  const stripped = strippedKeys(patch, value);
  if (stripped.length > 0) {
    return { code: 'bad_request', reason: `${label} was not saved: it holds fields a ${label.toLowerCase()} does not have (${stripped.slice(0, 5).join(', ')}).`, fields: notAField(label, stripped) };
  }
  return { value };
};

/**
 * Step 4c: a deal's registration as the server takes it: the lifecycle step
 * the device took, taken again for the caller on the server's date, and
 * checked for channel conflicts (registration-rules.ts). Its fields replace
 * the device's in the record to store; a step refused is refused whole.
 */
const takeRegistration = (work: PushWork, m: Mutation, stored: StoredRow | undefined, value: Record<string, unknown>, { merged, incoming }: Merge, label: string): Refused | undefined => {
  if (m.table !== 'opportunities') return undefined;
  const taken = registrationOnPush(stored?.data as Opportunity | undefined, value as Opportunity, {
    caller: work.caller,
    today: work.nowIso.slice(0, 10),
    work: work.registrations ?? { settings: null, candidates: new Map() },
    batchRows: work.rows.values(),
  });
  if (!taken.ok) {
    const what = fieldLabels[taken.field] ?? 'Registration';
    return { code: taken.code, reason: `${label} was not saved: ${what} ${taken.message}`, fields: { [taken.field]: taken.message } };
  }
  for (const [field, next] of Object.entries(taken.patch)) {
    value[field] = next;
    merged.fields[field] = incoming;
    // The lifecycle, not the clock, settled a field two devices wrote: a conflict record says what was kept.
    for (const c of merged.conflicts) {
      if (c.field !== field) continue;
      if (isDeepStrictEqual(next, c.lost.value)) [c.kept, c.lost] = [c.lost, c.kept];
      else c.kept = { ...c.kept, value: next };
    }
  }
  return undefined;
};

/** Step 5: the record into the batch's writes, with the territories to poke and, for a move, what follows it. */
const store = (work: PushWork, m: Mutation, stored: StoredRow | undefined, value: Record<string, unknown>, { merged, incoming, version }: Merge): StoredRow => {
  work.versions.next();
  const row: StoredRow = { tbl: m.table, id: m.rowId, territoryId: value.territoryId as string, data: value, fields: merged.fields, version, deleted: value.deleted === true };
  const key = rowKey(m.table, m.rowId);
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
  return row;
};

/** Step 6: a conflict record, made by the server alone, for every field two people changed without seeing each other's change. */
const recordConflicts = (work: PushWork, m: Mutation, row: StoredRow, { merged }: Merge): string[] =>
  merged.conflicts.map((c) => {
    const record = conflictRecord(m.table, m.rowId, row.territoryId, row.data, c, work.nameOf, work.nowIso);
    const version = work.versions.next();
    const meta: FieldMeta = { hlc: work.serverClock, version, clientId: SERVER_CLIENT, userId: work.caller.id };
    const key = rowKey('conflicts', record.id);
    work.rows.set(key, { tbl: 'conflicts', id: record.id, territoryId: row.territoryId, data: record, fields: { [ALL_FIELDS]: meta }, version, deleted: false });
    work.dirty.add(key);
    return record.id;
  });

/**
 * One mutation through the steps above, into `work` (DESIGN §5). A refusal
 * at any step changes nothing, and its answer carries the server's copy of
 * the record only for a caller who may read it.
 */
export const applyMutation = (work: PushWork, m: Mutation): MutationAnswer => {
  const found = work.rows.get(rowKey(m.table, m.rowId));
  // A record the caller may not read is, to them, a record that does not exist: no answer may confirm it.
  const stored = found && canRead(work.scope, found.territoryId) ? found : undefined;
  const label = entities[m.table].label;
  const reject = ({ code, reason, fields }: Refused): MutationAnswer => ({
    result: { mutationId: m.mutationId, status: 'rejected', code, reason, ...(fields ? { fields } : {}), current: stored?.data ?? null },
    refusal: { code, reason, ...(fields ? { fields } : {}) },
  });

  const refused = checkShape(m, label) ?? checkScope(work, m, found, stored, label);
  if (refused) return reject(refused);
  const merge = mergeChange(work, m, stored);
  const checked = validateMerged(work, m, merge, label);
  if (!('value' in checked)) return reject(checked);
  stampTierChanges(m, stored, checked.value, { userId: work.caller.id, name: work.nameOf(work.caller.id) });
  const ruled = changeRuleRefusal(m, stored, checked.value, label, work.nowIso);
  if (ruled) return reject(ruled);
  const registered = takeRegistration(work, m, stored, checked.value, merge, label);
  if (registered) return reject(registered);
  const versioned = ruleVersionRefusal(work.ruleVersions, m, stored, checked.value, work.rows.values());
  if (versioned) {
    const what = fieldLabels[versioned.field] ?? 'Version';
    return reject({ code: versioned.code, reason: `${label} was not saved: ${what} ${versioned.message}`, fields: { [versioned.field]: versioned.message } });
  }
  const row = store(work, m, stored, checked.value, merge);
  const conflictIds = recordConflicts(work, m, row, merge);
  const result: MutationResult =
    conflictIds.length > 0 || merge.merged.incomingLost
      ? { mutationId: m.mutationId, status: 'merged', version: merge.version, conflictIds }
      : { mutationId: m.mutationId, status: 'applied', version: merge.version };
  return { result, refusal: null };
};
