import { z } from 'zod';
import { idSchema, isoDateTimeSchema, quarterSchema, requiredText, syncFields } from './common';

/** The record of a QBR pack handed over, synced so HQ sees delivery. */
export const qbrRecordSchema = z.object({
  ...syncFields,
  partnerId: idSchema,
  quarter: quarterSchema,
  formats: z.array(z.enum(['pptx', 'pdf', 'xlsx'])).min(1).max(3),
  exportedByUserId: idSchema,
  exportedAt: isoDateTimeSchema,
  metricDefinitionsVersion: requiredText(40),
});
export type QbrRecord = z.infer<typeof qbrRecordSchema>;
