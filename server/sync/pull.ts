import { GLOBAL_TERRITORY } from '../../shared/domain/common';
import { DEFAULT_PULL_LIMIT, MAX_PULL_PAGE_BYTES, type PullRequest, type PullResponse } from '../../shared/sync/protocol';
import { territoriesOf, type Caller } from '../auth/users';
import type { Queryable, Store } from '../store/db';
import { readGcHorizon } from '../store/meta';
import { highWater } from './versions';
import { passEpoch, readPassEpoch } from './pass-epoch';

/**
 * Pull (DESIGN §5): rows and evictions newer than the caller's cursor in each
 * territory it may read, in pages. The page is read from one snapshot; rows
 * go out as the jsonb text Postgres already holds, spliced into the response
 * without being parsed and re-serialized (that is most of the cost of a pull).
 *
 * The answer is a JSON string of the `pullResponseSchema` shape.
 */
export type PullOutcome = { kind: 'reset'; body: PullResponse } | { kind: 'ok'; json: string };

interface Page {
  /** Entries found, up to one more than asked for (that one says "there is more"). */
  found: string | number;
  /** Entries taken into the page: fewer than found when the rows or the bytes ran out. */
  taken: string | number;
  /** Bytes of the entries taken. */
  bytes: string | number | null;
  /** The version of the last entry taken. */
  last: string | number | null;
  rows: string | null;
  evicted: string | null;
}

/**
 * One territory's next entries, rows and evictions merged by version, keyset
 * on (territory_id, version), at most `take` of them and `budget` bytes (the
 * first entry of an empty page always goes, whatever its size, so a page
 * always moves the cursor on). Postgres writes the JSON of the page itself:
 * the stored jsonb goes out as text without a parse on either side, and that
 * work runs in the database process, beside Node's, on a machine of 2 cores.
 */
const page = async (tx: Queryable, territoryId: string, after: number, take: number, budget: number, pageEmpty: boolean): Promise<Page> =>
  (
    await tx.query<Page>(
      `with entries as (
         (select 0 as kind, version,
                 '{"table":' || to_json(tbl)::text || ',"version":' || version || ',"row":' || data::text || '}' as json
            from records where territory_id = $1 and version > $2 order by version limit $3 + 1)
         union all
         (select 1 as kind, version,
                 json_build_object('table', tbl, 'rowId', id, 'territoryId', $1::text, 'version', version)::text as json
            from evictions where from_territory = $1 and version > $2 order by version limit $3 + 1)
         order by version limit $3 + 1
       ), numbered as (
         select *, row_number() over (order by version) as n,
                sum(octet_length(json) + 1) over (order by version) as running
           from entries
       ), chosen as (
         select *, n <= $3 and (running <= $4 or (n = 1 and $5::boolean)) as taken from numbered
       )
       select count(*) as found,
              count(*) filter (where taken) as taken,
              max(running) filter (where taken) as bytes,
              max(version) filter (where taken) as last,
              string_agg(json, ',' order by version) filter (where kind = 0 and taken) as rows,
              string_agg(json, ',' order by version) filter (where kind = 1 and taken) as evicted
         from chosen`,
      [territoryId, after, take, budget, pageEmpty],
    )
  )[0]!;

export const pull = async (store: Store, caller: Caller, request: PullRequest, epoch: string, nowMs: number): Promise<PullOutcome> => {
  const sent = request.epoch === undefined ? null : readPassEpoch(request.epoch);
  if (sent !== null && sent.serverEpoch !== epoch) {
    return { kind: 'reset', body: { status: 'reset', reason: 'epoch', epoch, serverTime: nowMs } };
  }
  return store.transaction(async (tx) => {
    // One snapshot for the whole page: the high-water mark and the rows agree.
    await tx.query('set transaction isolation level repeatable read, read only');
    const territories = [...(await territoriesOf(tx, caller)), GLOBAL_TERRITORY];
    const horizon = await readGcHorizon(tx);
    const cursorOf = (t: string): number => request.cursors[t] ?? 0;
    const started = Object.values(request.cursors).some((c) => c > 0);
    const top = await highWater(tx);
    // A pass begins with no cursors; later pages and pulls carry its start in the epoch they echo (pass-epoch.ts).
    const passStart = started ? (sent?.passStart ?? null) : top;
    const passBeganBelowHorizon = passStart === null || passStart < horizon;
    if (passBeganBelowHorizon && territories.some((t) => cursorOf(t) > 0 && cursorOf(t) < horizon)) {
      return { kind: 'reset', body: { status: 'reset', reason: 'horizon', epoch, serverTime: nowMs } };
    }
    let remaining = request.limit ?? DEFAULT_PULL_LIMIT;
    let budget = MAX_PULL_PAGE_BYTES;
    let hasMore = false;
    const rows: string[] = [];
    const evicted: string[] = [];
    const cursors: Record<string, number> = {};
    for (const territoryId of territories) {
      const after = cursorOf(territoryId);
      if (remaining === 0 || budget <= 0) {
        // Page full: only ask whether this territory has anything left.
        if (!hasMore && Number((await page(tx, territoryId, after, 0, 0, false)).found) > 0) hasMore = true;
        cursors[territoryId] = after;
        continue;
      }
      const found = await page(tx, territoryId, after, remaining, budget, rows.length === 0 && evicted.length === 0);
      const count = Number(found.found);
      const taken = Number(found.taken);
      if (found.rows) rows.push(found.rows);
      if (found.evicted) evicted.push(found.evicted);
      if (taken < count) {
        // Stopped by the row limit or the byte budget: the rest waits for the next page.
        hasMore = true;
        cursors[territoryId] = taken > 0 ? Number(found.last) : after;
        remaining = 0;
      } else {
        remaining -= taken;
        budget -= Number(found.bytes ?? 0);
        // Nothing newer here in this snapshot, and every later change gets a higher version.
        cursors[territoryId] = Math.max(after, top);
      }
    }
    const json =
      `{"status":"ok","epoch":${JSON.stringify(passStart === null ? epoch : passEpoch(epoch, passStart))},"territories":${JSON.stringify(territories)},` +
      `"rows":[${rows.join(',')}],"evicted":[${evicted.join(',')}],"cursors":${JSON.stringify(cursors)},` +
      `"hasMore":${hasMore},"serverTime":${nowMs}}`;
    return { kind: 'ok', json };
  });
};
