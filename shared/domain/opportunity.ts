import { z } from 'zod';
import { boundedText, centsSchema, idSchema, isoDateSchema, requiredText, syncFields, importedFields } from './common';
import { currencySchema } from './currency';
import { dealRegistrationSchema } from './deal-registration';

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

/**
 * A credit note against a won deal: the customer returned part of what was
 * bought, or all of it. The deal's amount stays what was sold; what counts
 * for incentives is the amount net of its credit notes (`netAmountCents`),
 * and a credit note issued after a quarter's statement was closed is clawed
 * back on the next open statement rather than changing the closed one.
 */
export const creditNoteSchema = z.object({
  issuedOn: isoDateSchema,
  amountCents: centsSchema.min(1, { error: 'must be more than $0' }),
  reason: requiredText(300),
});
export type CreditNote = z.infer<typeof creditNoteSchema>;
/** More than any real deal sees; keeps a record small. */
export const MAX_CREDIT_NOTES = 50;

/**
 * Another partner on the same deal, with its own part in it: an SI that
 * sourced the deal an ISV co-sells. Each partner's figures and incentives
 * count the deal with the credit its role earns (deal-credit.ts); territory
 * and program totals count the deal once.
 */
export const coPartnerSchema = z.object({ partnerId: idSchema, role: partnerRoleSchema });
export type CoPartner = z.infer<typeof coPartnerSchema>;
/** A deal with more partners than this on it is not one the program credits. */
export const MAX_CO_PARTNERS = 4;

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
    /** The currency of the amount, the services and the credit notes; absent: the program currency (currency.ts). */
    currency: currencySchema.optional(),
    /** SI implementation services attached to the deal. */
    servicesAttachedCents: centsSchema,
    stage: opportunityStageSchema,
    createdOn: isoDateSchema,
    /** Expected close while open; actual close once won or lost. */
    closeOn: isoDateSchema,
    registeredOn: isoDateSchema.nullable(),
    protectionEndsOn: isoDateSchema.nullable(),
    nextStep: boundedText(500).optional(),
    /** The customer's website domain (acme.com), which conflict checks match first; absent: matched by name. */
    customerDomain: boundedText(253).optional(),
    /** The registration's lifecycle (deal-registration.ts); absent on deals registered before it existed: see lifecycle.ts. */
    registration: dealRegistrationSchema.optional(),
    /** The other partners on the deal beside `partnerId`; absent: none. */
    coPartners: z.array(coPartnerSchema).max(MAX_CO_PARTNERS).optional(),
    /** Absent on deals recorded before credit notes existed: none. */
    creditNotes: z.array(creditNoteSchema).max(MAX_CREDIT_NOTES).optional(),
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
  })
  // The registration's lifecycle (lifecycle.ts): a registration is a partner's claim, dated from its submission, and an approval protects until a day.
  .refine((o) => !o.registration || o.partnerId !== null, { path: ['registration'], error: 'needs a partner on the deal' })
  .refine((o) => !o.registration || o.registration.status === 'draft' || o.registeredOn !== null, {
    path: ['registeredOn'],
    error: 'is required once the registration is submitted',
  })
  .refine((o) => o.registration?.status !== 'approved' || o.protectionEndsOn !== null, {
    path: ['protectionEndsOn'],
    error: 'is required once the registration is approved',
  })
  .superRefine((o, ctx) => {
    // Another partner beside the deal's own, each once: a partner twice would be credited twice.
    const seen = new Set<string>();
    (o.coPartners ?? []).forEach((p, i) => {
      if (o.partnerId === null) ctx.addIssue({ code: 'custom', path: ['coPartners', i, 'partnerId'], message: 'needs a partner on the deal first' });
      else if (p.partnerId === o.partnerId || seen.has(p.partnerId)) ctx.addIssue({ code: 'custom', path: ['coPartners', i, 'partnerId'], message: 'is already on the deal' });
      seen.add(p.partnerId);
    });
  })
  .superRefine((o, ctx) => {
    // A credit note returns part of a sale: there must be a sale, made before it, and no more returned than sold.
    const notes = o.creditNotes ?? [];
    if (notes.length > 0 && o.stage !== 'won') ctx.addIssue({ code: 'custom', path: ['creditNotes'], message: 'can only be issued against a won deal' });
    let credited = 0;
    notes.forEach((note, i) => {
      if (note.issuedOn < o.closeOn) ctx.addIssue({ code: 'custom', path: ['creditNotes', i, 'issuedOn'], message: 'cannot be before the deal closed' });
      credited += note.amountCents;
      if (credited > o.amountCents) ctx.addIssue({ code: 'custom', path: ['creditNotes', i, 'amountCents'], message: 'would credit more than the deal amount' });
    });
  });
export type Opportunity = z.infer<typeof opportunitySchema>;

/** What the customer kept: the deal's amount less its credit notes (issued on or before `asOf`, when given). */
export const netAmountCents = (o: Pick<Opportunity, 'amountCents' | 'creditNotes'>, asOf?: string): number =>
  o.amountCents - (o.creditNotes ?? []).reduce((sum, note) => (asOf === undefined || note.issuedOn <= asOf ? sum + note.amountCents : sum), 0);

export const isClosed = (o: Pick<Opportunity, 'stage'>): boolean => o.stage === 'won' || o.stage === 'lost';
