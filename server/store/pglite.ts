import { PGlite } from '@electric-sql/pglite';
import { mkdirSync } from 'node:fs';
import type { Queryable, Store } from './db';

/**
 * Embedded Postgres (WASM) in a data directory: nothing to install for a
 * small HQ. One process only may open a directory, so a PGlite store serves
 * one server instance; scale-out needs PostgreSQL.
 */
export const openPglite = async (dataDir: string): Promise<Store> => {
  if (!dataDir.startsWith('memory://')) mkdirSync(dataDir, { recursive: true });
  const db = await PGlite.create(dataDir);
  const run = async <Row>(q: Pick<PGlite, 'query'>, sql: string, params?: unknown[]): Promise<Row[]> =>
    (await q.query<Row>(sql, params)).rows;
  return {
    kind: 'pglite',
    query: (sql, params) => run(db, sql, params),
    exec: async (sql) => void (await db.exec(sql)),
    transaction: (work) =>
      db.transaction((tx) => {
        const scoped: Queryable = {
          query: (sql, params) => run(tx, sql, params),
          exec: async (sql) => void (await tx.exec(sql)),
        };
        return work(scoped);
      }),
    listen: async (channel, onMessage) => {
      const unsubscribe = await db.listen(channel, onMessage);
      return () => unsubscribe();
    },
    close: () => db.close(),
  };
};
