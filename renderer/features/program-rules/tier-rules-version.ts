import { GLOBAL_TERRITORY, type PartnerType } from '../../../shared/domain/common';
import { RULE_CHANGE_LIMITS } from '../../../shared/domain/rule-change';
import { tierRuleChanges, tierRuleSetSchema, versionStartProblem, type TierRequirement, type TierRuleSet } from '../../../shared/domain/tier-rules';
import { fieldError, validate, ValidationError } from '../../../shared/domain/validation';
import type { NewRecord } from '../../db';

/** A version the editor is about to save: from the table as edited, or an earlier version's rules brought back. */
export interface TierRulesProposal {
  /** As it would be stored; its id is only a stand-in for the preview, the repository makes the real one. */
  ruleSet: TierRuleSet;
  restoredFromVersion: number | null;
}

const PREVIEW_ID = 'proposed-version';

/**
 * The next version of a partner type's rules, checked as the save will check
 * it (the schema, and a start on or after the version it follows), before any
 * preview: a ladder upside down is refused under its cells, not previewed.
 * Throws a ValidationError naming each field at fault.
 */
export const proposeTierRules = (
  partnerType: PartnerType,
  requirements: TierRequirement[],
  effectiveFrom: string,
  latest: TierRuleSet | undefined,
  restoredFromVersion: number | null = null,
): TierRulesProposal => {
  const candidate = {
    id: PREVIEW_ID,
    territoryId: GLOBAL_TERRITORY,
    updatedAt: new Date(0).toISOString(),
    deleted: false,
    partnerType,
    version: (latest?.version ?? 0) + 1,
    effectiveFrom,
    requirements,
  };
  const checked = validate(tierRuleSetSchema, candidate);
  const errors = checked.ok ? [] : checked.errors;
  const start = versionStartProblem(latest, effectiveFrom);
  if (start && !errors.some((e) => e.field === 'effectiveFrom')) errors.push(fieldError('effectiveFrom', start));
  if (errors.length > 0) throw new ValidationError('Tier rules', errors);
  return { ruleSet: tierRuleSetSchema.parse(candidate), restoredFromVersion };
};

/** The version as the repository creates it. */
export const ruleSetToCreate = ({ ruleSet }: TierRulesProposal): NewRecord<'tierRuleSets'> => {
  const { id: _stand_in, updatedAt: _made, deleted: _live, ...fields } = ruleSet;
  return fields;
};

/** The history record saved beside the version: what it changed from the version before, and why when it reaches closed quarters. */
export const ruleChangeToCreate = (
  proposal: TierRulesProposal,
  saved: TierRuleSet,
  previous: TierRuleSet | undefined,
  context: { subject: string; reason: string; closedQuartersReached: string[]; programName: (id: string) => string; user: { id: string; displayName: string } | null },
): NewRecord<'ruleChanges'> => ({
  territoryId: GLOBAL_TERRITORY,
  table: 'tierRuleSets',
  recordId: saved.id,
  version: saved.version,
  subject: context.subject,
  kind: proposal.restoredFromVersion === null ? 'new-version' : 'restore',
  restoredFromVersion: proposal.restoredFromVersion,
  effectiveFrom: saved.effectiveFrom,
  changes: tierRuleChanges(previous?.requirements ?? [], saved.requirements, context.programName).slice(0, RULE_CHANGE_LIMITS.changes),
  reason: context.reason.trim() === '' ? null : context.reason.trim(),
  closedQuartersReached: context.closedQuartersReached,
  // The server writes who and when from the signed-in caller (rule-change.ts); these stand until it does, and in the demo.
  changedAt: new Date().toISOString(),
  changedByUserId: context.user?.id ?? 'this-device',
  changedByName: context.user?.displayName ?? 'This device',
});

/** The versions of one partner type, newest first: the history the editor lists. */
export const versionsOf = (ruleSets: readonly TierRuleSet[], partnerType: PartnerType): TierRuleSet[] =>
  ruleSets.filter((r) => !r.deleted && r.partnerType === partnerType).sort((a, b) => b.version - a.version);
