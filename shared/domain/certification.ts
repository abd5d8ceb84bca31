import { z } from 'zod';
import { idSchema, partnerTypes, isoDateSchema, partnerTypeSchema, requiredText, syncFields, importedFields } from './common';

/** HQ-defined certification track, e.g. "Sales Professional" or "Integration Engineer". */
export const certificationProgramSchema = z.object({
  ...syncFields,
  name: requiredText(200),
  code: requiredText(40),
  track: z.enum(['sales', 'presales', 'technical', 'services']),
  /** Months a certification stays valid after it is issued. */
  validityMonths: z.number().int().min(1).max(120),
  partnerTypes: z.array(partnerTypeSchema).min(1).max(partnerTypes.length),
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
