import { z } from 'zod';
import { boundedText, bpsSchema, centsSchema, idSchema, requiredText, responsiblePartySchema, syncFields } from './common';

export const pricingModels = ['bundle', 'separately-priced', 'marketplace'] as const;
export const renewalModels = ['co-termed', 'vendor-renews', 'partner-renews', 'separate-renewals'] as const;
export const solutionStatuses = ['draft', 'defined', 'approved'] as const;

/**
 * The commercial half of a joint solution (the seed's first failure mode is
 * an integration without one). Every field is optional while it is drafted;
 * the completeness calculator says what is still missing.
 */
export const commercialModelSchema = z.object({
  pricingModel: z.enum(pricingModels).optional(),
  listPriceCents: centsSchema.optional(),
  partnerDiscountBps: bpsSchema.optional(),
  revenueShareBps: bpsSchema.optional(),
  support: z.object({
    l1: responsiblePartySchema.optional(),
    l2: responsiblePartySchema.optional(),
    l3: responsiblePartySchema.optional(),
  }),
  customerSuccessOwner: responsiblePartySchema.optional(),
  renewalOwner: responsiblePartySchema.optional(),
  renewalModel: z.enum(renewalModels).optional(),
  integrationCertification: z.enum(['not-started', 'in-progress', 'certified']).optional(),
});
export type CommercialModel = z.infer<typeof commercialModelSchema>;

export const jointSolutionSchema = z.object({
  ...syncFields,
  partnerId: idSchema,
  name: requiredText(200),
  description: boundedText(5_000).optional(),
  status: z.enum(solutionStatuses),
  commercialModel: commercialModelSchema,
});
export type JointSolution = z.infer<typeof jointSolutionSchema>;
