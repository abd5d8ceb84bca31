import { z } from 'zod';
import { idSchema, isoDateSchema, requiredText, syncFields } from './common';
import { planPeriodSchema } from './plan-period';

/**
 * A joint business plan (DESIGN §2): what vendor and partner agree to reach
 * together in a half or a year, as weighted objectives. Actuals come from the
 * records (shared/plans/), except a custom objective's, which is typed in.
 */
export const planObjectiveKinds = [
  'partner-sourced-revenue',
  'influenced-pipeline',
  'won-deals',
  'new-customers',
  'certified-people',
  'integrations-certified',
  'joint-marketing-activities',
  'custom',
] as const;
export type PlanObjectiveKind = (typeof planObjectiveKinds)[number];

/** Kinds whose target and actual are money, in integer cents; the rest are counts. */
export const moneyObjectiveKinds: ReadonlySet<PlanObjectiveKind> = new Set(['partner-sourced-revenue', 'influenced-pipeline']);

export const planOwnerSides = ['vendor', 'partner', 'joint'] as const;
export type PlanOwnerSide = (typeof planOwnerSides)[number];

export const planStatuses = ['draft', 'agreed', 'locked'] as const;
export type PlanStatus = (typeof planStatuses)[number];

/** Up to a trillion dollars in cents, or as many people or deals: far past any plan, short of float trouble. */
const MAX_TARGET = 100_000_000_000_000;
export const MAX_OBJECTIVES = 20;

export const planObjectiveSchema = z
  .object({
    /** Stable across revisions, so a revised plan's objective is known as the same one. */
    id: idSchema,
    kind: z.enum(planObjectiveKinds),
    title: requiredText(200),
    /** certified-people only: the certification program whose certified people count. */
    certificationProgramId: idSchema.nullable(),
    /** Cents for money kinds, a count for the rest. */
    target: z.number().int().min(1).max(MAX_TARGET),
    /** Share of the plan, in percent; a plan's weights add up to 100 once it is agreed. */
    weight: z.number().int().min(1).max(100),
    ownerSide: z.enum(planOwnerSides),
    /** custom only: the actual to date as the manager entered it; null while nothing is known yet. */
    manualActual: z.number().int().min(0).max(MAX_TARGET).nullable(),
  })
  .refine((o) => o.kind !== 'certified-people' || o.certificationProgramId !== null, {
    path: ['certificationProgramId'],
    error: 'must be chosen: its certified people are what the objective counts',
  })
  .refine((o) => o.kind === 'custom' || o.manualActual === null, {
    path: ['manualActual'],
    error: 'is typed in only for a custom objective; the others fill in from the records',
  });
export type PlanObjective = z.infer<typeof planObjectiveSchema>;

/** Who agreed the plan, for each side, and when. */
export const planAgreementSchema = z.object({
  vendorName: requiredText(200),
  partnerName: requiredText(200),
  agreedOn: isoDateSchema,
});
export type PlanAgreement = z.infer<typeof planAgreementSchema>;

export const businessPlanSchema = z
  .object({
    ...syncFields,
    partnerId: idSchema,
    period: planPeriodSchema,
    /** 1 for the first plan of a partner and period; a revision takes the next number and keeps the old one. */
    version: z.number().int().min(1).max(1_000),
    /** The plan this version revises; null for the first. */
    revisesPlanId: idSchema.nullable(),
    status: z.enum(planStatuses),
    objectives: z.array(planObjectiveSchema).max(MAX_OBJECTIVES),
    /** Set when the plan is agreed; a draft has none. */
    agreement: planAgreementSchema.nullable(),
  })
  .refine((p) => p.status === 'draft' || p.agreement !== null, {
    path: ['agreement'],
    error: "needs both sides' names and the date once the plan is agreed",
  })
  .refine((p) => p.status === 'draft' || p.objectives.reduce((sum, o) => sum + o.weight, 0) === 100, {
    path: ['objectives'],
    error: 'must have weights adding up to 100 before the plan is agreed',
  })
  .refine((p) => new Set(p.objectives.map((o) => o.id)).size === p.objectives.length, {
    path: ['objectives'],
    error: 'must each appear once',
  });
export type BusinessPlan = z.infer<typeof businessPlanSchema>;
