import { z } from 'zod';
import { boundedText, emailSchema, idSchema, requiredText, syncFields, importedFields } from './common';

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
});
export type Contact = z.infer<typeof contactSchema>;
