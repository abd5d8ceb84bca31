import { dateText } from '../../../shared/domain/date-text';
import type { Opportunity } from '../../../shared/domain/opportunity';
import type { RegistrationConflict, RegistrationDecision } from '../../../shared/domain/deal-registration';
import type { RegistrationState } from '../../../shared/registrations/lifecycle';
import { daysBetween } from '../pipeline/protection';

/** How a state reads on its chip, as a partner manager and an approver say it. */
export const registrationStateLabels: Record<RegistrationState, string> = {
  unregistered: 'Not registered',
  draft: 'Draft registration',
  submitted: 'Awaiting approval',
  flagged: 'Conflict: awaiting decision',
  rejected: 'Registration rejected',
  protected: 'Protected',
  expired: 'Protection expired',
  ended: 'Protection ended',
};

/** The chip's colour: green while it protects, amber where an approver must look, red when refused. */
export const registrationStateColor = (state: RegistrationState): 'default' | 'success' | 'info' | 'warning' | 'error' =>
  state === 'protected' ? 'success' : state === 'submitted' ? 'info' : state === 'flagged' ? 'warning' : state === 'rejected' ? 'error' : 'default';

/**
 * The state with the date that matters in it: "Protected until Mar 3, 2027 (89 days left)",
 * "Awaiting approval since Dec 4, 2026", "Protection ended: deal won".
 */
export const registrationStateText = (deal: Opportunity, state: RegistrationState, until: string | null, today: string): string => {
  const submittedOn = deal.registration?.submittedOn ?? deal.registeredOn;
  switch (state) {
    case 'protected': {
      if (!until) return 'Protected';
      const left = daysBetween(today, until);
      return `Protected until ${dateText(until)} (${left} ${left === 1 ? 'day' : 'days'} left)`;
    }
    case 'expired':
      return until ? `Protection expired ${dateText(until)}` : 'Protection expired';
    case 'ended':
      return `Protection ended: deal ${deal.stage === 'won' ? 'won' : 'lost'}`;
    case 'submitted':
    case 'flagged':
      return submittedOn ? `${registrationStateLabels[state]} since ${dateText(submittedOn)}` : registrationStateLabels[state];
    default:
      return registrationStateLabels[state];
  }
};

/**
 * "Approved Dec 4, 2026: First to register, customer confirmed" — a decision
 * and its reason, as the deal shows it. An approval the server held for a
 * conflict (the registration is flagged) did not protect anything, and says so.
 */
export const decisionText = (decision: RegistrationDecision, state?: RegistrationState): string =>
  state === 'flagged' && decision.outcome === 'approved'
    ? `Approval of ${dateText(decision.decidedOn)} held by the server for a conflict: ${decision.reason}`
    : `${decision.outcome === 'approved' ? 'Approved' : 'Rejected'} ${dateText(decision.decidedOn)}: ${decision.reason}`;

/** What made two deals one customer's, in the approver's words. */
export const matchText: Record<RegistrationConflict['match'], string> = {
  'same-domain': 'same customer domain',
  'same-name': 'same customer name',
  'near-same-name': 'nearly the same customer name',
};

/**
 * One conflict in a sentence: "Northwind Traders is protected for Acme
 * Partners until Mar 3, 2027 (same customer name)", or the vendor's own open
 * direct deal. `partnerName` of the other deal's partner, when it has one.
 */
export const conflictSentence = (conflict: Pick<RegistrationConflict, 'customerName' | 'kind' | 'match' | 'protectionEndsOn'>, partnerName: string | undefined): string =>
  conflict.kind === 'open-direct-deal'
    ? `${conflict.customerName} has an open direct deal with the vendor’s own team (${matchText[conflict.match]})`
    : `${conflict.customerName} is protected for ${partnerName ?? 'a partner outside your territories'}${conflict.protectionEndsOn ? ` until ${dateText(conflict.protectionEndsOn)}` : ''} (${matchText[conflict.match]})`;

/**
 * The registration in words for a list's export and search: the state with
 * its date, then the decision and its reason when there is one.
 */
export const registrationText = (deal: Opportunity, state: RegistrationState, until: string | null, today: string): string => {
  const decision = deal.registration?.decision;
  const text = registrationStateText(deal, state, until, today);
  return decision ? `${text} · ${decisionText(decision, state)}` : text;
};
