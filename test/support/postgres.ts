import { randomBytes } from 'node:crypto';
import pg from 'pg';

/**
 * Throwaway databases on the PostgreSQL at 127.0.0.1:5432, for the server
 * integration tests and the sync simulation: each gets a database of its
 * own, so test files running in parallel never share data.
 */
export const POSTGRES_ADMIN_URL = process.env.PARTNER_DESK_TEST_POSTGRES ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface TestDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

const urlOf = (name: string) => POSTGRES_ADMIN_URL.replace(/\/[^/]*$/, `/${name}`);

/** Runs one statement as the admin connection; fails loudly, never skips, when PostgreSQL is not there. */
export const adminQuery = async (sql: string): Promise<void> => {
  const admin = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
  try {
    await admin.connect();
  } catch (error) {
    throw new Error(
      `These tests need PostgreSQL at ${POSTGRES_ADMIN_URL} (set PARTNER_DESK_TEST_POSTGRES to use another): ${(error as Error).message}`,
      { cause: error },
    );
  }
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
};

/**
 * A fresh database, empty or a copy of `template` (PostgreSQL copies a
 * template file by file, far faster than migrating and seeding again).
 */
export const createTestDatabase = async (options: { template?: string; prefix?: string } = {}): Promise<TestDatabase> => {
  const name = `${options.prefix ?? 'pd'}_${randomBytes(6).toString('hex')}`;
  await adminQuery(`create database ${name}${options.template ? ` template ${options.template}` : ''}`);
  return { name, url: urlOf(name), drop: () => adminQuery(`drop database if exists ${name} with (force)`) };
};
