import type { Store } from './db';
import { migrate } from './migrations';
import { openPglite } from './pglite';
import { openPostgres } from './postgres';

export interface StoreOptions {
  /** PostgreSQL connection string; when set, PGlite is not used. */
  databaseUrl?: string;
  /** PGlite data directory, or `memory://` for a throwaway in-memory store. */
  dataDir?: string;
}

/** Opens the configured store and brings its schema up to date. */
export const openStore = async (options: StoreOptions): Promise<Store> => {
  const store = options.databaseUrl
    ? await openPostgres(options.databaseUrl)
    : await openPglite(options.dataDir ?? 'memory://');
  try {
    await migrate(store);
  } catch (error) {
    await store.close();
    throw error;
  }
  return store;
};
