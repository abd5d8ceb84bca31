import { entityNames, type RecordsByEntityName } from './records';
import {
  DEFAULT_PULL_LIMIT,
  errorBodySchema,
  pullResponseSchema,
  routes,
  SCHEMA_VERSION,
  tokensSchema,
  type Tokens,
} from '../../shared/sync/protocol';

/** Why the CLI stopped talking to HQ; each maps to its own exit code. */
export class HqError extends Error {
  override readonly name = 'HqError';
  constructor(
    readonly kind: 'unreachable' | 'credentials' | 'server',
    message: string,
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
  if (parsed.success && parsed.data.error.code === 'invalid_credentials') throw new HqError('credentials', `Sign-in refused: ${message}`);
  throw new HqError('server', `The HQ server answered ${path} with an error: ${message}`);
};

export const signIn = async (server: string, email: string, password: string): Promise<Tokens> =>
  tokensSchema.parse(await post(server, routes.signIn, { email, password }));

/**
 * Every row the user may read, paged by cursor until the server has no
 * more. A later page's copy of a row replaces an earlier one.
 */
export const pullEverything = async (server: string, tokens: Tokens, onPage?: (rows: number) => void): Promise<RecordsByEntityName> => {
  const byTable = new Map<string, Map<string, Record<string, unknown>>>(entityNames.map((n) => [n, new Map()]));
  let cursors: Record<string, number> = {};
  const clientId = `qbr-cli-${crypto.randomUUID()}`;
  for (;;) {
    const page = pullResponseSchema.parse(
      await post(server, routes.pull, { clientId, schemaVersion: SCHEMA_VERSION, cursors, limit: DEFAULT_PULL_LIMIT }, tokens.accessToken),
    );
    if (page.status === 'reset') throw new HqError('server', `The HQ server asked for a fresh pull (${page.reason}) in the middle of one; run the export again.`);
    for (const { table, row } of page.rows) byTable.get(table)?.set(String(row.id), row);
    onPage?.(page.rows.length);
    cursors = page.cursors;
    if (!page.hasMore) break;
  }
  return Object.fromEntries([...byTable].map(([table, rows]) => [table, [...rows.values()]])) as unknown as RecordsByEntityName;
};
