import type { FastifyError, FastifyInstance } from 'fastify';
import type { ErrorBody, ErrorCode } from '../../shared/sync/protocol';

/** An answer the server means to give: an HTTP status and a body of the protocol's error shape. */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: ErrorCode,
    message: string,
    readonly fields?: Record<string, string>,
    readonly serverTime?: number,
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
        ...(this.serverTime !== undefined ? { serverTime: this.serverTime } : {}),
      },
    };
  }
}

/** Fastify's own errors (body parsing, limits) in the protocol's words. */
const fromFastify = (error: FastifyError): HttpError | undefined => {
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new HttpError(413, 'payload_too_large', 'The request body is too large; send fewer changes per request.');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new HttpError(415, 'bad_request', 'The request body must be JSON (Content-Type: application/json).');
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new HttpError(400, 'bad_request', 'The request body is empty; it must be a JSON object.');
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return new HttpError(400, 'bad_request', 'The request body is not valid JSON.');
  }
  if (error.statusCode === 429) return new HttpError(429, 'rate_limited', 'Too many attempts; wait a minute and try again.');
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
    const known = error instanceof HttpError ? error : fromFastify(error);
    if (known) return reply.status(known.statusCode).send(known.body());
    request.log.error({ err: error }, 'request failed');
    return reply.status(500).send(new HttpError(500, 'internal', 'The server failed to handle this request; try again.').body());
  });
};
