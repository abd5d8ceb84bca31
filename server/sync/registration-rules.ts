import { isDeepStrictEqual } from 'node:util';
import type { DealRegistration, RegistrationConflict } from '../../shared/domain/deal-registration';
import type { Opportunity } from '../../shared/domain/opportunity';
import type { ProgramSettings } from '../../shared/domain/program-settings';
import { ConflictIndex } from '../../shared/registrations/conflicts';
import {
  decideExtension,
  decideRegistration,
  draftRegistration,
  mayDecide,
  protectedUntil,
  registrationState,
  requestExtension,
  submitRegistration,
  type RegistrationStep,
} from '../../shared/registrations/lifecycle';
import type { Caller } from '../auth/users';
import type { StoredRow } from './rows';

/**
 * A registration as the server takes it on push (issue 15; DESIGN §5
 * "Server-made records"). The device writes the patch a lifecycle step gave
 * it; the server does not store that patch but works out which step it was
 * from the stored deal and the merged one, and takes the step again itself,
 * on its own copy, for the signed-in caller and on the server's date. So a
 * device cannot jump a step (draft → approved), approve what `mayDecide`
 * does not let its user decide, write a conflict, or stamp who submitted or
 * decided and when: those come from the caller and the server, whatever the
 * device sent. A submission and an approval are then checked for channel
 * conflicts across every territory, against the candidates push.ts loaded
 * (registration-terms.ts) and the deals of this batch as they now stand:
 * an approval into a conflict is stored `flagged`, pointing at the deal it
 * collides with, never as a second protection of one customer.
 */

/** What the step needs besides the two records: loaded once per push, before any mutation runs. */
export interface RegistrationWork {
  settings: ProgramSettings | null;
  /** Stored deals sharing a customer term with a registration in the batch, by id (any territory). */
  candidates: Map<string, StoredRow>;
}

export type RegistrationOnPush =
  | { ok: true; patch: Partial<Opportunity> }
  | { ok: false; code: 'forbidden' | 'bad_request'; field: string; message: string };

type Check = 'submitted' | 'approved' | undefined;

const refused = (field: string, message: string, code: 'forbidden' | 'bad_request' = 'bad_request'): RegistrationOnPush => ({ ok: false, code, field, message });

const fromStep = (step: RegistrationStep): RegistrationOnPush => (step.ok ? { ok: true, patch: step.patch } : refused(step.field, step.message));

const noteOf = (registration: DealRegistration): { note?: string } => (registration.note ? { note: registration.note } : {});

/** The same status, nothing a step changes: only the partner's note may move; everything else stays as the server has it. */
const keepWithNote = (was: DealRegistration, now: DealRegistration): RegistrationOnPush => {
  const { note: _note, ...kept } = was;
  return { ok: true, patch: { registration: { ...kept, ...noteOf(now) } } };
};

const decisionRefusal = (settings: ProgramSettings | null, caller: Caller, deal: Opportunity, field = 'registration.decision'): RegistrationOnPush | undefined => {
  if (mayDecide(settings, caller, deal)) return undefined;
  const approval = settings?.registrationApproval;
  const own = deal.registration?.submittedBy === caller.id || (deal.registration?.extensions ?? []).some((e) => !e.decision && e.requestedBy === caller.id);
  const message =
    approval?.approver !== 'territory-manager'
      ? 'is HQ’s to make under the program settings'
      : own
        ? 'cannot be made by the manager who asked for it; another approver decides'
        : 'is HQ’s to make: the deal is above the amount a territory manager may approve, or has no exchange rate to measure it';
  return refused(field, message, 'forbidden');
};

/** Which extension step the device took, from the stored requests and the merged ones. */
const extensionStep = (before: Opportunity, was: DealRegistration | undefined, now: DealRegistration, work: StepInputs): RegistrationOnPush => {
  const wasExt = was?.extensions ?? [];
  const nowExt = now.extensions ?? [];
  if (nowExt.length === wasExt.length + 1) {
    const asked = nowExt.at(-1)!;
    return fromStep(requestExtension(before, { userId: work.caller.id, today: work.today, until: asked.until, reason: asked.reason }));
  }
  if (nowExt.length === wasExt.length) {
    const index = nowExt.findIndex((e, i) => e.decision && !wasExt[i]!.decision);
    if (index < 0) return was ? keepWithNote(was, now) : { ok: true, patch: {} };
    const decided = nowExt[index]!.decision!;
    const forbidden = decisionRefusal(work.settings, work.caller, before, 'registration.extensions.decision');
    if (forbidden) return forbidden;
    return fromStep(decideExtension(before, { index, outcome: decided.outcome, reason: decided.reason, userId: work.caller.id, today: work.today }));
  }
  return refused('registration.extensions', 'changes by one request or one decision at a time; an extension request is never removed');
};

interface StepInputs {
  caller: Caller;
  today: string;
  settings: ProgramSettings | null;
}

