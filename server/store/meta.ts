import { randomBytes } from 'node:crypto';
import type { Queryable } from './db';

/**
 * Small facts about the database itself. The epoch names this database's
 * history: a restore from backup makes a new one and clients re-bootstrap.
 * The token secret lives here so every instance on one database signs and
 * checks the same tokens.
 */
export const metaKeys = { epoch: 'epoch', tokenSecret: 'token_secret', gcHorizon: 'gc_horizon' } as const;

export const readMeta = async (db: Queryable, key: string): Promise<string | undefined> =>
  (await db.query<{ value: string }>('select value from meta where key = $1', [key]))[0]?.value;

export const writeMeta = async (db: Queryable, key: string, value: string): Promise<void> => {
  await db.query('insert into meta (key, value) values ($1, $2) on conflict (key) do update set value = excluded.value', [key, value]);
};

/** Sets a value unless one is there (the first instance to start wins) and returns the stored one. */
export const ensureMeta = async (db: Queryable, key: string, make: () => string): Promise<string> => {
  await db.query('insert into meta (key, value) values ($1, $2) on conflict (key) do nothing', [key, make()]);
  const value = await readMeta(db, key);
  if (value === undefined) throw new Error(`meta ${key} missing after insert`);
  return value;
};

export interface ServerMeta {
  epoch: string;
  tokenSecret: Buffer;
}

export const loadServerMeta = async (db: Queryable): Promise<ServerMeta> => {
  const epoch = await ensureMeta(db, metaKeys.epoch, () => randomBytes(12).toString('base64url'));
  const secret = await ensureMeta(db, metaKeys.tokenSecret, () => randomBytes(32).toString('base64url'));
  return { epoch, tokenSecret: Buffer.from(secret, 'base64url') };
};

/** Tombstones at or below this version are gone; a cursor below it cannot be continued. */
export const readGcHorizon = async (db: Queryable): Promise<number> => Number((await readMeta(db, metaKeys.gcHorizon)) ?? 0);
