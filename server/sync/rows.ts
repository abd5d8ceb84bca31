import type { EntityName } from '../../shared/domain/entities';
import type { Queryable } from '../store/db';
import { saveRegistrationTerms } from './registration-terms';

/** Who last wrote a field, and when: what the per-field merge decides with (DESIGN §5). */
export interface FieldMeta {
  /** Hybrid logical clock of the write. */
  hlc: string;
  /** Server version the write got. */
  version: number;
  /** The device that wrote it (`server` for the server's own writes). */
  clientId: string;
  /** The user it wrote for. */
  userId: string;
}

/**
 * Field clocks as stored: `*` holds the clock of the write that made the
 * record (or of a server write), and a field has its own entry only when a
 * later write changed it. Most records are written once, so this keeps the
 * clocks to a few hundred bytes a row instead of one entry per field.
 */
export type FieldClocks = Record<string, FieldMeta>;

export const ALL_FIELDS = '*';

export const clockOf = (clocks: FieldClocks, field: string): FieldMeta | undefined => clocks[field] ?? clocks[ALL_FIELDS];

/** A record as stored: the record itself plus the field clocks. */
export interface StoredRow {
  tbl: EntityName;
  id: string;
  territoryId: string;
  data: Record<string, unknown>;
  fields: FieldClocks;
  version: number;
  deleted: boolean;
}

export const rowKey = (tbl: string, id: string): string => `${tbl}\u0000${id}`;

interface DbRow {
  tbl: EntityName;
  id: string;
  territory_id: string;
  data: Record<string, unknown>;
  fields: Record<string, FieldMeta>;
  version: number | string;
  deleted: boolean;
}

const fromDb = (r: DbRow): StoredRow => ({
  tbl: r.tbl,
  id: r.id,
  territoryId: r.territory_id,
  data: r.data,
  fields: r.fields,
  version: Number(r.version),
  deleted: r.deleted,
});

/** The stored rows for these keys, in one round trip. */
export const loadRows = async (db: Queryable, keys: { tbl: string; id: string }[]): Promise<StoredRow[]> => {
  if (keys.length === 0) return [];
  const rows = await db.query<DbRow>(
    `select r.tbl, r.id, r.territory_id, r.data, r.fields, r.version, r.deleted
       from records r join jsonb_to_recordset($1::jsonb) as k(tbl text, id text) using (tbl, id)`,
    [JSON.stringify(keys)],
  );
  return rows.map(fromDb);
};

/** Writes (inserts or replaces) rows in one statement. */
export const saveRows = async (db: Queryable, rows: StoredRow[]): Promise<void> => {
  if (rows.length === 0) return;
  const payload = rows.map((r) => ({
    tbl: r.tbl,
    id: r.id,
    territory_id: r.territoryId,
    data: r.data,
    fields: r.fields,
    version: r.version,
    deleted: r.deleted,
  }));
  await db.query(
    `insert into records (tbl, id, territory_id, data, fields, version, deleted)
     select tbl, id, territory_id, data, fields, version, deleted
       from jsonb_to_recordset($1::jsonb)
         as x(tbl text, id text, territory_id text, data jsonb, fields jsonb, version bigint, deleted boolean)
     on conflict (tbl, id) do update set territory_id = excluded.territory_id, data = excluded.data,
       fields = excluded.fields, version = excluded.version, deleted = excluded.deleted`,
    [JSON.stringify(payload)],
  );
  // Every write of a deal keeps the conflict check's index with it, in the same transaction.
  await saveRegistrationTerms(db, rows);
};

export const saveEvictions = async (db: Queryable, evictions: { tbl: string; id: string; from: string; version: number }[]): Promise<void> => {
  if (evictions.length === 0) return;
  await db.query(
    `insert into evictions (tbl, id, from_territory, version)
     select tbl, id, "from", version from jsonb_to_recordset($1::jsonb) as x(tbl text, id text, "from" text, version bigint)
     on conflict (tbl, id, from_territory) do update set version = excluded.version`,
    [JSON.stringify(evictions)],
  );
};
