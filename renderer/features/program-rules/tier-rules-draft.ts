import type { PartnerType, Tier } from '../../../shared/domain/common';
import type { TierRequirement, TierRuleSet } from '../../../shared/domain/tier-rules';
import { centsOrUndefined, centsText, intOrUndefined } from '../../ui/form-state';

/** Tiers a rule set can set requirements for (the entry tier needs nothing). */
export const rankedTiers: readonly Exclude<Tier, 'registered'>[] = ['silver', 'gold', 'platinum'];

/** One tier's row of the editor, every threshold as typed; `people` is program id → head count text. */
export interface TierRowDraft {
  minTrailingRevenue: string;
  minOpenPipeline: string;
  people: Record<string, string>;
  integrationCertified: boolean;
  minCertifiedConsultants: string;
}

export type TierRulesDraft = Record<Exclude<Tier, 'registered'>, TierRowDraft>;

const emptyRow = (): TierRowDraft => ({ minTrailingRevenue: '', minOpenPipeline: '', people: {}, integrationCertified: false, minCertifiedConsultants: '' });

export const draftFromRuleSet = (ruleSet: TierRuleSet | undefined): TierRulesDraft => {
  const draft = { silver: emptyRow(), gold: emptyRow(), platinum: emptyRow() };
  for (const r of ruleSet?.requirements ?? []) {
    if (r.tier === 'registered') continue;
    draft[r.tier] = {
      minTrailingRevenue: centsText(r.minTrailingRevenueCents),
      minOpenPipeline: centsText(r.minOpenPipelineCents),
      people: Object.fromEntries(r.certifiedPeople.map((p) => [p.programId, String(p.count)])),
      integrationCertified: r.integrationCertified ?? false,
      minCertifiedConsultants: r.minCertifiedConsultants === undefined ? '' : String(r.minCertifiedConsultants),
    };
  }
  return draft;
};

/** The requirements the draft stands for; empty thresholds are "not required" and left out. */
export const requirementsFromDraft = (draft: TierRulesDraft, partnerType: PartnerType): TierRequirement[] =>
  rankedTiers.map((tier) => {
    const row = draft[tier];
    const people = Object.entries(row.people)
      .map(([programId, count]) => ({ programId, count: intOrUndefined(count) }))
      .filter((p) => p.count !== undefined && p.count !== 0) as { programId: string; count: number }[];
    return {
      tier,
      minTrailingRevenueCents: centsOrUndefined(row.minTrailingRevenue),
      minOpenPipelineCents: centsOrUndefined(row.minOpenPipeline),
      certifiedPeople: people,
      ...(partnerType === 'isv' && row.integrationCertified && { integrationCertified: true }),
      ...(partnerType === 'si' && { minCertifiedConsultants: intOrUndefined(row.minCertifiedConsultants) }),
    };
  });

/** The newest version of each partner type's rules: the one an edit builds on. */
export const latestRuleSets = (ruleSets: readonly TierRuleSet[]): Map<PartnerType, TierRuleSet> => {
  const latest = new Map<PartnerType, TierRuleSet>();
  for (const r of ruleSets) {
    const current = latest.get(r.partnerType);
    if (!r.deleted && (!current || r.version > current.version)) latest.set(r.partnerType, r);
  }
  return latest;
};

/** Which cell of the editor a schema path names: `requirements.1.minTrailingRevenueCents` → `gold.minTrailingRevenue`. */
export const cellOfError = (path: string, requirements: readonly TierRequirement[]): string | null => {
  const match = /^requirements\.(\d+)\.([A-Za-z]+)(?:\.(\d+))?/.exec(path);
  if (!match) return path === 'effectiveFrom' ? 'effectiveFrom' : null;
  const requirement = requirements[Number(match[1])];
  if (!requirement || requirement.tier === 'registered') return null;
  const field = match[2]!;
  if (field === 'certifiedPeople') {
    const entry = match[3] === undefined ? undefined : requirement.certifiedPeople[Number(match[3])];
    return entry ? `${requirement.tier}.people.${entry.programId}` : `${requirement.tier}.people`;
  }
  const cells: Record<string, string> = {
    minTrailingRevenueCents: 'minTrailingRevenue',
    minOpenPipelineCents: 'minOpenPipeline',
    minCertifiedConsultants: 'minCertifiedConsultants',
    integrationCertified: 'integrationCertified',
  };
  return cells[field] ? `${requirement.tier}.${cells[field]}` : null;
};
