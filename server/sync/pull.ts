import { GLOBAL_TERRITORY } from '../../shared/domain/common';
import { DEFAULT_PULL_LIMIT, type PullRequest, type PullResponse } from '../../shared/sync/protocol';
import { territoriesOf, type Caller } from '../auth/users';
import type { Queryable, Store } from '../store/db';
import { readGcHorizon } from '../store/meta';
import { highWater } from './versions';

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
  /** Rows and evictions found, up to one more than asked for (that one says "there is more"). */
  found: string | number;
  /** The version of the last entry taken. */
  last: string | number | null;
  rows: string | null;
  evicted: string | null;
}

/**
 * One territory's next entries, rows and evictions merged by version, keyset
 * on (territory_id, version). Postgres writes the JSON of the page itself:
 * the stored jsonb goes out as text without a parse on either side, and that
 * work runs in the database process, beside Node's, on a machine of 2 cores.
 */
const page = async (tx: Queryable, territoryId: string, after: number, take: number): Promise<Page> =>
  (
    await tx.query<Page>(
      `with entries as (
         (select 0 as kind, tbl, id, version, data from records
           where territory_id = $1 and version > $2 order by version limit $3 + 1)
         union all
         (select 1 as kind, tbl, id, version, null from evictions
           where from_territory = $1 and version > $2 order by version limit $3 + 1)
         order by version limit $3 + 1
       ), numbered as (select *, row_number() over (order by version) as n from entries)
       select count(*) as found,
              max(version) filter (where n <= $3) as last,
              string_agg('{"table":' || to_json(tbl)::text || ',"version":' || version || ',"row":' || data::text || '}', ',' order by version)
                filter (where kind = 0 and n <= $3) as rows,
              string_agg(json_build_object('table', tbl, 'rowId', id, 'territoryId', $1::text, 'version', version)::text, ',' order by version)
                filter (where kind = 1 and n <= $3) as evicted
         from numbered`,
      [territoryId, after, take],
    )
  )[0]!;

export const pull = async (store: Store, caller: Caller, request: PullRequest, epoch: string, nowMs: number): Promise<PullOutcome> => {
  if (request.epoch !== undefined && request.epoch !== epoch) {
    return { kind: 'reset', body: { status: 'reset', reason: 'epoch', epoch, serverTime: nowMs } };
  }
  return store.transaction(async (tx) => {
    // One snapshot for the whole page: the high-water mark and the rows agree.
    await tx.query('set transaction isolation level repeatable read, read only');
    const territories = [...(await territoriesOf(tx, caller)), GLOBAL_TERRITORY];
    const horizon = await readGcHorizon(tx);
    const cursorOf = (t: string): number => request.cursors[t] ?? 0;
    if (territories.some((t) => cursorOf(t) > 0 && cursorOf(t) < horizon)) {
      return { kind: 'reset', body: { status: 'reset', reason: 'horizon', epoch, serverTime: nowMs } };
    }
    const top = await highWater(tx);
    let remaining = request.limit ?? DEFAULT_PULL_LIMIT;
    let hasMore = false;
    const rows: string[] = [];
    const evicted: string[] = [];
    const cursors: Record<string, number> = {};
    for (const territoryId of territories) {
      const after = cursorOf(territoryId);
      if (remaining === 0) {
        // Page full: only ask whether this territory has anything left.
        if (!hasMore && Number((await page(tx, territoryId, after, 0)).found) > 0) hasMore = true;
        cursors[territoryId] = after;
        continue;
      }
      const found = await page(tx, territoryId, after, remaining);
      const count = Number(found.found);
      if (found.rows) rows.push(found.rows);
      if (found.evicted) evicted.push(found.evicted);
      if (count > remaining) {
        hasMore = true;
        cursors[territoryId] = Number(found.last);
        remaining = 0;
      } else {
        remaining -= count;
        // Nothing newer here in this snapshot, and every later change gets a higher version.
        cursors[territoryId] = Math.max(after, top);
      }
    }
    const json =
      `{"status":"ok","epoch":${JSON.stringify(epoch)},"territories":${JSON.stringify(territories)},` +
      `"rows":[${rows.join(',')}],"evicted":[${evicted.join(',')}],"cursors":${JSON.stringify(cursors)},` +
      `"hasMore":${hasMore},"serverTime":${nowMs}}`;
    return { kind: 'ok', json };
  });
};
