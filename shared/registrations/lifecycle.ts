import { addDays, format, parseISO } from 'date-fns';
import type { DealRegistration, ProtectionExtension, RegistrationDecision } from '../domain/deal-registration';
import { MAX_PROTECTION_EXTENSIONS } from '../domain/deal-registration';
import { dealsInProgramCurrency } from '../domain/in-program-currency';
import { isClosed, type Opportunity } from '../domain/opportunity';
import type { ProgramSettings } from '../domain/program-settings';
import { dateText } from '../domain/date-text';
import { fiscalCalendarOf } from '../domain/quarter';

/**
 * A deal registration's lifecycle (deal-registration.ts; issue 15): the state
 * a reader sees, who may decide, and each step a device takes as the patch it
 * writes through the normal record save. The server runs the same steps again
 * on push against its stored copy (server/sync/registration-rules.ts), so a
 * device that skips them gains nothing.
 *
 * A refusal names the field the way the dialogs read it (the input is the
 * last segment: `registration.decision.reason` → the reason box) and says
 * what is wrong in the user's words.
 */
export type RegistrationState = 'unregistered' | 'draft' | 'submitted' | 'flagged' | 'rejected' | 'protected' | 'expired' | 'ended';

type Patch = Pick<Partial<Opportunity>, 'registration' | 'registeredOn' | 'protectionEndsOn' | 'customerDomain'>;
export type RegistrationStep = { ok: true; patch: Patch } | { ok: false; field: string; message: string };

/** Protection an approval grants when the program settings do not say. */
export const DEFAULT_PROTECTION_DAYS = 90;

const refuse = (field: string, message: string): RegistrationStep => ({ ok: false, field, message });
const plusDays = (iso: string, days: number): string => format(addDays(parseISO(iso), days), 'yyyy-MM-dd');

/**
 * A deal registered before the lifecycle existed carries only its dates: a
 * registration with an end date was, in those days, an approved one.
 */
const isLegacyApproval = (deal: Opportunity): boolean => !deal.registration && deal.partnerId !== null && deal.registeredOn !== null && deal.protectionEndsOn !== null;

const isApproved = (deal: Opportunity): boolean => deal.registration?.status === 'approved' || isLegacyApproval(deal);

/** The last day of protection: protectionEndsOn, or the `until` of the latest approved extension; null if never approved. */
export const protectedUntil = (deal: Opportunity): string | null => {
  if (!isApproved(deal) || deal.protectionEndsOn === null) return null;
  let until = deal.protectionEndsOn;
  // Extensions are granted in order, each past the last; the latest date wins even if one was recorded out of order.
  for (const extension of deal.registration?.extensions ?? []) if (extension.decision?.outcome === 'approved' && extension.until > until) until = extension.until;
  return until;
};

/** The state a reader sees today: protected/expired/ended are read from status `approved`, protectedUntil(deal) and the deal's stage (won or lost ends protection). */
export const registrationState = (deal: Opportunity, today: string): RegistrationState => {
  const status = deal.registration?.status;
  if (!isApproved(deal)) return status === undefined || status === 'approved' ? 'unregistered' : status;
  if (isClosed(deal)) return 'ended';
  const until = protectedUntil(deal);
  return until !== null && today <= until ? 'protected' : 'expired';
};

/**
 * Whether this user may approve or reject this deal's registration (or an
 * extension) under the program settings: HQ always; a territory manager only
 * when settings say `territory-manager` and the deal's amount in the program
 * currency is ≤ managerLimitCents (no limit set: any amount), and never on
 * their own submission or extension request. A deal in another currency with
 * no rate for its quarter cannot be measured against the limit, so it goes to HQ.
 */
export const mayDecide = (settings: ProgramSettings | null | undefined, user: { id: string; role: 'manager' | 'hq' }, deal: Opportunity): boolean => {
  if (user.role === 'hq') return true;
  const approval = settings?.registrationApproval;
  if (approval?.approver !== 'territory-manager') return false;
  const registration = deal.registration;
  if (registration?.submittedBy === user.id) return false;
  if ((registration?.extensions ?? []).some((e) => !e.decision && e.requestedBy === user.id)) return false;
  if (approval.managerLimitCents === undefined) return true;
  const [converted] = dealsInProgramCurrency([deal], settings?.exchangeRates, fiscalCalendarOf(settings)).records;
  return converted !== undefined && converted.amountCents <= approval.managerLimitCents;
};

const stateWords: Record<RegistrationState, string> = {
  unregistered: 'not registered',
  draft: 'a draft',
  submitted: 'awaiting approval',
  flagged: 'flagged for a conflict',
  rejected: 'rejected',
  protected: 'protected',
  expired: 'past its protection',
  ended: 'ended with the deal',
};
const notFrom = (state: RegistrationState, step: string): RegistrationStep => refuse('registration.status', `cannot be ${step}: the registration is ${stateWords[state]}`);

const needsPartner = (deal: Opportunity): RegistrationStep | null =>
  deal.partnerId === null ? refuse('partnerId', 'needs a partner on the deal before it can be registered') : null;

const blank = (text: string | undefined): boolean => !text || text.trim() === '';

