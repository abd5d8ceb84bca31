import type { Page } from 'playwright-core';

/**
 * Holds a store of the page's IndexedDB once another store has more rows
 * than it had when this was called (a write under way added one): from then
 * on, every read-write transaction that needs the held store waits, until
 * `release`. A test that must act while a long write is under way (Cancel an
 * import between its chunks) then does not race the write, however fast it is.
 *
 * In the page: a count of `watch` is queued again and again; IndexedDB runs
 * transactions over the same store in the order they were made, so the count
 * that first sees the new row runs right after the write that made it, and
 * opens a read-write transaction over `hold` that it keeps alive with reads
 * until the test releases it. Resolves once the first count is taken.
 */
export const holdStoreOnceFilled = async (page: Page, database: string, watch: string, hold: string): Promise<{ release: () => Promise<void> }> => {
  await page.evaluate(
    ({ database, watch, hold }) =>
      new Promise<void>((counted, failed) => {
        const state = { released: false };
        (window as unknown as { __idbHold: typeof state }).__idbHold = state;
        const open = indexedDB.open(database);
        open.onerror = () => failed(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const keepAlive = (store: IDBObjectStore) => {
            if (state.released) return;
            store.count().onsuccess = () => keepAlive(store);
          };
          let before: number | undefined;
          const look = () => {
            const count = db.transaction(watch, 'readonly').objectStore(watch).count();
            count.onsuccess = () => {
              if (before === undefined) {
                before = count.result;
                counted();
              }
              if (count.result <= before) return void setTimeout(look, 0);
              keepAlive(db.transaction(hold, 'readwrite').objectStore(hold));
            };
          };
          look();
        };
      }),
    { database, watch, hold },
  );
  return { release: () => page.evaluate(() => void ((window as unknown as { __idbHold: { released: boolean } }).__idbHold.released = true)) };
};
