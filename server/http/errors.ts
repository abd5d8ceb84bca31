import type { FastifyError, FastifyInstance } from 'fastify';
import type { ErrorBody, ErrorCode } from '../../shared/sync/protocol';
import { isRefusedValue, isStoreUnavailable } from '../store/failures';
import { PushRefused } from '../sync/push-refusal';

/** Seconds a client is asked to wait when the database is out of reach. */
export const STORE_RETRY_AFTER_SECONDS = 5;

/** An answer the server means to give: an HTTP status and a body of the protocol's error shape. */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: ErrorCode,
    message: string,
    readonly fields?: Record<string, string>,
    readonly details: { serverTime?: number; lastMutationId?: number } = {},
  ) {
    super(message);
    this.name = 'HttpError';
  }

  body(): ErrorBody {
    return {
      error: {
        code: this.code,
        message: this.message,
        ...(this.fields ? { fields: this.fields } : {}),
        ...(this.details.serverTime !== undefined ? { serverTime: this.details.serverTime } : {}),
        ...(this.details.lastMutationId !== undefined ? { lastMutationId: this.details.lastMutationId } : {}),
      },
    };
  }
}

/** The HTTP status of each way the sync code refuses a whole push. */
const pushStatus: Record<PushRefused['code'], number> = { bad_request: 400, clock_ahead: 400, forbidden: 403, mutation_id_reused: 409 };

const fromPush = (refused: PushRefused): HttpError =>
  new HttpError(pushStatus[refused.code], refused.code, refused.message, refused.details.fields, {
    ...(refused.details.serverTime !== undefined && { serverTime: refused.details.serverTime }),
    ...(refused.details.lastMutationId !== undefined && { lastMutationId: refused.details.lastMutationId }),
  });

/** Fastify's own errors (body parsing, limits) in the protocol's words. */
const fromFastify = (error: FastifyError): HttpError | undefined => {
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new HttpError(413, 'payload_too_large', 'The request is larger than the server takes in one call.');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new HttpError(415, 'bad_request', 'The request body must be JSON (Content-Type: application/json).');
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new HttpError(400, 'bad_request', 'The request body is empty; it must be a JSON object.');
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return new HttpError(400, 'bad_request', 'The request body is not valid JSON.');
  }
  if (error.statusCode === 413) return new HttpError(413, 'payload_too_large', 'The request body is too large.');
  // Anything else Fastify rejects before a handler runs is the request's fault, e.g. JSON.parse
  // giving up on absurd nesting (a RangeError) or a poisoned __proto__ key.
  if ((error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500) || error instanceof SyntaxError) {
    return new HttpError(400, 'bad_request', 'The request could not be read: it must be a JSON object of the documented shape.');
  }
  return undefined;
};

/**
 * Every error leaves as JSON `{error:{code,message,fields?}}`. Hostile input
 * ends here as a 4xx; only a fault of the server itself is a 500, logged,
 * with no detail for the caller.
 */
export const installErrorHandler = (app: FastifyInstance): void => {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const known = error instanceof HttpError ? error : error instanceof PushRefused ? fromPush(error) : fromFastify(error);
    if (known) return reply.status(known.statusCode).send(known.body());
    if (isStoreUnavailable(error)) {
      request.log.warn({ err: error }, 'database unavailable');
      return reply
        .status(503)
        .header('retry-after', String(STORE_RETRY_AFTER_SECONDS))
        .send(new HttpError(503, 'unavailable', `The server's database cannot be reached; your changes are kept and sync again in ${STORE_RETRY_AFTER_SECONDS} s.`).body());
    }
    if (isRefusedValue(error)) {
      request.log.warn({ err: error }, 'database refused a value');
      return reply.status(400).send(new HttpError(400, 'bad_request', 'A value in the request cannot be stored; nothing was saved.').body());
    }
    request.log.error({ err: error }, 'request failed');
    return reply.status(500).send(new HttpError(500, 'internal', 'The server failed to handle this request; try again.').body());
  });
};
