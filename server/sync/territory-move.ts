import type { Queryable } from '../store/db';
import type { FieldMeta } from './rows';
import { partnerChildTables } from './scope';
import type { VersionAllocator } from './versions';

/**
 * A partner moved to another territory: its child records (and the conflict
 * records about the partner or those children) move with it, each with a new
 * version in the new territory and an eviction in the old one, so managers of
 * the old territory drop them and managers of the new one receive them.
 */
export const moveChildren = async (
  tx: Queryable,
  move: { partnerId: string; from: string; to: string; meta: FieldMeta },
  versions: VersionAllocator,
): Promise<void> => {
  const moveWhere = async (where: string, params: unknown[]): Promise<{ id: string }[]> => {
    const base = versions.last;
    const moved = await tx.query<{ tbl: string; id: string; version: string | number }>(
      `with targets as (
         select tbl, id, $2::bigint + row_number() over (order by tbl, id) as v
           from records where territory_id = $1 and ${where}
       ), moved as (
         update records r set territory_id = $3, version = t.v,
                data = jsonb_set(r.data, '{territoryId}', to_jsonb($3::text)),
                fields = jsonb_set(r.fields, '{territoryId}', $4::jsonb)
           from targets t where r.tbl = t.tbl and r.id = t.id
         returning r.tbl, r.id, r.version
       ), evicted as (
         insert into evictions (tbl, id, from_territory, version)
         select tbl, id, $1, version from moved
         on conflict (tbl, id, from_territory) do update set version = excluded.version
       )
       select tbl, id, version from moved`,
      [move.from, base, move.to, JSON.stringify({ ...move.meta, version: base + 1 }), ...params],
    );
    versions.advanceTo(Math.max(base, ...moved.map((r) => Number(r.version))));
    return moved;
  };

  const children = await moveWhere(
    `tbl in (select jsonb_array_elements_text($5::jsonb)) and data->>'partnerId' = $6`,
    [JSON.stringify(partnerChildTables), move.partnerId],
  );
  await moveWhere(`tbl = 'conflicts' and data->>'rowId' in (select jsonb_array_elements_text($5::jsonb))`, [
    JSON.stringify([move.partnerId, ...children.map((c) => c.id)]),
  ]);
};
