import type { ErrorCode } from '../../shared/sync/protocol';

/**
 * Every way a sync call can fail, as one typed error the engine and the
 * status store branch on (the Actual Budget pattern: one error, one action
 * for the user). `network`: the server could not be reached or the answer
 * was lost; `bad_response`: the server answered something the protocol does
 * not allow.
 */
export type SyncErrorCode = ErrorCode | 'network' | 'bad_response';

export class SyncError extends Error {
  override name = 'SyncError';
  constructor(
    readonly code: SyncErrorCode,
    message: string,
    readonly details: { status?: number; serverTime?: number; fields?: Record<string, string>; lastMutationId?: number } = {},
  ) {
    super(message);
  }
}

export const isSyncError = (error: unknown, ...codes: SyncErrorCode[]): error is SyncError =>
  error instanceof SyncError && (codes.length === 0 || codes.includes(error.code));

/** The one thing a user can do about a failed sync. */
export type SyncAction = 'sign-in' | 'retry' | 'update' | 'check-clock';

export const actionFor = (error: unknown): SyncAction => {
  if (!(error instanceof SyncError)) return 'retry';
  switch (error.code) {
    case 'unauthorized':
    case 'refresh_invalid':
    case 'invalid_credentials':
      return 'sign-in';
    case 'update_required':
      return 'update';
    case 'clock_ahead':
      return 'check-clock';
    default:
      return 'retry';
  }
};
