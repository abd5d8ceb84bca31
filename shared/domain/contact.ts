import { z } from 'zod';
import { boundedText, emailSchema, idSchema, requiredText, syncFields, importedFields } from './common';
import { duplicateAcknowledgedSchema } from './duplicate-acknowledged';

/** A person at the partner: the unit certifications attach to. */
export const contactSchema = z.object({
  ...syncFields,
  ...importedFields,
  partnerId: idSchema,
  name: requiredText(200),
  role: requiredText(100),
  email: emailSchema,
  phone: boundedText(40).trim().optional(),
  primary: z.boolean(),
  /** Saved while its email was another contact's: the user's word that both are right (a shared inbox, one person at two partners). */
  duplicateAcknowledged: duplicateAcknowledgedSchema(['same-email']).optional(),
});
export type Contact = z.infer<typeof contactSchema>;
