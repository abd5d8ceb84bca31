import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  errorBodySchema,
  pokeSchema,
  pullRequestSchema,
  pullResponseSchema,
  pushRequestSchema,
  pushResponseSchema,
  refreshRequestSchema,
  routes,
  signInRequestSchema,
  tokensSchema,
  SCHEMA_VERSION,
} from '../../shared/sync/protocol';
import { closeStatementRequestSchema, closeStatementsRequestSchema, closeStatementsResponseSchema } from '../../shared/sync/statement-close';

/**
 * The OpenAPI 3.1 document, generated from the protocol's zod schemas
 * (z.toJSONSchema), so the document cannot drift from what the server checks.
 */
const json = (schema: z.ZodType, io: 'input' | 'output') => z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' });

const errorResponse = (description: string) => ({ description, content: { 'application/json': { schema: json(errorBodySchema, 'output') } } });

/** Sign-in only: refused before the password is checked (auth/sign-in-limits.ts). */
const rateLimited = {
  '429': {
    ...errorResponse(
      'Too many attempts (`rate_limited`): per address and email, or failed sign-ins per address, where even the right password is refused until the window ends.',
    ),
    headers: { 'Retry-After': { description: 'Seconds until the window ends', schema: { type: 'integer', minimum: 1 } } },
  },
};

const jsonOperation = (summary: string, request: z.ZodType | undefined, response: z.ZodType | undefined, secured: boolean, extra: Record<string, unknown> = {}) => ({
  summary,
  ...(secured ? { security: [{ bearer: [] }] } : {}),
  ...(request ? { requestBody: { required: true, content: { 'application/json': { schema: json(request, 'input') } } } } : {}),
  responses: {
    [response ? '200' : '204']: response ? { description: 'OK', content: { 'application/json': { schema: json(response, 'output') } } } : { description: 'Done' },
    '400': errorResponse('The body does not match the schema (`fields` names what is wrong), or a clock is too far ahead (`clock_ahead`).'),
    '401': errorResponse('Not signed in, or the token is forged, expired or revoked.'),
    '413': errorResponse('The body is too large.'),
    '426': errorResponse('The client is older than the server (`update_required`).'),
    '503': {
      ...errorResponse('The database cannot be reached for now (`unavailable`); nothing was stored. Retry after the header says.'),
      headers: { 'Retry-After': { description: 'Seconds to wait before retrying', schema: { type: 'integer', minimum: 1 } } },
    },
    ...extra,
  },
});

export const openApiDocument = () => ({
  openapi: '3.1.0',
  info: { title: 'Partner Desk HQ sync server', version: String(SCHEMA_VERSION), description: 'Sync protocol of DESIGN §5. Schema version ' + SCHEMA_VERSION + '.' },
  components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
  paths: {
    [routes.signIn]: { post: jsonOperation('Sign in with email and password', signInRequestSchema, tokensSchema, false, rateLimited) },
    [routes.refresh]: { post: jsonOperation('New tokens for a refresh token (which is spent)', refreshRequestSchema, tokensSchema, false) },
    [routes.signOut]: { post: jsonOperation('End the session of the access token', undefined, undefined, true) },
    [routes.push]: {
      post: jsonOperation('Send a batch of changes', pushRequestSchema, pushResponseSchema, true, {
        '403': errorResponse('The device id belongs to another user (`forbidden`).'),
        '409': errorResponse(
          'A change number at or below the last one taken, for a different change (`mutation_id_reused`): number the pending changes on from `lastMutationId` and send them again. Nothing was stored.',
        ),
      }),
    },
    [routes.pull]: { post: jsonOperation('Changes newer than the cursors, one page', pullRequestSchema, pullResponseSchema, true) },
    [routes.events]: {
      get: {
        summary: 'Server-sent events: `event: poke` with a Poke for territories in the caller\'s scope; a comment heartbeat every 25 s',
        security: [{ bearer: [] }],
        parameters: [{ name: 'access_token', in: 'query', required: false, schema: { type: 'string' }, description: 'For EventSource, which cannot set headers' }],
        responses: {
          '200': { description: 'An event stream', content: { 'text/event-stream': { schema: json(pokeSchema, 'output') } } },
          '401': errorResponse('Not signed in.'),
        },
      },
    },
    ...Object.fromEntries(
      (
        [
          [routes.closeStatement, "Close one partner's incentive statement for an ended quarter (HQ)", closeStatementRequestSchema],
          [routes.closeStatements, "Close every partner's statement for an ended quarter, or a territory's (HQ)", closeStatementsRequestSchema],
        ] as const
      ).map(([path, summary, request]) => [
        path,
        {
          post: jsonOperation(summary, request, closeStatementsResponseSchema, true, {
            '403': errorResponse('The caller is not HQ (`forbidden`).'),
            '404': errorResponse('No partner has this id (`not_found`).'),
          }),
        },
      ]),
    ),
    [routes.health]: { get: { summary: 'Liveness and database check', responses: { '200': { description: 'OK' }, '503': { description: 'Database unreachable' } } } },
    [routes.openapi]: { get: { summary: 'This document', responses: { '200': { description: 'OK' } } } },
  },
});

export const openApiRoutes = (app: FastifyInstance): void => {
  const document = openApiDocument();
  app.get(routes.openapi, async () => document);
};
