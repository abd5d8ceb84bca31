import type { ErrorCode } from '../../shared/sync/protocol';

/**
 * A push refused as a whole, before anything of it is stored: a clock the
 * server cannot trust, change numbers out of order or reused. Sync code
 * says what is wrong in the protocol's terms; the HTTP layer picks the
 * status (server/http/errors.ts), so domain code never speaks HTTP.
 */
export class PushRefused extends Error {
  override name = 'PushRefused';
  constructor(
    readonly code: Extract<ErrorCode, 'bad_request' | 'clock_ahead' | 'mutation_id_reused' | 'forbidden'>,
    message: string,
    readonly details: { fields?: Record<string, string>; serverTime?: number; lastMutationId?: number } = {},
  ) {
    super(message);
  }
}
