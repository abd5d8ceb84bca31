import { z } from 'zod';
import { idSchema, isoDateTimeSchema, syncFields } from './common';

/** One side of a same-field conflict: the value, its clock, and who wrote it when. */
export const conflictSideSchema = z.object({
  /** The field's value; null when the field was empty. */
  value: z.unknown(),
  /** Hybrid logical clock of the write (shared/sync/hlc). */
  hlc: z.string().min(1),
  userId: idSchema,
  /** The name a person reads: the writer's display name or email. */
  userName: z.string().min(1).max(200),
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
  table: z.string().min(1).max(64),
  rowId: idSchema,
  /** Dotted field name, e.g. `name` or `attributes.practiceSize`. */
  field: z.string().min(1).max(200),
  /** What the record is called, so the Conflict Center reads "Partner Northwind: Tier". */
  rowLabel: z.string().max(300),
  kept: conflictSideSchema,
  lost: conflictSideSchema,
  status: z.enum(['open', 'restored', 'dismissed']),
});
export type Conflict = z.infer<typeof conflictSchema>;
