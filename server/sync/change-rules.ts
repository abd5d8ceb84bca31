import { changeRefusal } from '../../shared/domain/change-rules';
import type { EntityOf } from '../../shared/domain/entities';
import type { Mutation } from '../../shared/sync/protocol';
import type { StoredRow } from './rows';

/** Refused with the field named, in the words the device's form shows for the same rule. */
export interface ChangeRuleRefusal {
  code: 'forbidden';
  reason: string;
  fields: Record<string, string>;
}

/**
 * Step 4b of a push: the merged record against the stored one, by the rules
 * about a change (shared/domain/change-rules.ts, e.g. a locked plan keeps its
 * targets). The device's repository refuses the same before writing; this is
 * for the device that did not (an old build, a forged push), and for two
 * devices whose merged edits make a change neither made alone.
 */
export const changeRuleRefusal = (m: Mutation, stored: StoredRow | undefined, merged: Record<string, unknown>, label: string): ChangeRuleRefusal | undefined => {
  if (!stored) return undefined;
  // Both were validated against the table's schema: the stored one when it was stored, the merged one just now.
  const refusal = changeRefusal(m.table, stored.data as EntityOf<typeof m.table>, merged as EntityOf<typeof m.table>);
  if (!refusal) return undefined;
  return { code: 'forbidden', reason: `${label} was not saved: ${refusal.reason}`, fields: { [refusal.field]: refusal.reason } };
};
