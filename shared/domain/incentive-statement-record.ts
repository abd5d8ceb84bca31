import { z } from 'zod';
import type { ClosedStatement } from '../incentives/quarter-statement';
import { sameJson } from '../plans/versions';
import { adjustmentKinds, type IncentiveStatement, type StatementLineKind } from '../incentives/statement';
import type { ChangeRefusal } from './change-rules';
import { currencySchema, MAX_RATE_MILLIONTHS } from './currency';
import { dateText } from './date-text';
import { boundedText, idSchema, isoDateSchema, isoDateTimeSchema, partnerTypeSchema, quarterSchema, requiredText, syncFields } from './common';
import { incentiveProgramSchema, incentiveRuleSchema } from './incentive-program';

/**
 * A partner's incentive statement for a quarter once HQ has closed it
 * (DESIGN §2: open → closed → approved → paid). "Open" is no record: the
 * statement is computed live. Closing freezes the figures as the server
 * computed them (server/http/statement-routes.ts); later edits to deals or
 * programs never change them, they come back as adjustment lines on the next
 * open statement (shared/incentives/quarter-statement.ts).
 *
 * The server alone makes these records, so no device can forge a snapshot's
 * figures; a device may only approve one or mark it paid
 * (`incentiveStatementUserPatchSchema`), and the server writes who did it
 * and when from the signed-in caller (`stampStatementAct`).
 */
export const statementStatuses = ['closed', 'approved', 'paid'] as const;
export type StatementStatus = (typeof statementStatuses)[number];

/** Every kind a statement line can have: a program rule's, or an adjustment to an earlier closed quarter. */
const ruleKinds = incentiveRuleSchema.options.map((o) => o.shape.kind.value);
const lineKinds: [StatementLineKind, ...StatementLineKind[]] = [...adjustmentKinds, ...ruleKinds];

/**
 * Limits of a frozen statement. Any valid record fits one pull page
 * (test/unit/shared/domain/schema-bounds.test.ts): a device never pushes a
 * whole one, only the small user patch. A line's drill-down ids are not
 * kept: they point at live deals, which may have changed since the close
 * (the adjustment lines say what did).
 */
export const SNAPSHOT_LIMITS = {
  lines: 450,
  programs: 3,
  skippedRules: 30,
  key: 100,
  label: 160,
  rate: 120,
  calculation: 300,
  description: 200,
  reason: 300,
  conversions: 30,
  convertedAmounts: 12,
  what: 40,
  notConverted: 20,
} as const;

const amountSchema = z.number().int().min(-1e13).max(1e13);

const snapshotLineSchema = z.object({
  key: boundedText(SNAPSHOT_LIMITS.key),
  /** The rule's program; for an adjustment, the quarter it adjusts. */
  programId: idSchema,
  ruleKind: z.enum(lineKinds),
  label: boundedText(SNAPSHOT_LIMITS.label),
  basis: z.object({
    amount: amountSchema,
    measure: z.enum(['cents', 'units', 'activations', 'deals', 'certifications']),
    description: boundedText(SNAPSHOT_LIMITS.description),
  }),
  rate: boundedText(SNAPSHOT_LIMITS.rate),
  // Any sign: adjustment lines (a clawback) and credit-note lines can be negative.
  amountCents: amountSchema,
  calculation: boundedText(SNAPSHOT_LIMITS.calculation),
  sourceIds: z.array(idSchema).max(0),
});

/**
 * A conversion the statement's lines counted (in-program-currency.ts), kept
 * with the close so a reviewer can redo a closed line's basis at the rate it
 * was closed at: the record, its currency and quarter, the rate, each amount.
 */
const snapshotConversionSchema = z.object({
  kind: z.enum(['deal', 'investment', 'usage-report']),
  recordId: idSchema,
  label: boundedText(SNAPSHOT_LIMITS.label),
  currency: currencySchema,
  quarter: quarterSchema,
  rateMillionths: z.number().int().min(1).max(MAX_RATE_MILLIONTHS),
  amounts: z
    .array(z.object({ what: boundedText(SNAPSHOT_LIMITS.what), originalCents: amountSchema, convertedCents: amountSchema }))
    .max(SNAPSHOT_LIMITS.convertedAmounts),
});

