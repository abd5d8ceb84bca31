import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { migrations } from '../../../server/store/migrations';
import { openStore } from '../../../server/store/open';

/**
 * A fresh PGlite store runs initdb inside WASM, which takes seconds; test
 * files each need their own store. So the first test run builds one migrated
 * data directory (keyed by the PGlite version and the migrations) and every
 * store is a copy of it. The copy holds no epoch or secret yet: each server
 * makes its own when it starts.
 */
const pgliteVersion = readFileSync(fileURLToPath(new URL('../../../node_modules/@electric-sql/pglite/package.json', import.meta.url)), 'utf8');
const key = createHash('sha256').update(pgliteVersion).update(JSON.stringify(migrations)).digest('hex').slice(0, 16);
const templateDir = join(tmpdir(), `partner-desk-pglite-template-${key}`);

const buildTemplate = async (): Promise<void> => {
  const building = mkdtempSync(join(tmpdir(), 'partner-desk-pglite-building-'));
  const store = await openStore({ dataDir: building });
  await store.close();
  try {
    renameSync(building, templateDir);
  } catch {
    // Another test file built it first: use theirs.
    rmSync(building, { recursive: true, force: true });
  }
};

/** A new PGlite data directory, migrated; remove it when done. */
export const pgliteDataDir = async (): Promise<{ dir: string; remove(): void }> => {
  if (!existsSync(join(templateDir, 'PG_VERSION'))) await buildTemplate();
  const dir = mkdtempSync(join(tmpdir(), 'partner-desk-pglite-test-'));
  cpSync(templateDir, dir, { recursive: true });
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
};
