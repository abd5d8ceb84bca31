import { z } from 'zod';
import { idSchema, quarterSchema } from '../domain/common';

/**
 * The wire contract of closing incentive statements, an HQ act the server
 * performs (DESIGN §2, §5 "Server-made records"): the caller names the
 * partner (or a territory, or nothing: every partner) and the quarter; the
 * server computes each statement from its own store with the shared
 * calculator and writes the closed records, which devices then pull.
 */
export const closeStatementRequestSchema = z.strictObject({ partnerId: idSchema, quarter: quarterSchema });
export type CloseStatementRequest = z.infer<typeof closeStatementRequestSchema>;

/** Every partner of the quarter, or of one territory. */
export const closeStatementsRequestSchema = z.strictObject({ quarter: quarterSchema, territoryId: idSchema.optional() });
export type CloseStatementsRequest = z.infer<typeof closeStatementsRequestSchema>;

const closedRef = z.object({ id: idSchema, partnerId: idSchema, quarter: quarterSchema });

/**
 * What a close did, by record (devices pull the records themselves). Closing
 * is idempotent: a partner whose quarter was closed before is listed under
 * `alreadyClosed` with the record it has, never closed twice. A statement
 * that cannot be frozen (more programs in the quarter than a record keeps)
 * is refused by name; the others close.
 */
export const closeStatementsResponseSchema = z.object({
  closed: z.array(closedRef),
  alreadyClosed: z.array(closedRef),
  refused: z.array(z.object({ partnerId: idSchema, reason: z.string().max(1_000) })),
});
export type CloseStatementsResponse = z.infer<typeof closeStatementsResponseSchema>;
