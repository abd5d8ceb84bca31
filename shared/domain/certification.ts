import { z } from 'zod';
import { idSchema, partnerTypes, isoDateSchema, partnerTypeSchema, requiredText, syncFields, importedFields } from './common';

const validityMonthsSchema = z.number().int().min(1).max(120);
const programPartnerTypesSchema = z.array(partnerTypeSchema).min(1).max(partnerTypes.length);

/**
 * A program's terms before a later version replaced them: what governed the
 * certifications issued up to `until` (certification-terms.ts).
 */
export const certificationTermsSchema = z.object({
  version: z.number().int().min(1),
  /** The day these terms took effect; null for a program's first terms. */
  effectiveFrom: isoDateSchema.nullable(),
  /** Their last day: the day before the next version took effect. */
  until: isoDateSchema,
  validityMonths: validityMonthsSchema,
  partnerTypes: programPartnerTypesSchema,
});
export type CertificationTerms = z.infer<typeof certificationTermsSchema>;

/** HQ-defined certification track, e.g. "Sales Professional" or "Integration Engineer". */
export const certificationProgramSchema = z
  .object({
    ...syncFields,
    name: requiredText(200),
    code: requiredText(40),
    track: z.enum(['sales', 'presales', 'technical', 'services']),
    /** Months a certification stays valid after it is issued: under the terms in force on its issue date. */
    validityMonths: validityMonthsSchema,
    partnerTypes: programPartnerTypesSchema,
    /** The version of the terms above (validity, partner types); absent: the first. */
    version: z.number().int().min(1).optional(),
    /** The day the terms above took effect; absent: always. */
    effectiveFrom: isoDateSchema.optional(),
    /** The versions they replaced, oldest first: each keeps governing what was issued while it was in force. */
    earlierTerms: z.array(certificationTermsSchema).max(40).optional(),
  })
  .refine((p) => !p.earlierTerms?.length || (p.effectiveFrom !== undefined && p.earlierTerms.at(-1)!.until < p.effectiveFrom), {
    path: ['effectiveFrom'],
    error: 'must come after the last day of the terms it replaced',
  });
export type CertificationProgram = z.infer<typeof certificationProgramSchema>;

export const certificationStatuses = ['not-started', 'in-progress', 'certified', 'expiring', 'expired'] as const;
export const certificationStatusSchema = z.enum(certificationStatuses);
export type CertificationStatus = z.infer<typeof certificationStatusSchema>;

/**
 * A contact's standing in one program. `status` is what the manager recorded;
 * whether a certification still counts on a given day is decided from the
 * dates by the tier calculator, so a stale status cannot inflate a tier.
 */
export const certificationSchema = z
  .object({
    ...syncFields,
    ...importedFields,
    partnerId: idSchema,
    contactId: idSchema,
    programId: idSchema,
    status: certificationStatusSchema,
    issuedOn: isoDateSchema.nullable(),
    expiresOn: isoDateSchema.nullable(),
  })
  .refine((c) => !(c.status === 'certified' || c.status === 'expiring' || c.status === 'expired') || (c.issuedOn && c.expiresOn), {
    path: ['expiresOn'],
    error: 'is required once the contact is certified',
  })
  .refine((c) => !c.issuedOn || !c.expiresOn || c.expiresOn > c.issuedOn, {
    path: ['expiresOn'],
    error: 'must be after the issue date',
  });
export type Certification = z.infer<typeof certificationSchema>;
