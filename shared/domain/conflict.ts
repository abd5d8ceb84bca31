import { z } from 'zod';
import { boundedText, idSchema, isoDateTimeSchema, requiredText, syncFields } from './common';

/** One side of a same-field conflict: the value, its clock, and who wrote it when. */
export const conflictSideSchema = z.object({
  /** The field's value; null when the field was empty. */
  value: z.unknown(),
  /** Hybrid logical clock of the write (shared/sync/hlc). */
  hlc: boundedText(200).min(1),
  userId: idSchema,
  /** The name a person reads: the writer's display name or email. */
  userName: requiredText(200),
  at: isoDateTimeSchema,
});
export type ConflictSide = z.infer<typeof conflictSideSchema>;

/**
 * An overwritten value, never silently dropped (DESIGN §5). The server makes
 * one whenever two people changed the same field without seeing each other's
 * change: `kept` is what the record holds now, `lost` what was overwritten.
 * It syncs in the record's territory, so everyone who can see the record can
 * see the conflict; restoring writes `lost.value` back as a new change.
 */
export const conflictSchema = z.object({
  ...syncFields,
  table: requiredText(64),
  rowId: idSchema,
  /** Dotted field name, e.g. `name` or `attributes.practiceSize`. */
  field: requiredText(200),
  /** What the record is called, so the Conflict Center reads "Partner Northwind: Tier". */
  rowLabel: boundedText(300),
  kept: conflictSideSchema,
  lost: conflictSideSchema,
  status: z.enum(['open', 'restored', 'dismissed']),
});
export type Conflict = z.infer<typeof conflictSchema>;

/**
 * All a device may send about a conflict: that its user restored the
 * overwritten value or kept the current one. Everything else in a conflict
 * is the server's record of what happened, and only the server writes it.
 */
export const conflictUserPatchSchema = z.strictObject({
  status: z.enum(['restored', 'dismissed']),
  updatedAt: isoDateTimeSchema.optional(),
});
