import { z } from 'zod';
import { idSchema, syncFields } from './common';

/** A territory is its own scope: `territoryId` equals `id`. */
export const territorySchema = z
  .object({
    ...syncFields,
    name: z.string().trim().min(1).max(100),
    region: z.string().trim().min(1).max(100),
  })
  .refine((t) => t.territoryId === t.id, { path: ['territoryId'], error: 'must equal the territory id' });
export type Territory = z.infer<typeof territorySchema>;

export const userRoleSchema = z.enum(['manager', 'hq']);
export type UserRole = z.infer<typeof userRoleSchema>;

/** A person who signs in. Credentials live on the server only. */
export const userSchema = z.object({
  id: idSchema,
  email: z.email(),
  displayName: z.string().trim().min(1).max(200),
  role: userRoleSchema,
  /** Territories a manager works; HQ sees every territory whatever this holds. */
  territoryIds: z.array(idSchema),
});
export type User = z.infer<typeof userSchema>;
