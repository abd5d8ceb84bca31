import { entities, entityNames, isEntityName, type EntityName, type EntityOf } from '../../../shared/domain/entities';
import { validate, type FieldError } from '../../../shared/domain/validation';

export const BACKUP_FORMAT = 'partner-desk-backup';
export const BACKUP_VERSION = 1;

export type BackupTables = { [N in EntityName]?: EntityOf<N>[] };

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: number;
  exportedAt: string;
  tables: BackupTables;
  /** Changes not yet synced when the backup was made, for the record; import re-creates them as new changes. */
  pendingChanges?: unknown[];
}

export const makeBackup = (tables: BackupTables, exportedAt: string, pendingChanges: unknown[] = []): Backup => ({
  format: BACKUP_FORMAT,
  version: BACKUP_VERSION,
  exportedAt,
  tables,
  pendingChanges,
});

/** One record of the file the schema refuses, named so the user can find it in the file. */
export interface BackupProblem {
  table: string;
  /** The record's id, or its position when it has none. */
  record: string;
  errors: FieldError[];
}

export type CheckedBackup =
  | { ok: true; tables: BackupTables; count: number }
  | { ok: false; message: string; problems: BackupProblem[] };

/**
 * Checks a backup file before anything is written: every record against its
 * entity's schema. One bad record rejects the whole file, so an import
 * never leaves the store half old, half new; the store is untouched.
 */
export const checkBackup = (input: unknown): CheckedBackup => {
  const file = input as Partial<Backup> | null;
  if (!file || typeof file !== 'object' || file.format !== BACKUP_FORMAT || typeof file.tables !== 'object' || file.tables === null) {
    return { ok: false, message: 'This file is not a Partner Desk backup.', problems: [] };
  }
  if (typeof file.version !== 'number' || file.version > BACKUP_VERSION) {
    return { ok: false, message: 'This backup was made by a newer Partner Desk; update the app to import it.', problems: [] };
  }
  const problems: BackupProblem[] = [];
  const tables: BackupTables = {};
  let count = 0;
  for (const [table, rows] of Object.entries(file.tables)) {
    if (!isEntityName(table)) {
      problems.push({ table, record: '—', errors: [{ field: table, message: `Unknown table "${table}"` }] });
      continue;
    }
    if (!Array.isArray(rows)) {
      problems.push({ table, record: '—', errors: [{ field: table, message: 'must be a list of records' }] });
      continue;
    }
    const valid: unknown[] = [];
    rows.forEach((row: unknown, index) => {
      const result = validate(entities[table].schema, row);
      if (result.ok) valid.push(result.value);
      else {
        const id = (row as { id?: unknown } | null)?.id;
        problems.push({ table, record: typeof id === 'string' ? id : `record ${index + 1}`, errors: result.errors });
      }
    });
    (tables as Record<string, unknown[]>)[table] = valid;
    count += valid.length;
  }
  if (problems.length > 0) {
    return { ok: false, message: `${problems.length} record(s) in the file are not valid; nothing was imported.`, problems };
  }
  return { ok: true, tables, count };
};

/** Tables in dependency order, so a partner is written before its contacts and a contact before its certifications. */
export const importOrder: readonly EntityName[] = entityNames;
