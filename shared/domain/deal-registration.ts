import { z } from 'zod';
import { boundedText, centsSchema, idSchema, isoDateSchema, requiredText } from './common';

/**
 * A deal registration: a partner's claim to a customer, which HQ (or the
 * territory manager, up to an amount: program settings) approves or rejects,
 * and which then protects the deal from other partners and from the vendor's
 * direct team until a date (DESIGN §2; issue 15).
 *
 *   draft → submitted → approved (protected until `protectionEndsOn`) | rejected
 *   approved → expired (the date passed) or ended (the deal was won or lost)
 *   approved → extended, on a request an approver grants
 *
 * The stored status is one of `registrationStatuses`; protected, expired and
 * ended are read from it, the dates and the deal's stage (lifecycle.ts), so
 * no device has to be online on the day protection lapses.
 *
 * Authority: who decided and when is stamped by the server from the signed-in
 * caller, never taken from the device (DESIGN §5 "Server-made records"); a
 * conflict the server finds on push is written by the server alone.
 */
export const registrationStatuses = ['draft', 'submitted', 'approved', 'rejected', 'flagged'] as const;
export const registrationStatusSchema = z.enum(registrationStatuses);
export type RegistrationStatus = z.infer<typeof registrationStatusSchema>;

/** An approver's decision on a registration or on an extension request. */
export const registrationDecisionSchema = z.object({
  outcome: z.enum(['approved', 'rejected']),
  reason: requiredText(500),
  /** Stamped by the server: the user whose push carried the decision. */
  decidedBy: idSchema,
  /** Stamped by the server. */
  decidedOn: isoDateSchema,
});
export type RegistrationDecision = z.infer<typeof registrationDecisionSchema>;

/** A request to keep protection past its end date: who asked, why, until when, and the decision on it. */
export const protectionExtensionSchema = z.object({
  requestedBy: idSchema,
  requestedOn: isoDateSchema,
  reason: requiredText(300),
  until: isoDateSchema,
  decision: registrationDecisionSchema.optional(),
});
export type ProtectionExtension = z.infer<typeof protectionExtensionSchema>;
/** More than a real registration sees; keeps a record small. */
export const MAX_PROTECTION_EXTENSIONS = 10;

/**
 * What the server found when it checked a registration on push: the other
 * deal it collides with, as the device shows it side by side. Written by the
 * server only; status `flagged` goes with it.
 */
export const registrationConflictSchema = z.object({
  opportunityId: idSchema,
  partnerId: idSchema.nullable(),
  customerName: requiredText(200),
  match: z.enum(['same-domain', 'same-name', 'near-same-name']),
  kind: z.enum(['protected-registration', 'open-direct-deal']),
  amountCents: centsSchema,
  protectionEndsOn: isoDateSchema.nullable(),
  foundOn: isoDateSchema,
});
export type RegistrationConflict = z.infer<typeof registrationConflictSchema>;

export const dealRegistrationSchema = z.object({
  status: registrationStatusSchema,
  /** Who submitted it (stamped by the server) and when. */
  submittedBy: idSchema.optional(),
  submittedOn: isoDateSchema.optional(),
  /** A note from the partner manager to the approver. */
  note: boundedText(500).optional(),
  decision: registrationDecisionSchema.optional(),
  extensions: z.array(protectionExtensionSchema).max(MAX_PROTECTION_EXTENSIONS).optional(),
  conflict: registrationConflictSchema.optional(),
});
export type DealRegistration = z.infer<typeof dealRegistrationSchema>;

/**
 * Who approves registrations: HQ alone, or also the territory's manager for
 * deals up to an amount (in the program currency). Absent: HQ alone.
 */
export const registrationApprovalSchema = z.object({
  approver: z.enum(['hq', 'territory-manager']),
  /** Only with `territory-manager`: the largest deal a manager may approve; above it, HQ. */
  managerLimitCents: centsSchema.optional(),
  /** Days of protection an approval grants from the decision day. */
  protectionDays: z.number().int().refine((d) => d >= 1 && d <= 730, { error: 'must be from 1 to 730 days' }),
});
export type RegistrationApproval = z.infer<typeof registrationApprovalSchema>;
