import { entityNames } from '../../shared/domain/entities';
import type { Opportunity } from '../../shared/domain/opportunity';
import { ConflictIndex, isProtectedOn } from '../../shared/registrations/conflicts';
import { readCursors } from '../../renderer/db/sync-meta';
import type { EditLog } from './edit-log';
import type { SimClient } from './sim-client';
import { SIM_AS_OF, type SimServer } from './sim-server';

type Row = Record<string, unknown>;

/** JSON with sorted keys and without undefined, so equal records compare equal whatever their key order. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Row).filter(([, x]) => x !== undefined).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );

interface ServerRow {
  tbl: string;
  id: string;
  territory_id: string;
  row: string;
}

const serverRows = async (server: SimServer): Promise<ServerRow[]> =>
  server.store.query<ServerRow>('select tbl, id, territory_id, data::text as row from records');

/** A row's server version, territory and evictions, to tell a lost pull from a lost write. */
const describeOnServer = async (server: SimServer, key: string): Promise<string> => {
  const [tbl, id] = key.split('/') as [string, string];
  const [row] = await server.store.query<{ version: string; territory_id: string }>('select version, territory_id from records where tbl = $1 and id = $2', [tbl, id]);
  const evictions = await server.store.query<{ from_territory: string; version: string }>('select from_territory, version from evictions where tbl = $1 and id = $2', [tbl, id]);
  return `(server: v${row?.version} in ${row?.territory_id}; evicted ${evictions.map((e) => `from ${e.from_territory} at v${e.version}`).join(', ') || 'never'})`;
};

/** Every way the final state breaks the sync contract, in words; empty when it holds. */
export const checkInvariants = async (server: SimServer, clients: readonly SimClient[], log: EditLog): Promise<string[]> => {
  const problems: string[] = [];
  const all = await serverRows(server);
  const byKey = new Map(all.map((r) => [`${r.tbl}/${r.id}`, JSON.parse(r.row) as Row]));

  for (const client of clients) {
    const pending = await client.db.outbox.count();
    if (pending > 0) problems.push(`${client.name}: ${pending} changes still in the outbox`);

    // Scope: the territories the last pull named (their cursors), global included.
    const cursors = await readCursors(client.db);
    const scope = new Set(Object.keys(cursors));
    const expected = new Map(all.filter((r) => scope.has(r.territory_id)).map((r) => [`${r.tbl}/${r.id}`, canonical(JSON.parse(r.row))]));
    const local = new Map<string, string>();
    for (const table of entityNames) {
      for (const row of await client.db.table<Row, string>(table).toArray()) local.set(`${table}/${String(row.id)}`, canonical(row));
    }
    for (const [key, row] of expected) {
      if (!local.has(key)) problems.push(`${client.name}: missing ${key} ${await describeOnServer(server, key)}`);
      else if (local.get(key) !== row) problems.push(`${client.name}: differs ${key}\n  local  ${local.get(key)}\n  server ${row}`);
    }
    if (problems.some((p) => p.startsWith(`${client.name}: missing`))) problems.push(`${client.name}: cursors ${JSON.stringify(cursors)}`);
    for (const key of local.keys()) if (!expected.has(key)) problems.push(`${client.name}: holds ${key}, outside its scope or unknown to the server`);
  }

  // No mutation applied twice: each create exists once, each lost write has one conflict record.
  const subjects = new Map<string, number>();
  for (const r of all) {
    if (r.tbl !== 'activities') continue;
    const subject = String((JSON.parse(r.row) as Row).subject);
    subjects.set(subject, (subjects.get(subject) ?? 0) + 1);
  }
  const rejected = new Map<string, Row[]>();
  for (const client of clients) rejected.set(client.name, (await client.db.rejectedChanges.toArray()) as unknown as Row[]);
  for (const create of log.creates) {
    const count = subjects.get(create.marker) ?? 0;
    if (count > 1) problems.push(`create ${create.marker} stored ${count} times`);
    const refused = (rejected.get(create.client) ?? []).some((r) => r.rowId === create.rowId);
    // Found by id: a later edit may have changed the subject that marked it.
    if (!byKey.has(`${create.table}/${create.rowId}`) && !refused) problems.push(`create ${create.marker} never reached the server and was not refused`);
  }
  const conflicts = all.filter((r) => r.tbl === 'conflicts').map((r) => JSON.parse(r.row) as Row & { lost: Row; kept: Row });
  const conflictKeys = new Map<string, number>();
  for (const c of conflicts) {
    const key = `${String(c.rowId)}/${String(c.field)}/${String(c.lost.hlc)}`;
    conflictKeys.set(key, (conflictKeys.get(key) ?? 0) + 1);
  }
  for (const [key, count] of conflictKeys) if (count > 1) problems.push(`conflict ${key} recorded ${count} times`);

  // No user edit lost without a trace: a value no longer on its record was knowingly replaced (someone
  // saw it and wrote over it), lost in a recorded conflict, refused (kept in the refused list the user
  // sees in Needs attention, `rejectedChanges`), or its record was deleted.
  for (const edit of log.edits) {
    const refusedEdit = (rejected.get(edit.client) ?? []).some((r) => r.rowId === edit.rowId && (r.patch as Row)[edit.field] === edit.value);
    if (edit.mustBeRefused && !refusedEdit) {
      problems.push(`${edit.client}'s ${edit.table}.${edit.field} = ${edit.value} on ${edit.rowId} needed rights the user lacks, yet is not in their refused list`);
    }
    const row = byKey.get(`${edit.table}/${edit.rowId}`);
    if (!row || row.deleted === true || row[edit.field] === edit.value) continue;
    const replacedKnowingly = log.edits.some((e) => e !== edit && e.table === edit.table && e.rowId === edit.rowId && e.field === edit.field && e.seen === edit.value);
    const inConflict = conflicts.some((c) => c.rowId === edit.rowId && c.field === edit.field && c.lost.value === edit.value);
    if (!replacedKnowingly && !inConflict && !refusedEdit) {
      const [meta] = await server.store.query<{ meta: string; territory_id: string }>(
        'select fields::text as meta, territory_id from records where tbl = $1 and id = $2',
        [edit.table, edit.rowId],
      );
      const pushes = clients.find((c) => c.name === edit.client)!.pushes;
      const answers = edit.mutationId === undefined ? [] : (pushes.statuses.get(edit.mutationId) ?? []);
      const lostAnswer = edit.mutationId !== undefined && pushes.answerLost.has(edit.mutationId);
      const cause =
        lostAnswer && answers.length > 0 && answers.every((a) => a === 'duplicate')
          ? 'its first push answer was lost and the re-send was answered a bare `duplicate`: if the server had refused it, ' +
            'it must say so (duplicate.rejected in shared/sync/protocol.ts) or the change vanishes'
          : `push answers ${JSON.stringify(answers)}${lostAnswer ? ', one answer lost' : ''}`;
      problems.push(
        `${edit.client}'s ${edit.table}.${edit.field} = ${edit.value} on ${edit.rowId} was lost without a conflict record (now ${String(row[edit.field])}); ` +
          `${cause}; server field clocks ${meta?.meta}, territory ${meta?.territory_id}`,
      );
    }
  }
  problems.push(...doubleProtections(all));
  return problems;
};

