import { entityNames, type EntityName } from '../../../shared/domain/entities';
import type { Reads, Repository } from '../../db';
import { makeBackup, importOrder, type Backup, type BackupTables } from './backup';

/** Reads every table into one backup object (tombstones too: they are changes the server may not have yet). */
export const exportBackup = async (reads: Reads): Promise<Backup> => {
  const tables: BackupTables = {};
  for (const name of entityNames) (tables as Record<string, unknown[]>)[name] = await reads.rows(name);
  return makeBackup(tables, new Date().toISOString(), await reads.pendingChanges());
};

/** Records written per transaction: the page stays responsive and a failure loses at most one chunk's progress. */
const CHUNK = 500;

/**
 * Writes a checked backup through the repository, so restored records sync
 * like any edit: a record already stored is updated (unchanged ones cost
 * nothing), a missing one is created under its own id. Tombstones in the file
 * are skipped: a restore never deletes what this device holds. A record
 * deleted on this device since the backup stays deleted (the repository has
 * no undelete) and is counted as skipped.
 */
export const importBackup = async (
  reads: Reads,
  repo: Repository,
  tables: BackupTables,
  onProgress?: (done: number) => void,
): Promise<{ written: number; skipped: number }> => {
  let done = 0;
  let skipped = 0;
  for (const table of importOrder) {
    const rows = ((tables as Record<string, { id: string; deleted: boolean }[] | undefined>)[table] ?? []).filter((r) => !r.deleted);
    for (let start = 0; start < rows.length; start += CHUNK) {
      const chunk = rows.slice(start, start + CHUNK);
      await repo.transact(async (writer) => {
        for (const row of chunk) {
          const { id, updatedAt: _u, deleted: _d, ...fields } = row as Record<string, unknown> & { id: string };
          const stored = (await reads.stored(table as EntityName, id)) as { deleted: boolean } | undefined;
          if (stored?.deleted) skipped++;
          // Restoring a backup is the user's word that its records are the ones to keep, whole: no form, nothing opened.
          // eslint-disable-next-line no-restricted-syntax
          else if (stored) await writer.update(table as EntityName, id, fields as never);
          else await writer.create(table as EntityName, { ...fields, id } as never);
        }
      });
      done += chunk.length;
      onProgress?.(done);
    }
  }
  return { written: done - skipped, skipped };
};
