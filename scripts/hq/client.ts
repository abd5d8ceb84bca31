import { entityNames, type RecordsByEntityName } from './records';
import {
  DEFAULT_PULL_LIMIT,
  errorBodySchema,
  pullResponseSchema,
  pushResponseSchema,
  routes,
  SCHEMA_VERSION,
  tokensSchema,
  type ErrorBody,
  type PushRequest,
  type PushResponse,
  type Tokens,
} from '../../shared/sync/protocol';

/**
 * The HQ server as the command-line tools (QBR packs, import) talk to it:
 * sign in, pull everything the user may read, push changes. The wire
 * contract is shared/sync/protocol, the same the app's sync engine speaks.
 */

/** Why a CLI stopped talking to HQ; each CLI maps the kinds to its exit codes. */
export class HqError extends Error {
  override readonly name = 'HqError';
  constructor(
    readonly kind: 'unreachable' | 'credentials' | 'server',
    message: string,
    /** The server's error body, when it sent one: a caller may act on its code (a push's `mutation_id_reused`). */
    readonly body?: ErrorBody['error'],
  ) {
    super(message);
  }
}

const post = async (server: string, path: string, body: unknown, token?: string): Promise<unknown> => {
  let response: Response;
  try {
    response = await fetch(new URL(path, server), {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });
  } catch (error) {
    const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : String(error);
    throw new HqError('unreachable', `Cannot reach the HQ server at ${server} (${cause}).`);
  }
  const json: unknown = await response.json().catch(() => null);
  if (response.ok) return json;
  const parsed = errorBodySchema.safeParse(json);
  const message = parsed.success ? parsed.data.error.message : `HTTP ${response.status}`;
  if (parsed.success && parsed.data.error.code === 'invalid_credentials') throw new HqError('credentials', `Sign-in refused: ${message}`, parsed.data.error);
  throw new HqError('server', `The HQ server answered ${path} with an error: ${message}`, parsed.success ? parsed.data.error : undefined);
};

export const signIn = async (server: string, email: string, password: string): Promise<Tokens> =>
  tokensSchema.parse(await post(server, routes.signIn, { email, password }));

export interface Pulled {
  records: RecordsByEntityName;
  /** The cursor per territory after the last page: the base version of a change made on what was pulled. */
  cursors: Record<string, number>;
  /** The server's clock minus ours, in ms, from the last page: changes are stamped on the server's time. */
  clockOffsetMs: number;
}

/**
 * Every row the user may read, paged by cursor until the server has no
 * more. A later page's copy of a row replaces an earlier one.
 */
export const pullEverything = async (server: string, tokens: Tokens, options: { clientId: string; onPage?: (rows: number) => void }): Promise<Pulled> => {
  const byTable = new Map<string, Map<string, Record<string, unknown>>>(entityNames.map((n) => [n, new Map()]));
  let cursors: Record<string, number> = {};
  // Echoed page to page as a device does: it carries where this pull began, so a collection on the server does not reset it.
  let epoch: string | undefined;
  let clockOffsetMs: number;
  for (;;) {
    const page = pullResponseSchema.parse(
      await post(server, routes.pull, { clientId: options.clientId, schemaVersion: SCHEMA_VERSION, ...(epoch !== undefined && { epoch }), cursors, limit: DEFAULT_PULL_LIMIT }, tokens.accessToken),
    );
    if (page.status === 'reset') throw new HqError('server', `The HQ server asked for a fresh pull (${page.reason}) in the middle of one; run the command again.`);
    for (const { table, row } of page.rows) byTable.get(table)?.set(String(row.id), row);
    options.onPage?.(page.rows.length);
    cursors = page.cursors;
    epoch = page.epoch;
    clockOffsetMs = page.serverTime - Date.now();
    if (!page.hasMore) break;
  }
  const records = Object.fromEntries([...byTable].map(([table, rows]) => [table, [...rows.values()]])) as unknown as RecordsByEntityName;
  return { records, cursors, clockOffsetMs };
};

/** One push request; the server answers each mutation (applied, merged, rejected, duplicate) or refuses the whole request (HqError). */
export const pushOnce = async (server: string, tokens: Tokens, request: PushRequest): Promise<PushResponse> =>
  pushResponseSchema.parse(await post(server, routes.push, request, tokens.accessToken));
