import { z } from 'zod';
import { centsSchema, idSchema, isoDateSchema, partnerTypeSchema, syncFields, tierRank, tiers, tierSchema, type Tier } from './common';
import { dateText } from './date-text';
import { formatCents } from './money';
import { sameJson } from '../plans/versions';

/** Rules dated outside these are a typo (2062 for 2026), not a program's history or plan. */
const EARLIEST_RULES = '2000-01-01';
const LATEST_RULES = '2099-12-31';

/** A threshold is asked for or not: $0 would be a requirement nobody can miss, so it is left empty instead. */
const positiveCents = centsSchema.refine((n) => n > 0, { error: 'must be more than $0 (leave it empty for no requirement)' });

/** What one tier asks of a partner. Every threshold is optional: absent means "not required". */
export const tierRequirementSchema = z.object({
  tier: tierSchema,
  /** Won partner revenue (sourced or co-sell) over the trailing four quarters. */
  minTrailingRevenueCents: positiveCents.optional(),
  /** Open partner pipeline on the day of assessment. */
  minOpenPipelineCents: positiveCents.optional(),
  /** Contacts certified in a given program on the day of assessment (expiries before quarter end make the tier "at risk"). */
  certifiedPeople: z.array(z.object({ programId: idSchema, count: z.number().int().min(1).max(10_000) })).max(50),
  /** ISV: at least one integration certified. */
  integrationCertified: z.boolean().optional(),
  /** SI: consultants certified on the vendor's product. */
  minCertifiedConsultants: z
    .number()
    .int()
    .max(100_000)
    .refine((n) => n > 0, { error: 'must be at least 1 (leave it empty for no requirement)' })
    .optional(),
});
export type TierRequirement = z.infer<typeof tierRequirementSchema>;

/**
 * HQ-defined and versioned: a manager's tier view always states which
 * version of the rules it was computed from.
 */
export const tierRuleSetSchema = z
  .object({
    ...syncFields,
    partnerType: partnerTypeSchema,
    version: z.number().int().min(1),
    effectiveFrom: isoDateSchema.refine((d) => d >= EARLIEST_RULES && d <= LATEST_RULES, { error: `must be between ${EARLIEST_RULES} and ${LATEST_RULES}` }),
    /** Requirements for every tier above the entry tier, any order; the entry tier needs nothing. */
    requirements: z
      .array(tierRequirementSchema)
      .max(tiers.length)
      .refine((rs) => new Set(rs.map((r) => r.tier)).size === rs.length, { error: 'list each tier once' })
      .refine((rs) => rs.every((r) => r.tier !== 'registered'), { error: 'cannot set requirements for the entry tier' }),
  })
  .superRefine((set, ctx) => {
    for (const problem of ladderProblems(set.requirements)) ctx.addIssue({ code: 'custom', path: ['requirements', ...problem.path], message: problem.message });
  });
export type TierRuleSet = z.infer<typeof tierRuleSetSchema>;


/** One measure a tier asks for, read off its requirement, with how its figure is written. */
interface Measure {
  path: (r: TierRequirement) => (string | number)[] | null;
  value: (r: TierRequirement) => number | undefined;
  text: (n: number) => string;
}

const measures = (requirements: readonly TierRequirement[]): Measure[] => [
  { path: () => ['minTrailingRevenueCents'], value: (r) => r.minTrailingRevenueCents, text: formatCents },
  { path: () => ['minOpenPipelineCents'], value: (r) => r.minOpenPipelineCents, text: formatCents },
  { path: () => ['minCertifiedConsultants'], value: (r) => r.minCertifiedConsultants, text: String },
  { path: () => ['integrationCertified'], value: (r) => (r.integrationCertified ? 1 : undefined), text: () => 'a certified integration' },
  // Each certification program a tier counts people in is a measure of its own.
  ...[...new Set(requirements.flatMap((r) => r.certifiedPeople.map((p) => p.programId)))].map(
    (programId): Measure => ({
      path: (r) => {
        const at = r.certifiedPeople.findIndex((p) => p.programId === programId);
        return at < 0 ? ['certifiedPeople'] : ['certifiedPeople', at, 'count'];
      },
      value: (r) => r.certifiedPeople.find((p) => p.programId === programId)?.count,
      text: (n) => `${n} certified`,
    }),
  ),
];

