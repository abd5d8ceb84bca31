import { z } from 'zod';
import { idSchema, isoDateSchema } from './common';

/**
 * A record saved although the form said it looked like another one (a
 * partner with the same domain, a contact with the same email): which record
 * it looked like, why, and the day the user saved it anyway. One entry, the
 * latest: a later save over another warning replaces it. It records the
 * user's decision so a later clean-up of duplicates can tell a checked pair
 * from an unnoticed one; it never stops a save.
 */
export const duplicateAcknowledgedSchema = <M extends string>(matches: readonly [M, ...M[]]) =>
  z.object({ of: idSchema, match: z.enum(matches), on: isoDateSchema });

export type DuplicateAcknowledged<M extends string = string> = { of: string; match: M; on: string };
