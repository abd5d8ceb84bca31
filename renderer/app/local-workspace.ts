import { bulkLoad, openPartnerDeskDb, type PartnerDeskDb } from '../db';

export interface LocalWorkspace {
  db: PartnerDeskDb;
  /** True while the store holds the generated demo workspace rather than synced data. */
  demo: boolean;
}

const DB_NAME = 'partner-desk';

const today = (): string => new Date().toISOString().slice(0, 10);

/**
 * Opens this profile's store. Until sign-in and sync exist (issue #3), an empty
 * store is filled with the demo workspace so the app has believable data
 * offline. The demo rows are not user writes: they bypass the outbox.
 */
export async function openLocalWorkspace(): Promise<LocalWorkspace> {
  // Ask the browser not to evict the store under storage pressure (DESIGN §4).
  await navigator.storage?.persist?.().catch(() => false);
  const db = openPartnerDeskDb(DB_NAME);
  if ((await db.partners.count()) === 0) {
    // The generator (and the faker data behind it) loads only on a first start: every later start skips the download.
    const { demoWorkspace } = await import('../../shared/demo');
    await bulkLoad(db, demoWorkspace(today()).records);
  }
  return { db, demo: true };
}
