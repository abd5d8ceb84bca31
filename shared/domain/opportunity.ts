import { z } from 'zod';
import { boundedText, centsSchema, idSchema, isoDateSchema, requiredText, syncFields, importedFields } from './common';

export const opportunityStages = ['qualify', 'develop', 'propose', 'negotiate', 'won', 'lost'] as const;
export const opportunityStageSchema = z.enum(opportunityStages);
export type OpportunityStage = z.infer<typeof opportunityStageSchema>;

/**
 * A partner's part in a deal. One value per deal, so a deal can never be
 * sourced and influenced at once; no partner at all means a direct-only deal,
 * the baseline partner deals are compared against.
 */
export const partnerRoles = ['sourced', 'influenced', 'co-sell'] as const;
export const partnerRoleSchema = z.enum(partnerRoles);
export type PartnerRole = z.infer<typeof partnerRoleSchema>;

export const opportunitySchema = z
  .object({
    ...syncFields,
    ...importedFields,
    partnerId: idSchema.nullable(),
    partnerRole: partnerRoleSchema.nullable(),
    customerName: requiredText(200),
    /** The customer bought nothing from the vendor before this deal. */
    newCustomer: z.boolean(),
    dealType: z.enum(['new-business', 'expansion', 'renewal']),
    /** How the deal is transacted; marketplace deals drive ISV revenue share. */
    channel: z.enum(['direct', 'resale', 'marketplace']),
    productLine: requiredText(100),
    amountCents: centsSchema,
    /** SI implementation services attached to the deal. */
    servicesAttachedCents: centsSchema,
    stage: opportunityStageSchema,
    createdOn: isoDateSchema,
    /** Expected close while open; actual close once won or lost. */
    closeOn: isoDateSchema,
    registeredOn: isoDateSchema.nullable(),
    protectionEndsOn: isoDateSchema.nullable(),
    nextStep: boundedText(500).optional(),
  })
  .refine((o) => (o.partnerId === null) === (o.partnerRole === null), {
    path: ['partnerRole'],
    error: 'is required when a partner is on the deal, and must be empty on a direct-only deal',
  })
  .refine((o) => o.closeOn >= o.createdOn, { path: ['closeOn'], error: 'cannot be before the created date' })
  .refine((o) => !o.registeredOn || o.partnerId !== null, {
    path: ['registeredOn'],
    error: 'only a deal with a partner can be registered',
  })
  .refine((o) => !o.protectionEndsOn || (o.registeredOn && o.protectionEndsOn >= o.registeredOn), {
    path: ['protectionEndsOn'],
    error: 'needs a registration date on or before it',
  });
export type Opportunity = z.infer<typeof opportunitySchema>;

export const isClosed = (o: Pick<Opportunity, 'stage'>): boolean => o.stage === 'won' || o.stage === 'lost';
