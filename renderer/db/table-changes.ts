import { Dexie } from 'dexie';
import type { PartnerDeskDb } from './database';

/**
 * Calls `onChange` after every committed write to one of `tables` in this
 * store, from this window or another one of the profile (Dexie relays those).
 * Built on Dexie's `storagemutated` event, what liveQuery itself listens to,
 * for two kinds of reader liveQuery serves badly: code that must also run
 * under Node, where liveQuery never emits, and reads of thousands of keyed
 * lookups, where liveQuery's bookkeeping of every key read costs more than
 * the reads. Such a reader re-reads when told. Returns the unsubscribe function.
 */
export const onTablesChanged = (db: PartnerDeskDb, tables: readonly string[], onChange: () => void): (() => void) => {
  // Dexie names each changed part `idb://<store>/<table>/<index>`.
  const prefixes = tables.map((table) => `idb://${db.name}/${table}/`);
  const listener = (parts: Record<string, unknown>) => {
    if (Object.keys(parts).some((part) => prefixes.some((prefix) => part.startsWith(prefix)))) onChange();
  };
  Dexie.on('storagemutated', listener);
  return () => Dexie.on('storagemutated').unsubscribe(listener);
};
