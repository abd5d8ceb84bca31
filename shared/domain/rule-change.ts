import { z } from 'zod';
import { sameJson } from '../plans/versions';
import type { ChangeRefusal } from './change-rules';
import { boundedText, idSchema, isoDateSchema, isoDateTimeSchema, requiredText, syncFields } from './common';
import { quarterRange, type FiscalCalendar } from './quarter';

/**
 * The history of HQ's program rules: one record per saved rule version, what
 * it changed, why, who and when.
 *
 * Why a table of its own rather than fields on the versions: a version is
 * the rules themselves, read by every calculator on every device; the
 * history is about people (a reason, a name) and reads only on the rules
 * screen. Keeping it apart keeps the versions what the calculators need, and
 * lets one history serve tier rules, certification programs and incentive
 * programs alike. A record is written once, beside the version it explains,
 * in the same local transaction, and never changes after
 * (`ruleChangeRefusal`): a correction is a later version with its own record.
 *
 * Who and when are the server's to say: it writes `changedAt`,
 * `changedByUserId` and `changedByName` from the signed-in caller and its
 * own clock when the record arrives (`stampRuleChange`, applied by the
 * push), whatever the device sent; the device's own values only stand until
 * then (and in the demo workspace, which has no server).
 */
export const ruleTables = ['tierRuleSets', 'certificationPrograms', 'incentivePrograms'] as const;
export type RuleTable = (typeof ruleTables)[number];

export const ruleChangeKinds = ['new-version', 'restore'] as const;
export type RuleChangeKind = (typeof ruleChangeKinds)[number];

export const RULE_CHANGE_LIMITS = { changes: 60, field: 120, value: 200, reason: 500, summary: 300 } as const;

/** One changed field, as a person reads it: "Gold trailing revenue: $50,000 → $80,000". */
export const fieldChangeSchema = z.object({
  field: requiredText(RULE_CHANGE_LIMITS.field),
  before: boundedText(RULE_CHANGE_LIMITS.value),
  after: boundedText(RULE_CHANGE_LIMITS.value),
});
export type FieldChange = z.infer<typeof fieldChangeSchema>;

export const ruleChangeSchema = z
  .object({
    ...syncFields,
    table: z.enum(ruleTables),
    /** The version record this change made. */
    recordId: idSchema,
    version: z.number().int().min(1),
    /** What the version's rules are about, for a history of one kind of rules: a partner type, a program's name. */
    subject: requiredText(RULE_CHANGE_LIMITS.field),
    kind: z.enum(ruleChangeKinds),
    /** For a restore: the version whose rules it brought back. */
    restoredFromVersion: z.number().int().min(1).nullable(),
    effectiveFrom: isoDateSchema,
    changes: z.array(fieldChangeSchema).max(RULE_CHANGE_LIMITS.changes),
    /** Asked when the version reaches a quarter already closed (`closedQuarterReached`). */
    reason: boundedText(RULE_CHANGE_LIMITS.reason).nullable(),
    /** The quarters closed when it was saved that it reaches, so the history says what was knowingly rewritten. */
    closedQuartersReached: z.array(z.string().regex(/^\d{4}-Q[1-4]$/)).max(40),
    changedAt: isoDateTimeSchema,
    changedByUserId: idSchema,
    changedByName: requiredText(200),
  })
  .superRefine((r, ctx) => {
    if (r.kind === 'restore' && r.restoredFromVersion === null) ctx.addIssue({ code: 'custom', path: ['restoredFromVersion'], message: 'is needed for a restore' });
    if (r.closedQuartersReached.length > 0 && !r.reason?.trim()) {
      ctx.addIssue({ code: 'custom', path: ['reason'], message: `is needed: the version reaches closed quarter ${r.closedQuartersReached[0]}` });
    }
  });
export type RuleChange = z.infer<typeof ruleChangeSchema>;

/** A history record is written once: a later word on the rules is a later version with its own record. Compared as JSON by value, key order aside (a stored copy comes back from the database's JSON). */
export const ruleChangeRefusal = (stored: RuleChange, next: RuleChange): ChangeRefusal | undefined => {
  const moved = (Object.keys(next) as (keyof RuleChange)[]).find((field) => field !== 'updatedAt' && !sameJson(stored[field], next[field]));
  return moved ? { field: moved, reason: 'A rule history record does not change; save a new version instead.' } : undefined;
};

/** Who saved the version and when, from the signed-in caller and the server's clock, whatever the device sent. */
export const stampRuleChange = (actor: { userId: string; userName: string; at: string }): Partial<RuleChange> => ({
  changedAt: actor.at,
  changedByUserId: actor.userId,
  changedByName: actor.userName,
});

/**
 * The closed quarters a version taking effect on `effectiveFrom` reaches:
 * those not over before that day. Saving it would rewrite how those quarters
 * read (tiers, the rules named), so the editor asks why and the history keeps
 * the answer; their closed statements stay frozen whatever the rules say.
 */
export const closedQuartersReached = (effectiveFrom: string, closedQuarters: Iterable<string>, calendar: FiscalCalendar): string[] =>
  [...new Set(closedQuarters)].filter((q) => quarterRange(q, calendar).end >= effectiveFrom).sort();