/** unregistered → draft: a partner manager starts a registration to send later. */
export const draftRegistration = (deal: Opportunity, input: { note?: string }): RegistrationStep => {
  // Any day reads the same here: only a deal with no registration at all may start a draft.
  const state = registrationState(deal, deal.createdOn);
  if (state !== 'unregistered') return notFrom(state, 'drafted');
  const noPartner = needsPartner(deal);
  if (noPartner) return noPartner;
  return { ok: true, patch: { registration: { status: 'draft', ...(!blank(input.note) && { note: input.note!.trim() }) } } };
};

/**
 * draft | unregistered | rejected → submitted, registered today. A rejected
 * registration may be sent again (the partner has more to say); the old
 * decision goes, the approver decides afresh.
 */
export const submitRegistration = (deal: Opportunity, input: { userId: string; today: string; note?: string }): RegistrationStep => {
  const state = registrationState(deal, input.today);
  if (state !== 'draft' && state !== 'unregistered' && state !== 'rejected') return notFrom(state, 'submitted');
  const noPartner = needsPartner(deal);
  if (noPartner) return noPartner;
  const note = blank(input.note) ? deal.registration?.note : input.note!.trim();
  const registration: DealRegistration = { status: 'submitted', submittedBy: input.userId, submittedOn: input.today, ...(note && { note }) };
  return { ok: true, patch: { registration, registeredOn: input.today, protectionEndsOn: null } };
};

const decision = (outcome: RegistrationDecision['outcome'], reason: string, userId: string, today: string): RegistrationDecision => ({
  outcome,
  reason: reason.trim(),
  decidedBy: userId,
  decidedOn: today,
});

/**
 * submitted | flagged → approved (protected for the program's protectionDays
 * from today) | rejected. The reason is required either way: the partner
 * reads it. A conflict found before goes with the decision; the server
 * checks again on push and flags it anew if it still stands.
 */
export const decideRegistration = (
  deal: Opportunity,
  input: { outcome: 'approved' | 'rejected'; reason: string; userId: string; today: string; settings: ProgramSettings | null | undefined },
): RegistrationStep => {
  const state = registrationState(deal, input.today);
  if (state !== 'submitted' && state !== 'flagged') return notFrom(state, 'decided');
  if (blank(input.reason)) return refuse('registration.decision.reason', 'is required: say why, the partner reads it');
  const current = deal.registration!;
  const { conflict: _conflict, decision: _old, extensions: _extensions, ...kept } = current;
  const registration: DealRegistration = { ...kept, status: input.outcome, decision: decision(input.outcome, input.reason, input.userId, input.today) };
  if (input.outcome === 'rejected') return { ok: true, patch: { registration, protectionEndsOn: null } };
  const days = input.settings?.registrationApproval?.protectionDays ?? DEFAULT_PROTECTION_DAYS;
  const registeredOn = deal.registeredOn !== null && deal.registeredOn <= input.today ? deal.registeredOn : input.today;
  return { ok: true, patch: { registration, registeredOn, protectionEndsOn: plusDays(input.today, days) } };
};

const pendingExtension = (deal: Opportunity): number => (deal.registration?.extensions ?? []).findIndex((e) => !e.decision);

/** Only while protected: ask to keep protection until a later day, and say why. */
export const requestExtension = (deal: Opportunity, input: { userId: string; today: string; until: string; reason: string }): RegistrationStep => {
  const state = registrationState(deal, input.today);
  if (state !== 'protected') return notFrom(state, 'extended');
  const until = protectedUntil(deal)!;
  if (!(input.until > until)) return refuse('registration.extensions.until', `must be after the current end of protection, ${dateText(until)}`);
  if (blank(input.reason)) return refuse('registration.extensions.reason', 'is required: say why the deal needs longer');
  if (pendingExtension(deal) >= 0) return refuse('registration.extensions', 'already has an extension awaiting a decision');
  const extensions = deal.registration?.extensions ?? [];
  if (extensions.length >= MAX_PROTECTION_EXTENSIONS) return refuse('registration.extensions', `cannot be extended more than ${MAX_PROTECTION_EXTENSIONS} times`);
  const extension: ProtectionExtension = { requestedBy: input.userId, requestedOn: input.today, reason: input.reason.trim(), until: input.until };
  // A deal registered before the lifecycle gains the registration object it lacked, approved as it was read.
  const base: DealRegistration = deal.registration ?? { status: 'approved' };
  return { ok: true, patch: { registration: { ...base, extensions: [...extensions, extension] } } };
};

/**
 * An approver grants or refuses a pending extension. Granted while the deal
 * is still open, even if the old end date passed while the request waited:
 * the partner asked in time.
 */
export const decideExtension = (deal: Opportunity, input: { index: number; outcome: 'approved' | 'rejected'; reason: string; userId: string; today: string }): RegistrationStep => {
  const state = registrationState(deal, input.today);
  if (state !== 'protected' && state !== 'expired') return notFrom(state, 'extended');
  const extensions = deal.registration?.extensions ?? [];
  const extension = extensions[input.index];
  if (!extension) return refuse('registration.extensions', 'has no such extension request');
  if (extension.decision) return refuse('registration.extensions', 'this extension request was already decided');
  if (blank(input.reason)) return refuse('registration.extensions.decision.reason', 'is required: say why, the partner reads it');
  const decided = extensions.map((e, i) => (i === input.index ? { ...e, decision: decision(input.outcome, input.reason, input.userId, input.today) } : e));
  return { ok: true, patch: { registration: { ...deal.registration!, extensions: decided } } };
};