/** Channel conflict (issue 15): on the sim's day, no customer is protected for two partners, whatever the pushes did. */
const doubleProtections = (all: readonly ServerRow[]): string[] => {
  const deals = all.filter((r) => r.tbl === 'opportunities').map((r) => JSON.parse(r.row) as Opportunity);
  const index = new ConflictIndex(deals, SIM_AS_OF);
  return deals
    .filter((d) => !d.deleted && isProtectedOn(d, SIM_AS_OF))
    .flatMap((d) =>
      index
        .conflictsOf(d)
        .filter((c) => c.kind === 'protected-registration' && c.deal.id > d.id)
        .map((c) => `${d.customerName} is protected for two partners: ${d.id} (${d.partnerId}) and ${c.deal.id} (${c.deal.partnerId})`),
    );
};

/**
 * Between syncs: the user still sees every change the server has not taken
 * yet (a pull must lay the outbox back over the rows it replaced). A record
 * that is absent was evicted (moved away, territory lost): the server
 * decides about those changes.
 */
export const checkPendingVisible = async (client: SimClient): Promise<string[]> => {
  const expected = new Map<string, Row>();
  for (const entry of await client.db.outbox.orderBy('mutationId').toArray()) {
    const key = `${entry.table}/${entry.rowId}`;
    expected.set(key, { ...(expected.get(key) ?? {}), ...entry.patch, ...(entry.op === 'delete' && { deleted: true }) });
  }
  const problems: string[] = [];
  for (const [key, fields] of expected) {
    const [table, id] = key.split('/') as [string, string];
    const row = await client.db.table<Row, string>(table).get(id);
    if (!row) continue;
    for (const [field, value] of Object.entries(fields)) {
      if (field === 'updatedAt') continue;
      if (canonical(row[field] ?? null) !== canonical(value ?? null)) {
        problems.push(`${client.name}: pending ${key}.${field} = ${canonical(value)} not visible (shows ${canonical(row[field])})`);
      }
    }
  }
  return problems;
};
