import { formatCents } from '../../../shared/domain/money';
import type { Opportunity } from '../../../shared/domain/opportunity';
import type { ProgramSettings } from '../../../shared/domain/program-settings';
import { DEFAULT_PROTECTION_DAYS } from '../../../shared/registrations/lifecycle';

/** The program's approval rule in a sentence, as the queue states it above the registrations. */
export const approvalRuleText = (settings: ProgramSettings | null | undefined): string => {
  const approval = settings?.registrationApproval;
  const days = approval?.protectionDays ?? DEFAULT_PROTECTION_DAYS;
  const who =
    approval?.approver === 'territory-manager'
      ? approval.managerLimitCents === undefined
        ? 'HQ or the territory manager decides'
        : `The territory manager decides deals up to ${formatCents(approval.managerLimitCents)}, HQ any deal`
      : 'HQ decides';
  return `${who}; an approval protects the deal for ${days} ${days === 1 ? 'day' : 'days'}.`;
};

/** Why the signed-in manager cannot decide a registration the queue lists, so the row says who will. */
export const whoDecidesText = (settings: ProgramSettings | null | undefined, user: { id: string }, deal: Opportunity): string => {
  const approval = settings?.registrationApproval;
  if (approval?.approver !== 'territory-manager') return 'HQ decides this registration.';
  if (deal.registration?.submittedBy === user.id || deal.registration?.extensions?.some((e) => !e.decision && e.requestedBy === user.id))
    return 'You asked for this one: HQ or another manager decides.';
  return 'Above the managers’ approval limit (or in a currency without a rate): HQ decides.';
};
