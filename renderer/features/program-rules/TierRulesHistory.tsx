import type { RuleChange } from '../../../shared/domain/rule-change';
import { tierRuleChanges, type TierRuleSet } from '../../../shared/domain/tier-rules';
import { dateText } from '../../ui/dates';
import { latestRecords, RuleVersionHistory } from './RuleVersionHistory';

export interface TierRulesHistoryProps {
  /** One partner type's versions, newest first. */
  versions: readonly TierRuleSet[];
  changes: readonly RuleChange[];
  programName(id: string): string;
  onRestore(version: TierRuleSet): void;
}

/** Every version of a partner type's tier rules, newest first, with what each changed threshold by threshold (RuleVersionHistory). */
export function TierRulesHistory({ versions, changes, programName, onRestore }: TierRulesHistoryProps) {
  const recordOf = latestRecords(changes, 'tierRuleSets');
  const rows = versions.map((v, i) => {
    const previous = versions[i + 1];
    return {
      id: v.id,
      version: v.version,
      inForce: dateText(v.effectiveFrom),
      changes: previous ? tierRuleChanges(previous.requirements, v.requirements, programName) : [],
      record: recordOf.get(v.id),
      first: !previous,
    };
  });
  return (
    <RuleVersionHistory
      label="Tier rules history"
      rows={rows}
      inForceHeader="Effective from"
      nothingChanged="No threshold changed"
      onRestore={(id) => {
        const version = versions.find((v) => v.id === id);
        if (version) onRestore(version);
      }}
    />
  );
}