const tierWord = (tier: Tier): string => tier.charAt(0).toUpperCase() + tier.slice(1);

/**
 * A higher tier never asks less than a lower one on any measure: Gold below
 * Silver on revenue would let a partner be Gold and fail Silver. Each tier
 * is held to the most any tier below it asks, and the problem names the
 * tier that asks more and its figure, under the cell at fault.
 */
export const ladderProblems = (requirements: readonly TierRequirement[]): { path: (string | number)[]; message: string }[] => {
  const ranked = requirements.map((r, index) => ({ r, index })).sort((a, b) => tierRank(a.r.tier) - tierRank(b.r.tier));
  const problems: { path: (string | number)[]; message: string }[] = [];
  for (const measure of measures(requirements)) {
    let most: { value: number; tier: Tier } | null = null;
    for (const { r, index } of ranked) {
      const value = measure.value(r);
      if (most && (value === undefined || value < most.value)) {
        problems.push({
          path: [index, ...measure.path(r)!],
          message: `cannot ask less than ${tierWord(most.tier)} (${measure.text(most.value)}): a higher tier asks at least what a lower one does`,
        });
      }
      if (value !== undefined && (!most || value > most.value)) most = { value, tier: r.tier };
    }
  }
  return problems;
};

/**
 * A new version takes effect on or after the one it follows. One dated before
 * would govern only the quarters up to the older version's start and leave
 * the later ones to the older rules (ruleSetInForce picks by date), which is
 * never what saving a change means. The same day replaces the version from
 * its first day.
 */
export const versionStartProblem = (latest: Pick<TierRuleSet, 'version' | 'effectiveFrom'> | undefined, effectiveFrom: string): string | undefined =>
  latest && effectiveFrom < latest.effectiveFrom ? `must be on or after ${dateText(latest.effectiveFrom)}, the day version ${latest.version} took effect` : undefined;

/**
 * A saved version keeps its rules: they govern the quarters they were in
 * force for, and a change is a new version from a date with its history
 * record (the editor only ever makes one). Refused for an old build or a
 * forged push that edits one in place, which would rewrite past tiers with
 * no record of who or why.
 */
export const tierVersionChangeRefusal = (stored: TierRuleSet, next: TierRuleSet): { field: string; reason: string } | undefined => {
  const moved = (['partnerType', 'version', 'effectiveFrom', 'requirements'] as const).find((field) => !sameJson(stored[field], next[field]));
  return moved ? { field: moved, reason: 'A saved tier-rules version does not change; save a new version from a date instead.' } : undefined;
};

/** Each threshold a requirement can state, as the history names it. */
const thresholds = (programName: (id: string) => string, requirements: readonly TierRequirement[]) => [
  { name: 'trailing revenue', text: (r?: TierRequirement) => (r?.minTrailingRevenueCents === undefined ? '' : formatCents(r.minTrailingRevenueCents)) },
  { name: 'open pipeline', text: (r?: TierRequirement) => (r?.minOpenPipelineCents === undefined ? '' : formatCents(r.minOpenPipelineCents)) },
  { name: 'certified consultants', text: (r?: TierRequirement) => (r?.minCertifiedConsultants === undefined ? '' : String(r.minCertifiedConsultants)) },
  { name: 'certified integration', text: (r?: TierRequirement) => (r?.integrationCertified ? 'required' : '') },
  ...[...new Set(requirements.flatMap((r) => r.certifiedPeople.map((p) => p.programId)))].map((programId) => ({
    name: `people certified in ${programName(programId)}`,
    text: (r?: TierRequirement) => String(r?.certifiedPeople.find((p) => p.programId === programId)?.count ?? ''),
  })),
];

/** What a new version changes from the one before, threshold by threshold: "Gold trailing revenue: $50,000 → $80,000" ('' is "not required"). */
export const tierRuleChanges = (
  before: readonly TierRequirement[],
  after: readonly TierRequirement[],
  programName: (id: string) => string,
): { field: string; before: string; after: string }[] =>
  tiers
    .filter((tier) => tier !== 'registered')
    .flatMap((tier) => {
      const [b, a] = [before.find((r) => r.tier === tier), after.find((r) => r.tier === tier)];
      return thresholds(programName, [...before, ...after])
        .map((t) => ({ field: `${tierWord(tier)} ${t.name}`, before: t.text(b), after: t.text(a) }))
        .filter((c) => c.before !== c.after);
    });