/** The statement as it stood at the close: every line's figures and words; no next-band preview (the quarter is over). */
export const statementSnapshotSchema = z.object({
  partner: z.object({ id: idSchema, name: requiredText(200), partnerType: partnerTypeSchema }),
  quarter: quarterSchema,
  payer: z.enum(['vendor', 'partner']),
  programs: z.array(z.object({ id: idSchema, name: requiredText(200), from: isoDateSchema, to: isoDateSchema })).max(SNAPSHOT_LIMITS.programs),
  lines: z.array(snapshotLineSchema).max(SNAPSHOT_LIMITS.lines),
  totalCents: amountSchema,
  skippedRules: z
    .array(z.object({ programId: idSchema, ruleKind: z.enum(lineKinds), reason: boundedText(SNAPSHOT_LIMITS.reason) }))
    .max(SNAPSHOT_LIMITS.skippedRules),
  /** Absent on statements closed before conversions were kept. */
  conversions: z.array(snapshotConversionSchema).max(SNAPSHOT_LIMITS.conversions).optional(),
  /** Converted amounts the lines counted beyond what a closed record keeps (a deal with many credit notes, many deals): said, not hidden. */
  conversionsNotKept: z.number().int().min(0).max(1e9).optional(),
  /** What the figures left out for want of a rate, in finance's words. */
  notConverted: z.array(boundedText(SNAPSHOT_LIMITS.description)).max(SNAPSHOT_LIMITS.notConverted).optional(),
});
export type StatementSnapshot = z.infer<typeof statementSnapshotSchema>;

export const incentiveStatementRecordSchema = z
  .object({
    ...syncFields,
    partnerId: idSchema,
    quarter: quarterSchema,
    status: z.enum(statementStatuses),
    snapshot: statementSnapshotSchema,
    /** The programs the quarter was computed with: a later edit of one never reopens the quarter. */
    programsAtClose: z.array(incentiveProgramSchema).max(SNAPSHOT_LIMITS.programs),
    closedAt: isoDateTimeSchema,
    closedByUserId: idSchema,
    /** Who acted, as a person reads them (a device knows no other user's name). */
    closedByName: requiredText(200),
    approvedAt: isoDateTimeSchema.nullable(),
    approvedByUserId: idSchema.nullable(),
    approvedByName: requiredText(200).nullable(),
    /** The day the money moved, as finance enters it. */
    paidOn: isoDateSchema.nullable(),
    paidByUserId: idSchema.nullable(),
    paidByName: requiredText(200).nullable(),
    /** Finance's reference for the payment (a remittance or invoice number). */
    paymentReference: boundedText(100).nullable(),
  })
  .superRefine((r, ctx) => {
    if (r.snapshot.partner.id !== r.partnerId) ctx.addIssue({ code: 'custom', path: ['snapshot', 'partner'], message: 'must be the record’s partner' });
    if (r.snapshot.quarter !== r.quarter) ctx.addIssue({ code: 'custom', path: ['snapshot', 'quarter'], message: 'must be the record’s quarter' });
    if (r.status === 'paid' && (r.paidOn === null || r.paymentReference === null)) {
      ctx.addIssue({ code: 'custom', path: [r.paidOn === null ? 'paidOn' : 'paymentReference'], message: 'is needed to mark a statement paid' });
    }
  });
export type IncentiveStatementRecord = z.infer<typeof incentiveStatementRecordSchema>;

/**
 * All a device may send about a statement: that HQ approved it, or paid it
 * on a day with a reference. Who and when are the server's to write.
 */
export const incentiveStatementUserPatchSchema = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('approved'), updatedAt: isoDateTimeSchema.optional() }),
  z.strictObject({
    status: z.literal('paid'),
    paidOn: isoDateSchema,
    paymentReference: requiredText(100),
    updatedAt: isoDateTimeSchema.optional(),
  }),
]);
export type StatementAct = z.infer<typeof incentiveStatementUserPatchSchema>;

const frozenFields = ['partnerId', 'quarter', 'snapshot', 'programsAtClose', 'closedAt', 'closedByUserId', 'closedByName'] as const;
const rank = (status: StatementStatus): number => statementStatuses.indexOf(status);

/**
 * What a statement may become: its close never changes, its status only moves
 * on, one step at a time (approved before paid), and a payment is dated on or
 * after the close and not after today. Asked by the device before it writes and by the server
 * before it stores (change-rules.ts).
 */
