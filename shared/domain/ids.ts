import { uuidv7 } from 'uuidv7';

/**
 * Record ids are made on the client (offline) as UUIDv7: unique without a
 * server, and time-ordered so new rows append to IndexedDB and Postgres
 * indexes instead of scattering.
 */
export const newId = (): string => uuidv7();
