import { z } from 'zod';
import { idSchema, syncFields } from './common';

/** A person at the partner: the unit certifications attach to. */
export const contactSchema = z.object({
  ...syncFields,
  partnerId: idSchema,
  name: z.string().trim().min(1).max(200),
  role: z.string().trim().min(1).max(100),
  email: z.email(),
  phone: z.string().trim().max(40).optional(),
  primary: z.boolean(),
});
export type Contact = z.infer<typeof contactSchema>;
