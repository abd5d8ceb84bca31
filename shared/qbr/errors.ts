/** Why a partner's data cannot make a pack; a batch reports these per partner and goes on. */
export type QbrDataProblem = 'partner-not-found' | 'partner-deleted' | 'invalid-quarter' | 'not-enrolled-yet' | 'invalid-record';

/**
 * A pack that cannot be built, named by partner and reason. Thin data is not
 * an error (its section says "no data"); this is for data no pack can stand on.
 */
export class QbrDataError extends Error {
  override readonly name = 'QbrDataError';
  constructor(
    readonly problem: QbrDataProblem,
    readonly partnerId: string,
    readonly partnerName: string | null,
    readonly reason: string,
  ) {
    super(`${partnerName ?? `Partner ${partnerId}`}: ${reason}`);
  }
}
