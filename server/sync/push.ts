import { parseHlc, formatHlc } from '../../shared/sync/hlc';
import { MAX_CLOCK_AHEAD_MS, type MutationResult, type PushRequest, type PushResponse } from '../../shared/sync/protocol';
import { existingTerritories, territoriesOf, type Caller } from '../auth/users';
import type { Queryable, Store } from '../store/db';
import { applyMutation, type PushWork } from './apply-mutation';
import { checkRisingIds, earlierAnswer, loadLog, mutationDigest, saveLog, type ClientState, type Refusal } from './mutation-log';
import { PushRefused } from './push-refusal';
import { loadRegistrationWork } from './registration-work';
import { loadRuleVersionWork } from './rule-versions';
import { loadRows, rowKey, saveEvictions, saveRows, type StoredRow } from './rows';
import { canRead, partnerChildTables } from './scope';
import { SERVER_CLIENT } from './server-writes';
import { moveChildren } from './territory-move';
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
      throw new PushRefused('bad_request', 'A change carries a clock value the server cannot read.', {
        fields: { [`mutations.${index}.hlc`]: 'Clock is not a clock value' },
      });
    }
    if (wallMs - nowMs > MAX_CLOCK_AHEAD_MS) {
      throw new PushRefused(
        'clock_ahead',
        `This device's clock is ${Math.round((wallMs - nowMs) / 1000)} s ahead of the server's; check the date and time settings.`,
        { serverTime: nowMs },
      );
    }
  });
};

const childTables = new Set<string>(partnerChildTables);

/** The device's standing: who it belongs to, the last change number taken, where the log starts. */
const clientState = async (tx: Queryable, clientId: string, caller: Caller): Promise<ClientState> => {
  const [client] = await tx.query<{ user_id: string; last_mutation_id: string | number; logged_from: string | number }>(
    'select user_id, last_mutation_id, logged_from from clients where client_id = $1',
    [clientId],
  );
  if (client && client.user_id !== caller.id) {
    throw new PushRefused('forbidden', 'This device id is registered to another user; sign out and in again to get a new one.');
  }
  return { last: Number(client?.last_mutation_id ?? 0), loggedFrom: Number(client?.logged_from ?? 0) };
};

const userNames = async (db: Queryable, ids: Set<string>): Promise<Map<string, string>> => {
  const rows = await db.query<{ id: string; display_name: string; email: string }>(
    'select id, display_name, email from users where id in (select jsonb_array_elements_text($1::jsonb))',
    [JSON.stringify([...ids])],
  );
  return new Map(rows.map((r) => [r.id, r.display_name || r.email]));
};

/** The records the batch names, the partners of the child records among them, and the names of their writers. */
const loadWork = async (tx: Queryable, caller: Caller, request: PushRequest, versions: PushWork['versions'], nowMs: number): Promise<PushWork> => {
  const territories = new Set(await territoriesOf(tx, caller));
  const known = new Set(caller.role === 'hq' ? territories : await existingTerritories(tx));
  const rows = new Map<string, StoredRow>();
  for (const row of await loadRows(tx, request.mutations.map((m) => ({ tbl: m.table, id: m.rowId })))) rows.set(rowKey(row.tbl, row.id), row);
  const partnerIds = new Set<string>();
  for (const m of request.mutations) {
    if (!childTables.has(m.table)) continue;
    const pid = m.patch.partnerId ?? rows.get(rowKey(m.table, m.rowId))?.data.partnerId;
    if (typeof pid === 'string') partnerIds.add(pid);
  }
  for (const row of await loadRows(tx, [...partnerIds].map((id) => ({ tbl: 'partners', id })))) rows.set(rowKey(row.tbl, row.id), row);
  const userIds = new Set<string>([caller.id]);
  for (const row of rows.values()) for (const meta of Object.values(row.fields)) userIds.add(meta.userId);
  const names = await userNames(tx, userIds);
  const registrations = await loadRegistrationWork(tx, request.mutations, rows, new Date(nowMs).toISOString().slice(0, 10));
  const ruleVersions = await loadRuleVersionWork(tx, request.mutations);
  return {
    caller,
    clientId: request.clientId,
    scope: { caller, territories },
    known,
    rows,
    versions,
    nowIso: new Date(nowMs).toISOString(),
    serverClock: formatHlc({ wallMs: nowMs, counter: 0, node: SERVER_CLIENT }),
    nameOf: (id) => names.get(id) ?? 'Someone',
    dirty: new Set(),
    evictions: [],
    moves: [],
    changed: new Set(),
    registrations,
    ...(ruleVersions && { ruleVersions }),
  };
};

/**
 * Applies one push request in one transaction (DESIGN §5). Change numbers
 * must rise; one the device sent before is answered from the log (a
 * re-send), and one reused for a different change refuses the whole request.
 * Every other mutation is checked against the caller's rights, merged field
 * by field, validated as a whole record and stored; the log and the device's
 * last change number commit with them.
 */
export const applyPush = async (store: Store, caller: Caller, request: PushRequest, nowMs: number): Promise<PushOutcome> => {
  checkRisingIds(request.mutations);
  return store.transaction(async (tx) => {
    // The version lock first: pushes queue here, and it orders the device's own pushes too.
    const versions = await lockVersions(tx);
    const state = await clientState(tx, request.clientId, caller);
    const repeated = request.mutations.filter((m) => m.mutationId <= state.last);
    const log = await loadLog(tx, request.clientId, repeated.map((m) => m.mutationId));
    const earlier = new Map(repeated.map((m, index) => [m.mutationId, earlierAnswer(m, index, state, log).refusal]));

    const work = await loadWork(tx, caller, request, versions, nowMs);
    const results: MutationResult[] = [];
    const taken: { mutationId: number; digest: string; refusal: Refusal | null }[] = [];
    for (const m of request.mutations) {
      if (earlier.has(m.mutationId)) {
        const refusal = earlier.get(m.mutationId);
        const current = work.rows.get(rowKey(m.table, m.rowId));
        // The refusal again, with the record as it is now, so a device that missed the first answer keeps the change.
        const rejected = refusal && { ...refusal, current: current && canRead(work.scope, current.territoryId) ? current.data : null };
        results.push({ mutationId: m.mutationId, status: 'duplicate', ...(rejected ? { rejected } : {}) });
        continue;
      }
      const answer = applyMutation(work, m);
      results.push(answer.result);
      taken.push({ mutationId: m.mutationId, digest: mutationDigest(m), refusal: answer.refusal });
    }
    const last = Math.max(state.last, request.mutations.at(-1)!.mutationId);

    await saveRows(tx, [...work.dirty].map((k) => work.rows.get(k)!));
    await saveEvictions(tx, work.evictions);
    for (const move of work.moves) await moveChildren(tx, move, versions);
    await saveLog(tx, request.clientId, taken, request.mutations[0]!.mutationId);
    await tx.query(
      `insert into clients (client_id, user_id, last_mutation_id) values ($1, $2, $3)
       on conflict (client_id) do update set last_mutation_id = excluded.last_mutation_id, updated_at = now()`,
      [request.clientId, caller.id, last],
    );
    await saveVersions(tx, versions);
    return { response: { results, lastMutationId: last, serverTime: nowMs }, changed: [...work.changed], version: versions.last };
  });
};