export const statementChangeRefusal = (stored: IncentiveStatementRecord, next: IncentiveStatementRecord, latestDay: string): ChangeRefusal | undefined => {
  const moved = frozenFields.find((field) => !sameJson(stored[field], next[field]));
  if (moved) return { field: moved, reason: 'A closed statement does not change; a later correction is an adjustment line on the next quarter’s statement.' };
  if (rank(next.status) < rank(stored.status)) return { field: 'status', reason: `A statement that is ${stored.status} cannot go back to ${next.status}.` };
  if (rank(next.status) > rank(stored.status) + 1) return { field: 'status', reason: 'A statement is approved before it is marked paid.' };
  if (stored.status === 'paid' && (next.paidOn !== stored.paidOn || next.paymentReference !== stored.paymentReference)) {
    return { field: next.paidOn !== stored.paidOn ? 'paidOn' : 'paymentReference', reason: 'A paid statement keeps its payment date and reference.' };
  }
  if (next.paidOn !== null && next.paidOn < stored.closedAt.slice(0, 10)) {
    return { field: 'paidOn', reason: 'A statement is paid on or after the day it was closed.' };
  }
  // A payment finance has not made yet is no payment: ROI would count money not spent.
  if (next.paidOn !== null && next.paidOn !== stored.paidOn && next.paidOn > latestDay) {
    return { field: 'paidOn', reason: `A statement is marked paid on the day it was paid, not a day still to come (${dateText(next.paidOn)}).` };
  }
  return undefined;
};

/** The signed-in user acting, and the server's time. */
export interface StatementActor {
  userId: string;
  userName: string;
  at: string;
}

/**
 * The fields the server writes when a signed-in user acts on a statement:
 * who approved or paid it and when, from the caller, never from the patch.
 * Nothing when the status did not move (a re-sent approval).
 */
export const stampStatementAct = (
  stored: IncentiveStatementRecord,
  next: IncentiveStatementRecord,
  actor: StatementActor,
): Partial<IncentiveStatementRecord> => {
  if (next.status === stored.status) return {};
  if (next.status === 'approved') return { approvedAt: actor.at, approvedByUserId: actor.userId, approvedByName: actor.userName };
  if (next.status === 'paid') return { paidByUserId: actor.userId, paidByName: actor.userName };
  return {};
};

const amountsNotKept = (conversions: NonNullable<IncentiveStatement['conversions']>): number =>
  conversions.reduce((sum, c, i) => sum + (i < SNAPSHOT_LIMITS.conversions ? Math.max(0, c.amounts.length - SNAPSHOT_LIMITS.convertedAmounts) : c.amounts.length), 0);

/** A statement as the calculator freezes it: the figures and words, within the record's limits. */
export const snapshotOf = (statement: IncentiveStatement): StatementSnapshot => {
  const cut = (text: string, max: number): string => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);
  return {
    partner: statement.partner,
    quarter: statement.quarter,
    payer: statement.payer,
    programs: statement.programs,
    lines: statement.lines.map((line) => ({
      key: cut(line.key, SNAPSHOT_LIMITS.key),
      programId: line.programId,
      ruleKind: line.ruleKind,
      label: cut(line.label, SNAPSHOT_LIMITS.label),
      basis: { ...line.basis, description: cut(line.basis.description, SNAPSHOT_LIMITS.description) },
      rate: cut(line.rate, SNAPSHOT_LIMITS.rate),
      amountCents: line.amountCents,
      calculation: cut(line.calculation, SNAPSHOT_LIMITS.calculation),
      sourceIds: [],
    })),
    totalCents: statement.totalCents,
    skippedRules: statement.skippedRules.slice(0, SNAPSHOT_LIMITS.skippedRules).map((r) => ({ ...r, reason: cut(r.reason, SNAPSHOT_LIMITS.reason) })),
    conversionsNotKept: amountsNotKept(statement.conversions ?? []),
    conversions: (statement.conversions ?? []).slice(0, SNAPSHOT_LIMITS.conversions).map((c) => ({
      kind: c.kind,
      recordId: c.recordId,
      label: cut(c.label, SNAPSHOT_LIMITS.label),
      currency: c.currency,
      quarter: c.quarter,
      rateMillionths: c.rateMillionths,
      amounts: c.amounts.slice(0, SNAPSHOT_LIMITS.convertedAmounts).map((a) => ({ ...a, what: cut(a.what, SNAPSHOT_LIMITS.what) })),
    })),
    notConverted: (statement.notConverted ?? []).slice(0, SNAPSHOT_LIMITS.notConverted).map((note) => cut(note, SNAPSHOT_LIMITS.description)),
  };
};

/** A stored record as the calculator reads a closed quarter (quarterStatement's `closed`). */
export const closedStatementOf = (record: IncentiveStatementRecord): ClosedStatement => ({
  quarter: record.quarter,
  closedAt: record.closedAt,
  snapshot: { ...(record.snapshot as IncentiveStatement), bandPreviews: [] },
  programsAtClose: record.programsAtClose,
});

/** The live closed statements of one partner, as quarterStatement takes them. */
export const closedStatementsOf = (records: readonly IncentiveStatementRecord[], partnerId: string): ClosedStatement[] =>
  records.filter((r) => !r.deleted && r.partnerId === partnerId).map(closedStatementOf);
