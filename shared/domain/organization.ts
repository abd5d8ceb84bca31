import { z } from 'zod';
import { emailSchema, idSchema, requiredText, syncFields } from './common';

/** A territory is its own scope: `territoryId` equals `id`. */
export const territorySchema = z
  .object({
    ...syncFields,
    name: requiredText(100),
    region: requiredText(100),
  })
  .refine((t) => t.territoryId === t.id, { path: ['territoryId'], error: 'must equal the territory id' });
export type Territory = z.infer<typeof territorySchema>;

export const userRoleSchema = z.enum(['manager', 'hq']);
export type UserRole = z.infer<typeof userRoleSchema>;

/** A person who signs in. Credentials live on the server only. */
export const userSchema = z.object({
  id: idSchema,
  email: emailSchema,
  displayName: requiredText(200),
  role: userRoleSchema,
  /** Territories a manager works; HQ sees every territory whatever this holds. */
  territoryIds: z.array(idSchema).max(1_000),
});
export type User = z.infer<typeof userSchema>;
