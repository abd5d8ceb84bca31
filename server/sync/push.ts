import { GLOBAL_TERRITORY } from '../../shared/domain/common';
import { entities, type EntityName } from '../../shared/domain/entities';
import { validate } from '../../shared/domain/validation';
import { formatHlc, parseHlc } from '../../shared/sync/hlc';
import { MAX_CLOCK_AHEAD_MS, type MutationResult, type PushRequest, type PushResponse } from '../../shared/sync/protocol';
import { existingTerritories, territoriesOf, type Caller } from '../auth/users';
import { HttpError } from '../http/errors';
import { fieldMap } from '../http/validate';
import type { Queryable, Store } from '../store/db';
import { conflictRecord } from './conflict-records';
import { mergeFields } from './merge';
import { moveChildren } from './territory-move';
import { ALL_FIELDS, loadRows, rowKey, saveEvictions, saveRows, type FieldMeta, type StoredRow } from './rows';
import { canRead, partnerChildTables, writeRefusal, type Scope } from './scope';
import { unstorablePath } from './storable';
import { lockVersions, saveVersions } from './versions';

export interface PushOutcome {
  response: PushResponse;
  /** Territories whose rows changed, to poke. */
  changed: string[];
  /** The high-water version after the push. */
  version: number;
}

/**
 * Refuses the whole request, before anything is applied, when a clock cannot
 * be read or runs too far ahead of the server's: the device's clock is wrong
 * and every change it stamps would win every later conflict.
 */
export const checkClocks = (request: PushRequest, nowMs: number): void => {
  request.mutations.forEach((m, index) => {
    let wallMs: number;
    try {
      wallMs = parseHlc(m.hlc).wallMs;
    } catch {
      throw new HttpError(400, 'bad_request', 'A change carries a clock value the server cannot read.', {
        [`mutations.${index}.hlc`]: 'Clock is not a clock value',
      });
    }
    if (wallMs - nowMs > MAX_CLOCK_AHEAD_MS) {
      throw new HttpError(
        400,
        'clock_ahead',
        `This device's clock is ${Math.round((wallMs - nowMs) / 1000)} s ahead of the server's; check the date and time settings.`,
        undefined,
        nowMs,
      );
    }
  });
};

const childTables = new Set<EntityName>(partnerChildTables);

interface Refusal {
  mutationId: number;
  code: string;
  reason: string;
  fields?: Record<string, string>;
}

/** The refusals the device got before for the mutation ids it is sending again. */
const earlierRefusals = async (db: Queryable, clientId: string, repeated: { mutationId: number }[]): Promise<Map<number, Omit<Refusal, 'mutationId'>>> => {
  if (repeated.length === 0) return new Map();
  const rows = await db.query<{ mutation_id: string | number; code: string; reason: string; fields: Record<string, string> | null }>(
    `select mutation_id, code, reason, fields from rejected_mutations
      where client_id = $1 and mutation_id in (select jsonb_array_elements_text($2::jsonb)::bigint)`,
    [clientId, JSON.stringify(repeated.map((m) => m.mutationId))],
  );
  return new Map(rows.map((r) => [Number(r.mutation_id), { code: r.code, reason: r.reason, ...(r.fields ? { fields: r.fields } : {}) }]));
};

const saveRefusals = async (db: Queryable, clientId: string, refusals: Refusal[]): Promise<void> => {
  if (refusals.length === 0) return;
  await db.query(
    `insert into rejected_mutations (client_id, mutation_id, code, reason, fields)
     select $1, "mutationId", code, reason, fields from jsonb_to_recordset($2::jsonb)
       as x("mutationId" bigint, code text, reason text, fields jsonb)
     on conflict do nothing`,
    [clientId, JSON.stringify(refusals)],
  );
};

const userNames = async (db: Queryable, ids: Set<string>): Promise<Map<string, string>> => {
  const rows = await db.query<{ id: string; display_name: string; email: string }>(
    'select id, display_name, email from users where id in (select jsonb_array_elements_text($1::jsonb))',
    [JSON.stringify([...ids])],
  );
  return new Map(rows.map((r) => [r.id, r.display_name || r.email]));
};

/**
 * Applies one push request in one transaction (DESIGN §5): mutation ids the
 * device sent before are skipped, every other mutation is checked against
 * the caller's territories, merged field by field, validated as a whole
 * record and stored, and the device's last mutation id commits with them.
 */
