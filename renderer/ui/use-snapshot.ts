import { useSyncExternalStore } from 'react';
import type { TableSnapshot } from '../db';

/** A table snapshot's rows, redrawn after each new read; undefined until the first read is done. */
export const useSnapshot = <T>(snapshot: TableSnapshot<T>): readonly T[] | undefined =>
  useSyncExternalStore(snapshot.subscribe, snapshot.current);
