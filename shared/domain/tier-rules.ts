import { z } from 'zod';
import { centsSchema, idSchema, isoDateSchema, partnerTypeSchema, syncFields, tiers, tierSchema } from './common';

/** What one tier asks of a partner. Every threshold is optional: absent means "not required". */
export const tierRequirementSchema = z.object({
  tier: tierSchema,
  /** Won partner revenue (sourced or co-sell) over the trailing four quarters. */
  minTrailingRevenueCents: centsSchema.optional(),
  /** Open partner pipeline on the day of assessment. */
  minOpenPipelineCents: centsSchema.optional(),
  /** Contacts certified in a given program on the day of assessment (expiries before quarter end make the tier "at risk"). */
  certifiedPeople: z.array(z.object({ programId: idSchema, count: z.number().int().min(1).max(10_000) })).max(50),
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
  requirements: z
    .array(tierRequirementSchema)
    .max(tiers.length)
    .refine((rs) => new Set(rs.map((r) => r.tier)).size === rs.length, { error: 'list each tier once' })
    .refine((rs) => rs.every((r) => r.tier !== 'registered'), { error: 'cannot set requirements for the entry tier' }),
});
export type TierRuleSet = z.infer<typeof tierRuleSetSchema>;
