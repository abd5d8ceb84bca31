import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import { routes } from '../../shared/sync/protocol';
import { closeStatementRequestSchema, closeStatementsRequestSchema, type CloseStatementsResponse } from '../../shared/sync/statement-close';
import type { Caller } from '../auth/users';
import { CloseRefused, closeStatements, type CloseTarget } from '../sync/close-statements';
import { requireCaller, type ServerContext } from './context';
import { HttpError } from './errors';
import { parseBody } from './validate';

const BODY_LIMIT = 4 * 1024;
const statusOf: Record<CloseRefused['code'], number> = { bad_request: 400, forbidden: 403, not_found: 404 };

/**
 * HQ closes incentive statements (DESIGN §2, §5 "Server-made records"): one
 * partner's quarter, or every partner's (of a territory). The server computes
 * and writes the records; devices learn of them by the usual pull, poked.
 */
export const statementRoutes = (app: FastifyInstance, ctx: ServerContext): void => {
  const close = async (log: FastifyBaseLogger, caller: Caller, quarter: string, target: CloseTarget): Promise<CloseStatementsResponse> => {
    try {
      const outcome = await closeStatements(ctx.store, caller, quarter, target, ctx.now());
      // After the commit, as a push does: a device that pulls on the poke finds the records.
      await ctx.hub.publish({ territories: outcome.changed, version: outcome.version }).catch((error: unknown) => {
        log.warn({ err: error }, 'poke failed');
      });
      return outcome.response;
    } catch (error) {
      if (error instanceof CloseRefused) throw new HttpError(statusOf[error.code], error.code, error.message, error.fields);
      throw error;
    }
  };

  app.post(routes.closeStatement, { bodyLimit: BODY_LIMIT }, async (request) => {
    const caller = await requireCaller(ctx, request);
    const body = parseBody(closeStatementRequestSchema, request.body);
    return close(request.log, caller, body.quarter, { partnerId: body.partnerId });
  });

  app.post(routes.closeStatements, { bodyLimit: BODY_LIMIT }, async (request) => {
    const caller = await requireCaller(ctx, request);
    const body = parseBody(closeStatementsRequestSchema, request.body);
    return close(request.log, caller, body.quarter, body.territoryId === undefined ? { all: true } : { territoryId: body.territoryId });
  });
};