/** The step the device took, taken again on the server's copy; and whether it is one the conflict check follows. */
const serverStep = (before: Opportunity, merged: Opportunity, inputs: StepInputs): { answer: RegistrationOnPush; check: Check } => {
  const was = before.registration;
  const now = merged.registration;
  const none = { answer: { ok: true, patch: {} } as RegistrationOnPush, check: undefined };
  if (!now) return { answer: was ? refused('registration', 'cannot be removed: a registration ends by its decision, its end date or the deal closing') : { ok: true, patch: {} }, check: undefined };
  if (isDeepStrictEqual(was, now)) return none;
  const state = registrationState(before, inputs.today);
  const { caller, today, settings } = inputs;
  switch (now.status) {
    case 'draft':
      return { answer: was?.status === 'draft' ? keepWithNote(was, now) : fromStep(draftRegistration(before, noteOf(now))), check: undefined };
    case 'submitted':
      if (was?.status === 'submitted') return { answer: keepWithNote(was, now), check: undefined };
      return { answer: fromStep(submitRegistration(before, { userId: caller.id, today, ...noteOf(now) })), check: 'submitted' };
    case 'flagged':
      if (was?.status === 'flagged') return { answer: keepWithNote(was, now), check: undefined };
      return { answer: refused('registration.status', 'is set by the server alone, when it finds a channel conflict'), check: undefined };
    case 'approved':
    case 'rejected': {
      // The same approved registration (or one recorded before the lifecycle): an extension's request or decision.
      if (now.status === 'approved' && (state === 'protected' || state === 'expired' || state === 'ended')) return { answer: extensionStep(before, was, now, inputs), check: undefined };
      if (was?.status === now.status) return { answer: keepWithNote(was, now), check: undefined };
      if (state === 'submitted' || state === 'flagged') {
        const forbidden = decisionRefusal(settings, caller, before);
        if (forbidden) return { answer: forbidden, check: undefined };
      }
      const answer = fromStep(decideRegistration(before, { outcome: now.status, reason: now.decision?.reason ?? '', userId: caller.id, today, settings }));
      return { answer, check: now.status === 'approved' ? 'approved' : undefined };
    }
  }
};

const conflictOf = (deal: Opportunity, candidates: readonly Opportunity[], today: string): RegistrationConflict | undefined => {
  const [found] = new ConflictIndex(candidates, today).conflictsOf(deal);
  if (!found) return undefined;
  const other = found.deal;
  return {
    opportunityId: other.id,
    partnerId: other.partnerId,
    customerName: other.customerName,
    match: found.match,
    kind: found.kind,
    amountCents: other.amountCents,
    protectionEndsOn: protectedUntil(other),
    foundOn: today,
  };
};

/** The deals a registration is checked against: the loaded candidates, each as this batch left it, and the batch's own deals. */
const candidateDeals = (work: RegistrationWork, batchRows: Iterable<StoredRow>): Opportunity[] => {
  const byId = new Map(work.candidates);
  for (const row of batchRows) if (row.tbl === 'opportunities') byId.set(row.id, row);
  return [...byId.values()].filter((r) => !r.deleted).map((r) => r.data as Opportunity);
};

/**
 * The registration fields to store for this write of a deal, or the refusal
 * naming the field. `stored` is absent for a new deal: it is checked as a
 * deal with no registration taking its first step.
 */
export const registrationOnPush = (
  stored: Opportunity | undefined,
  merged: Opportunity,
  context: { caller: Caller; today: string; work: RegistrationWork; batchRows: Iterable<StoredRow> },
): RegistrationOnPush => {
  const before: Opportunity = stored ?? { ...merged, registration: undefined, registeredOn: null, protectionEndsOn: null };
  // Protection is granted by approving a registration, checked for conflicts; a deal without one keeps the dates it
  // was recorded with before the lifecycle (or loses them), but is never given new ones: read as an approval
  // (lifecycle.ts), they would protect a customer with no approval and no conflict check. Imports carry no such date.
  if (!merged.registration && merged.protectionEndsOn !== null && merged.protectionEndsOn !== before.protectionEndsOn) {
    return refused('protectionEndsOn', 'is granted only by approving the deal’s registration; submit the registration for review instead', 'forbidden');
  }
  if (!stored && !merged.registration) return { ok: true, patch: {} }; // a new deal as deals were before the lifecycle
  const { answer, check } = serverStep(before, merged, { caller: context.caller, today: context.today, settings: context.work.settings });
  if (!answer.ok) return answer;
  // The dates a registration protects by move only with a step that sets them; a registration the lifecycle keeps
  // keeps them too. A deal without one (recorded before the lifecycle) has its dates edited as before.
  const moved = (before.registration || merged.registration) && (merged.registeredOn !== before.registeredOn || merged.protectionEndsOn !== before.protectionEndsOn);
  if (moved && Object.keys(answer.patch).length === 0) return refused('protectionEndsOn', 'changes only through the registration: ask for an extension, or submit it again');
  if (moved) answer.patch = { registeredOn: before.registeredOn, protectionEndsOn: before.protectionEndsOn, ...answer.patch };
  if (!check) return answer;
  const next: Opportunity = { ...merged, ...answer.patch };
  const conflict = conflictOf(next, candidateDeals(context.work, context.batchRows), context.today);
  if (!conflict) return answer;
  const registration = { ...next.registration!, conflict };
  // Submitted into a conflict: kept, with the conflict for the approver. Approved into one: flagged, protecting nothing.
  if (check === 'submitted') return { ok: true, patch: { ...answer.patch, registration } };
  return { ok: true, patch: { ...answer.patch, registration: { ...registration, status: 'flagged' }, protectionEndsOn: null } };
};
