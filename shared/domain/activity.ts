import { z } from 'zod';
import { boundedText, idSchema, isoDateSchema, isoDateTimeSchema, quarterSchema, requiredText, syncFields, importedFields } from './common';

/** `joint-marketing`: a webinar, event or campaign run with the partner (a plan objective counts them). */
export const activityKinds = ['visit', 'call', 'email', 'qbr', 'note', 'joint-marketing'] as const;

export const activitySchema = z.object({
  ...syncFields,
  ...importedFields,
  partnerId: idSchema,
  kind: z.enum(activityKinds),
  occurredAt: isoDateTimeSchema,
  authorUserId: idSchema,
  subject: requiredText(200),
  notes: boundedText(20_000),
  /**
   * The manager marked the notes to share with the partner: the partner's QBR
   * pack shows them under this quarter's visits and decisions. Absent (older
   * records) or false: internal, never in a partner pack.
   */
  sharedWithPartner: z.boolean().optional(),
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
