import { entities, isEntityName, type EntityName } from '../../shared/domain/entities';
import type { Repository, RecordChanges } from '../db/repository';
import { RecordNotFoundError } from '../db/errors';

type Row = Record<string, unknown>;

/** `value` placed at a dotted path (`attributes.practiceSize`) inside a copy of `top`, the top-level field's value. */
const withPath = (top: unknown, path: readonly string[], value: unknown): unknown => {
  if (path.length === 0) return value;
  const [head, ...rest] = path as [string, ...string[]];
  const base = typeof top === 'object' && top !== null ? { ...(top as Row) } : {};
  return { ...base, [head]: withPath((base as Row)[head], rest, value) };
};

/**
 * Writes the value a conflict overwrote back to its record, as one user write
 * with the conflict marked restored in the same transaction: both sync up
 * together, and other devices see the value come back and the conflict
 * settled. The restored value wins by clock like any new edit.
 */
export const restoreConflict = (repo: Repository, conflictId: string): Promise<void> =>
  repo.transact(async (writer) => {
    const conflict = await repo.get('conflicts', conflictId);
    if (!conflict) throw new RecordNotFoundError('Conflict', conflictId);
    if (!isEntityName(conflict.table)) throw new RecordNotFoundError(conflict.table, conflict.rowId);
    const table: EntityName = conflict.table;
    const record = (await repo.get(table, conflict.rowId)) as Row | undefined;
    if (!record) throw new RecordNotFoundError(table, conflict.rowId);
    const [field, ...path] = conflict.field.split('.') as [string, ...string[]];
    let value = withPath(record[field], path, conflict.lost.value);
    // A lost "no value" is null on the wire; a field that is optional rather than nullable is cleared with undefined.
    if (value === null && !entities[table].schema.safeParse({ ...record, [field]: null }).success) value = undefined;
    await writer.update(table, conflict.rowId, { [field]: value } as RecordChanges<typeof table>);
    await writer.update('conflicts', conflictId, { status: 'restored' });
  });

/** The user keeps what the record holds: the conflict leaves the open list, on every device. */
export const dismissConflict = async (repo: Repository, conflictId: string): Promise<void> => {
  await repo.update('conflicts', conflictId, { status: 'dismissed' });
};
