import pg from 'pg';
import type { Queryable, Store } from './db';
import { GuardedClient } from './pg-guard';

/**
 * PostgreSQL through a small pool. LISTEN needs a connection of its own that
 * stays open, so each subscription gets a dedicated client.
 */
export const openPostgres = async (connectionString: string, poolSize = 10): Promise<Store> => {
  const pool = new pg.Pool({ connectionString, max: poolSize, Client: GuardedClient });
  // An idle client losing its connection must not take the process down; the pool replaces it.
  pool.on('error', () => undefined);
  // Fail at start, with the real reason, rather than on the first request.
  await pool.query('select 1');

  const listeners = new Set<pg.Client>();
  return {
    kind: 'postgres',
    query: async (sql, params) => (await pool.query(sql, params)).rows,
    exec: async (sql) => void (await pool.query(sql)),
    transaction: async (work) => {
      const client = await pool.connect();
      // A checked-out client has no listener of the pool's: a connection lost mid-transaction would emit
      // 'error' with none and end the process. Note it, let the query fail, and drop the client after.
      let lost: Error | undefined;
      const onLost = (error: Error) => {
        lost = error;
      };
      client.on('error', onLost);
      const scoped: Queryable = {
        query: async (sql, params) => (await client.query(sql, params)).rows,
        exec: async (sql) => void (await client.query(sql)),
      };
      try {
        await client.query('begin');
        const result = await work(scoped);
        await client.query('commit');
        return result;
      } catch (error) {
        await client.query('rollback').catch(() => undefined);
        throw error;
      } finally {
        client.off('error', onLost);
        client.release(lost);
      }
    },
    listen: async (channel, onMessage) => {
      let stopped = false;
      let current: pg.Client | undefined;
      // A dropped LISTEN connection would silently stop cross-instance pokes: reconnect until stopped.
      const connect = async (): Promise<void> => {
        const client = new GuardedClient({ connectionString });
        const retry = () => {
          if (current !== client) return;
          current = undefined;
          listeners.delete(client);
          client.end().catch(() => undefined);
          if (!stopped) setTimeout(() => void connect().catch(retry), 1_000).unref();
        };
        client.on('error', retry);
        client.on('end', retry);
        client.on('notification', (message) => {
          if (message.channel === channel) onMessage(message.payload ?? '');
        });
        current = client;
        listeners.add(client);
        await client.connect();
        await client.query(`listen ${pg.escapeIdentifier(channel)}`);
      };
      await connect();
      return async () => {
        stopped = true;
        const client = current;
        current = undefined;
        if (client) {
          listeners.delete(client);
          await client.end().catch(() => undefined);
        }
      };
    },
    close: async () => {
      await Promise.all([...listeners].map((c) => c.end().catch(() => undefined)));
      listeners.clear();
      await pool.end();
    },
  };
};
