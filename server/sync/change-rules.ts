import { changeRefusal } from '../../shared/domain/change-rules';
import type { EntityOf } from '../../shared/domain/entities';
import { latestDayAnywhere } from '../../shared/domain/local-date';
import type { Partner } from '../../shared/domain/partner';
import type { TierChange } from '../../shared/domain/partner-tier';
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
export const changeRuleRefusal = (
  m: Mutation,
  stored: StoredRow | undefined,
  merged: Record<string, unknown>,
  label: string,
  nowIso: string,
): ChangeRuleRefusal | undefined => {
  if (!stored) return undefined;
  // Both were validated against the table's schema: the stored one when it was stored, the merged one just now.
  const refusal = changeRefusal(m.table, stored.data as EntityOf<typeof m.table>, merged as EntityOf<typeof m.table>, latestDayAnywhere(nowIso));
  if (!refusal) return undefined;
  return { code: 'forbidden', reason: `${label} was not saved: ${refusal.reason}`, fields: { [refusal.field]: refusal.reason } };
};

type StampedChange = TierChange & { by?: { userId: string; name: string } };

const changeKey = (c: TierChange): string => `${c.on}|${c.from}|${c.to}|${c.reason ?? ''}`;

/**
 * Who changed a partner's tier is the server's to say (DESIGN §8,
 * "Server-made records"): every tier change the stored record did not hold
 * yet is stamped with the signed-in caller; one it held keeps the name
 * stamped when it arrived. Whatever `by` a device sent is written over, so a
 * device can neither claim someone else's change nor rename an old one.
 */
export const stampTierChanges = (m: Mutation, stored: StoredRow | undefined, merged: Record<string, unknown>, caller: { userId: string; name: string }): void => {
  if (m.table !== 'partners' || !Array.isArray(merged.tierHistory)) return;
  const before = new Map<string, StampedChange['by']>();
  for (const change of ((stored?.data as Partial<Partner> | undefined)?.tierHistory ?? []) as StampedChange[]) before.set(changeKey(change), change.by);
  const by = { userId: caller.userId, name: caller.name.trim().slice(0, 200) || caller.userId };
  merged.tierHistory = (merged.tierHistory as StampedChange[]).map((change) => {
    const { by: _sent, ...rest } = change;
    const key = changeKey(rest);
    const kept = before.has(key) ? before.get(key) : by;
    return kept ? { ...rest, by: kept } : rest;
  });
};
