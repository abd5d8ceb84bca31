import type { IncentiveProgram, IncentiveRule } from '../../../shared/domain/incentive-program';
import { RULE_CHANGE_LIMITS, type FieldChange } from '../../../shared/domain/rule-change';
import { dateText } from '../../ui/dates';
import { ruleKinds } from './incentive-rules-kinds';
import { ruleTerms } from './incentive-rules-summary';

type Compared = Pick<IncentiveProgram, 'name' | 'effectiveTo' | 'rules'>;

/** A history value is bounded (a long band schedule is not): the start says which rule it was. */
const clip = (text: string): string => (text.length <= RULE_CHANGE_LIMITS.value ? text : `${text.slice(0, RULE_CHANGE_LIMITS.value - 1)}…`);

/** A program's rules by kind, in the order they are listed: rules have no id, so a rule is matched to the one of its kind at the same place. */
const byKind = (rules: readonly IncentiveRule[]): Map<IncentiveRule['kind'], IncentiveRule[]> => {
  const kinds = new Map<IncentiveRule['kind'], IncentiveRule[]>();
  for (const rule of rules) kinds.set(rule.kind, [...(kinds.get(rule.kind) ?? []), rule]);
  return kinds;
};

/**
 * What a program version changes from the one before, one row per rule as
 * the programs table words it: "Tiered rebate: retroactive, 2% from $0 →
 * retroactive, 3% from $0" ('' when the rule is not there, added or
 * removed). Rules are matched by kind, so removing the first rule does not
 * read as every rule after it changing; the name and the end date count too.
 * A first version (nothing before) lists each rule it pays.
 */
export const incentiveProgramChanges = (before: Compared | undefined, after: Compared): FieldChange[] => {
  const changes: FieldChange[] = [];
  if (before && before.name !== after.name) changes.push({ field: 'Name', before: before.name, after: after.name });
  const ends = (p: Compared) => (p.effectiveTo ? dateText(p.effectiveTo) : 'open-ended');
  if (before && before.effectiveTo !== after.effectiveTo) changes.push({ field: 'Ends', before: ends(before), after: ends(after) });
  const [was, now] = [byKind(before?.rules ?? []), byKind(after.rules)];
  for (const kind of new Set([...was.keys(), ...now.keys()])) {
    const [old, current] = [was.get(kind) ?? [], now.get(kind) ?? []];
    const count = Math.max(old.length, current.length);
    for (let i = 0; i < count; i++) {
      const [b, a] = [old[i] ? clip(ruleTerms(old[i]!)) : '', current[i] ? clip(ruleTerms(current[i]!)) : ''];
      if (b !== a) changes.push({ field: `${ruleKinds[kind].label}${count > 1 ? ` ${i + 1}` : ''}`, before: b, after: a });
    }
  }
  return changes.slice(0, RULE_CHANGE_LIMITS.changes);
};
