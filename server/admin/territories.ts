import { z } from 'zod';
import { newId } from '../../shared/domain/ids';
import { territorySchema, type Territory } from '../../shared/domain/organization';
import { parseOrThrow } from '../../shared/domain/validation';
import type { Store } from '../store/db';
import { writeServerRecords } from '../sync/server-writes';

/** The user id admin commands write under. */
export const ADMIN_USER = 'admin';

const input = z.object({ name: z.string(), region: z.string(), id: z.string().optional() });

/** Creates a territory: a synced `territories` record, so every client sees it like any other change. */
export const createTerritory = async (store: Store, options: z.input<typeof input>, nowMs = Date.now()): Promise<Territory> => {
  const given = input.parse(options);
  const id = given.id ?? newId();
  const territory = parseOrThrow(
    territorySchema,
    { id, territoryId: id, updatedAt: new Date(nowMs).toISOString(), deleted: false, name: given.name, region: given.region },
    'Territory',
  );
  const [existing] = await store.query('select 1 from records where tbl = $1 and id = $2', ['territories', id]);
  if (existing) throw new Error(`A territory with id ${id} exists already`);
  await writeServerRecords(store, [{ table: 'territories', data: territory }], ADMIN_USER, nowMs);
  return territory;
};

export const listTerritories = async (store: Store): Promise<{ id: string; name: string; region: string }[]> =>
  store.query(
    "select id, data->>'name' as name, data->>'region' as region from records where tbl = 'territories' and not deleted order by data->>'name'",
  );
