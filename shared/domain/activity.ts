import { z } from 'zod';
import { boundedText, idSchema, isoDateSchema, isoDateTimeSchema, quarterSchema, requiredText, syncFields } from './common';

export const activitySchema = z.object({
  ...syncFields,
  partnerId: idSchema,
  kind: z.enum(['visit', 'call', 'email', 'qbr', 'note']),
  occurredAt: isoDateTimeSchema,
  authorUserId: idSchema,
  subject: requiredText(200),
  notes: boundedText(20_000),
});
export type Activity = z.infer<typeof activitySchema>;

/** An action item agreed in a QBR or visit. */
export const commitmentSchema = z.object({
  ...syncFields,
  partnerId: idSchema,
  /** The quarter the commitment is reviewed in. */
  quarter: quarterSchema,
  description: requiredText(1_000),
  ownerSide: z.enum(['vendor', 'partner']),
  ownerName: requiredText(200),
  dueOn: isoDateSchema,
  status: z.enum(['open', 'in-progress', 'done', 'missed']),
  activityId: idSchema.nullable(),
});
export type Commitment = z.infer<typeof commitmentSchema>;
