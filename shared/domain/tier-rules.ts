import { z } from 'zod';
import { centsSchema, idSchema, isoDateSchema, partnerTypeSchema, syncFields, tierSchema } from './common';

/** What one tier asks of a partner. Every threshold is optional: absent means "not required". */
export const tierRequirementSchema = z.object({
  tier: tierSchema,
  /** Won partner revenue (sourced or co-sell) over the trailing four quarters. */
  minTrailingRevenueCents: centsSchema.optional(),
  /** Open partner pipeline at the end of the quarter. */
  minOpenPipelineCents: centsSchema.optional(),
  /** Contacts certified in a given program, valid through the quarter's end. */
  certifiedPeople: z.array(z.object({ programId: idSchema, count: z.number().int().min(1) })),
  /** ISV: at least one integration certified. */
  integrationCertified: z.boolean().optional(),
  /** SI: consultants certified on the vendor's product. */
  minCertifiedConsultants: z.number().int().min(0).optional(),
});
export type TierRequirement = z.infer<typeof tierRequirementSchema>;

/**
 * HQ-defined and versioned: a manager's tier view always states which
 * version of the rules it was computed from.
 */
export const tierRuleSetSchema = z.object({
  ...syncFields,
  partnerType: partnerTypeSchema,
  version: z.number().int().min(1),
  effectiveFrom: isoDateSchema,
  /** Requirements for every tier above the entry tier, any order; the entry tier needs nothing. */
  requirements: z.array(tierRequirementSchema),
});
export type TierRuleSet = z.infer<typeof tierRuleSetSchema>;
