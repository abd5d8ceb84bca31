import type { Queryable } from '../store/db';

/**
 * The one ordered change counter (DESIGN §5). `lockVersions` takes its row
 * lock, held to commit: writers queue here, so versions are committed in
 * order and a reader who has seen version n has seen every change up to n.
 * That is what lets a pull cursor move to the high-water mark safely.
 */
export interface VersionAllocator {
  /** The next version; each call returns one more. */
  next(): number;
  /** The last version handed out (the high-water mark once committed). */
  readonly last: number;
  /** Records versions up to `version` as handed out (assigned in SQL, e.g. by a territory move). */
  advanceTo(version: number): void;
}

export const lockVersions = async (tx: Queryable): Promise<VersionAllocator> => {
  const [row] = await tx.query<{ value: string | number }>('select value from version_counter where id = 1 for update');
  let last = Number(row?.value ?? 0);
  return {
    next: () => ++last,
    get last() {
      return last;
    },
    advanceTo: (version) => {
      last = Math.max(last, version);
    },
  };
};

/** Stores the high-water mark; call last in the transaction. */
export const saveVersions = async (tx: Queryable, allocator: VersionAllocator): Promise<void> => {
  await tx.query('update version_counter set value = $1 where id = 1', [allocator.last]);
};

export const highWater = async (db: Queryable): Promise<number> =>
  Number((await db.query<{ value: string | number }>('select value from version_counter where id = 1'))[0]?.value ?? 0);
