import { MAX_PULL_LIMIT, SCHEMA_VERSION } from '../../shared/sync/protocol';
import type { PartnerDeskDb } from '../db/database';
import { applyPullPage, applyReset, type PullPage } from './pull-apply';
import { readCursors, readEpoch } from '../db/sync-meta';
import { SyncError } from './errors';
import type { ServerClock } from './server-clock';
import type { SyncApi } from './sync-api';

export interface PullOptions {
  db: PartnerDeskDb;
  api: SyncApi;
  clock: ServerClock;
  clientId: string;
  limit?: number;
  /** Rows stored so far in this pull, and whether more pages follow. */
  onProgress?: (rows: number, hasMore: boolean) => void;
}

/** Resets in one pull beyond this mean the server keeps changing epoch: stop and report. */
const MAX_RESETS = 2;

/** Rows per page the client asks for: the protocol's most, so a first sync takes fewer, larger transactions. */
export const CLIENT_PULL_LIMIT = MAX_PULL_LIMIT;

/**
 * Pulls every territory up to date, page by page, each page stored with its
 * cursors in one transaction (DESIGN §5). A `reset` drops the synced rows and
 * cursors, keeps the outbox, and the loop carries on from zero.
 *
 * While a page is being stored the next one is already asked for, with the
 * cursors the stored page will leave (the page's own, over the ones sent, for
 * the territories it names), so the server's time hides behind IndexedDB's.
 * Pulling is read-only: should the store fail, that answer is dropped unread.
 */
export const pullChanges = async (options: PullOptions): Promise<number> => {
  const { db, api, clock, clientId } = options;
  const limit = options.limit ?? CLIENT_PULL_LIMIT;
  const ask = (epoch: string | undefined, cursors: Record<string, number>) => {
    const request = { clientId, schemaVersion: SCHEMA_VERSION, ...(epoch !== undefined && { epoch }), cursors, limit };
    const answer = api.pull(request);
    // Awaited below or dropped on purpose after a failed store: never an unhandled rejection.
    answer.catch(() => undefined);
    return { cursors, answer };
  };
  const askFromStore = async () => {
    const [epoch, cursors] = await db.transaction('r', db.syncMeta, () => Promise.all([readEpoch(db), readCursors(db)]));
    return ask(epoch, cursors);
  };

  let rows = 0;
  let resets = 0;
  let asked = await askFromStore();
  for (;;) {
    const response = await asked.answer;
    if (response.status === 'reset') {
      if (++resets > MAX_RESETS) throw new SyncError('bad_response', 'The server asked for a fresh start again and again.');
      await applyReset(db, response.epoch);
      asked = await askFromStore();
      continue;
    }
    const next = response.hasMore ? ask(response.epoch, cursorsAfter(asked.cursors, response)) : undefined;
    await applyPullPage(db, response, clock.now());
    rows += response.rows.length;
    options.onProgress?.(rows, response.hasMore);
    if (!next) return rows;
    asked = next;
  }
};

/** The cursors the store holds once `page` is stored: lost territories' cursors go, the page's replace the rest. */
const cursorsAfter = (sent: Readonly<Record<string, number>>, page: PullPage): Record<string, number> => {
  const kept = new Set(page.territories);
  return Object.fromEntries(Object.entries({ ...sent, ...page.cursors }).filter(([territoryId]) => kept.has(territoryId)));
};
