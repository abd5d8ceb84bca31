import type { FastifyInstance } from 'fastify';
import { MAX_PUSH_BYTES, pullRequestSchema, pushRequestSchema, routes } from '../../shared/sync/protocol';
import { pull } from '../sync/pull';
import { applyPush, checkClocks } from '../sync/push';
import { requireCaller, type ServerContext } from './context';
import { checkSchemaVersion, parseBody } from './validate';

const PULL_BODY_LIMIT = 256 * 1024;

export const syncRoutes = (app: FastifyInstance, ctx: ServerContext): void => {
  app.post(routes.push, { bodyLimit: MAX_PUSH_BYTES }, async (request) => {
    const caller = await requireCaller(ctx, request);
    checkSchemaVersion(request.body);
    const body = parseBody(pushRequestSchema, request.body);
    const now = ctx.now();
    checkClocks(body, now);
    const outcome = await applyPush(ctx.store, caller, body, now);
    // Pokes go out after the commit: a client that pulls on a poke must find the change.
    await ctx.hub.publish({ territories: outcome.changed, version: outcome.version }).catch((error: unknown) => {
      request.log.warn({ err: error }, 'poke failed');
    });
    return outcome.response;
  });

  app.post(routes.pull, { bodyLimit: PULL_BODY_LIMIT }, async (request, reply) => {
    const caller = await requireCaller(ctx, request);
    checkSchemaVersion(request.body);
    const body = parseBody(pullRequestSchema, request.body);
    const outcome = await pull(ctx.store, caller, body, ctx.epoch, ctx.now());
    if (outcome.kind === 'reset') return outcome.body;
    return reply.type('application/json; charset=utf-8').send(outcome.json);
  });
};