export const applyPush = async (store: Store, caller: Caller, request: PushRequest, nowMs: number): Promise<PushOutcome> =>
  store.transaction(async (tx) => {
    const versions = await lockVersions(tx);
    const [client] = await tx.query<{ user_id: string; last_mutation_id: string | number }>(
      'select user_id, last_mutation_id from clients where client_id = $1',
      [request.clientId],
    );
    if (client && client.user_id !== caller.id) {
      throw new HttpError(403, 'forbidden', 'This device id is registered to another user; sign out and in again to get a new one.');
    }
    let last = Number(client?.last_mutation_id ?? 0);
    const fresh = request.mutations.filter((m) => m.mutationId > last);
    const refusedBefore = await earlierRefusals(tx, request.clientId, request.mutations.filter((m) => m.mutationId <= last));
    const refusedKeys = request.mutations.filter((m) => refusedBefore.has(m.mutationId)).map((m) => ({ tbl: m.table, id: m.rowId }));

    const scope: Scope = { caller, territories: new Set(await territoriesOf(tx, caller)) };
    const known = new Set(caller.role === 'hq' ? scope.territories : await existingTerritories(tx));
    const rows = new Map<string, StoredRow>();
    for (const row of await loadRows(tx, [...fresh.map((m) => ({ tbl: m.table, id: m.rowId })), ...refusedKeys])) rows.set(rowKey(row.tbl, row.id), row);
    // Partners of the child rows being written, so a child always lands in its partner's territory.
    const partnerIds = new Set<string>();
    for (const m of fresh) {
      if (!childTables.has(m.table)) continue;
      const pid = m.patch.partnerId ?? rows.get(rowKey(m.table, m.rowId))?.data.partnerId;
      if (typeof pid === 'string') partnerIds.add(pid);
    }
    for (const row of await loadRows(tx, [...partnerIds].map((id) => ({ tbl: 'partners', id })))) rows.set(rowKey(row.tbl, row.id), row);
    const userIds = new Set<string>([caller.id]);
    for (const row of rows.values()) for (const meta of Object.values(row.fields)) userIds.add(meta.u);
    const names = await userNames(tx, userIds);
    const nameOf = (id: string): string => names.get(id) ?? 'Someone';

    const nowIso = new Date(nowMs).toISOString();
    const serverClock = formatHlc({ wallMs: nowMs, counter: 0, node: 'server' });
    const dirty = new Set<string>();
    const evictions: { tbl: string; id: string; from: string; version: number }[] = [];
    const moves: { partnerId: string; from: string; to: string; meta: FieldMeta }[] = [];
    const changed = new Set<string>();
    const results: MutationResult[] = [];
    const refusals: Refusal[] = [];
    const visible = (row: StoredRow | undefined) => (row && canRead(scope, row.territoryId) ? row.data : null);

    for (const m of request.mutations) {
      if (m.mutationId <= last) {
        const refused = refusedBefore.get(m.mutationId);
        // The refusal again, with the record as it is now, so a device that missed the first answer keeps the change.
        const rejected = refused && { ...refused, current: visible(rows.get(rowKey(m.table, m.rowId))) };
        results.push({ mutationId: m.mutationId, status: 'duplicate', ...(rejected ? { rejected } : {}) });
        continue;
      }
      last = m.mutationId;
      const key = rowKey(m.table, m.rowId);
      const stored = rows.get(key);
      const label = entities[m.table].label;
      const reject = (code: string, reason: string, fields?: Record<string, string>): void => {
        // The server's copy goes back only to someone allowed to read it.
        results.push({ mutationId: m.mutationId, status: 'rejected', code, reason, ...(fields ? { fields } : {}), current: visible(stored) });
        refusals.push({ mutationId: m.mutationId, code, reason, ...(fields ? { fields } : {}) });
      };

      const oldRefusal = stored && writeRefusal(scope, m.table, stored.territoryId);
      if (oldRefusal) {
        reject('forbidden', oldRefusal);
        continue;
      }
      if (m.op === 'delete' && !stored) {
        reject('not_found', `The ${label.toLowerCase()} to delete does not exist on the server.`);
        continue;
      }
      const unstorable = unstorablePath(m.patch);
      if (unstorable !== undefined) {
        reject('bad_request', `${label} was not saved: a value contains characters that cannot be stored.`, {
          [unstorable]: 'Contains characters that cannot be stored (a NUL or a broken character)',
        });
        continue;
      }

      const version = versions.next();
      const incoming: FieldMeta = { h: m.hlc, v: version, c: request.clientId, u: caller.id };
      const patch = m.op === 'delete' ? { ...m.patch, deleted: true } : m.patch;
      const merged = mergeFields(stored, patch, incoming, m.baseVersion, {
        recordConflicts: m.table !== 'conflicts',
        fieldBaseVersions: m.fieldBaseVersions,
      });
      const data = merged.data;
      if (data.id === undefined) data.id = m.rowId;
      if (data.id !== m.rowId) {
        reject('bad_request', `${label} was not saved: its id does not match the record being changed.`, { id: 'Record id must match the record being changed' });
        continue;
      }
      if (childTables.has(m.table) && typeof data.partnerId === 'string') {
        const partner = rows.get(rowKey('partners', data.partnerId));
        if (partner && partner.territoryId !== data.territoryId) {
          data.territoryId = partner.territoryId;
          merged.fields.territoryId = incoming;
        }
      }
      if (typeof data.territoryId === 'string') {
        const refusal = writeRefusal(scope, m.table, data.territoryId);
        if (refusal) {
          reject('forbidden', refusal);
          continue;
        }
        const needsTerritory = m.table !== 'territories' && data.territoryId !== GLOBAL_TERRITORY;
        if (needsTerritory && !known.has(data.territoryId)) {
          reject('bad_request', `${label} was not saved: its territory does not exist.`, { territoryId: 'Territory does not exist' });
          continue;
        }
      }
      const checked = validate(entities[m.table].schema, data);
      if (!checked.ok) {
        const fields = fieldMap(checked.errors);
        reject('bad_request', `${label} was not saved: ${Object.values(fields).join('; ')}`, fields);
        continue;
      }

      const value = checked.value as Record<string, unknown>;
      const row: StoredRow = {
        tbl: m.table,
        id: m.rowId,
        territoryId: value.territoryId as string,
        data: value,
        fields: merged.fields,
        version,
        deleted: value.deleted === true,
      };
      rows.set(key, row);
      dirty.add(key);
      changed.add(row.territoryId);
      if (m.table === 'territories') {
        if (row.deleted) known.delete(row.id);
        else known.add(row.id);
      }
      if (stored && stored.territoryId !== row.territoryId) {
        changed.add(stored.territoryId);
        evictions.push({ tbl: m.table, id: m.rowId, from: stored.territoryId, version });
        if (m.table === 'partners') moves.push({ partnerId: m.rowId, from: stored.territoryId, to: row.territoryId, meta: incoming });
      }

      const conflictIds: string[] = [];
      for (const c of merged.conflicts) {
        const record = conflictRecord(m.table, m.rowId, row.territoryId, value, c, nameOf, nowIso);
        const cVersion = versions.next();
        const meta: FieldMeta = { h: serverClock, v: cVersion, c: 'server', u: caller.id };
        rows.set(rowKey('conflicts', record.id), {
          tbl: 'conflicts',
          id: record.id,
          territoryId: row.territoryId,
          data: record,
          fields: { [ALL_FIELDS]: meta },
          version: cVersion,
          deleted: false,
        });
        dirty.add(rowKey('conflicts', record.id));
        conflictIds.push(record.id);
      }
      results.push(
        conflictIds.length > 0 || merged.incomingLost
          ? { mutationId: m.mutationId, status: 'merged', version, conflictIds }
          : { mutationId: m.mutationId, status: 'applied', version },
      );
    }

    await saveRows(tx, [...dirty].map((k) => rows.get(k)!));
    await saveEvictions(tx, evictions);
    await saveRefusals(tx, request.clientId, refusals);
    for (const move of moves) await moveChildren(tx, move, versions);
    await tx.query(
      `insert into clients (client_id, user_id, last_mutation_id) values ($1, $2, $3)
       on conflict (client_id) do update set last_mutation_id = excluded.last_mutation_id, updated_at = now()`,
      [request.clientId, caller.id, last],
    );
    await saveVersions(tx, versions);
    return { response: { results, lastMutationId: last, serverTime: nowMs }, changed: [...changed], version: versions.last };
  });
