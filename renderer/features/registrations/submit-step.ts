import type { Opportunity } from '../../../shared/domain/opportunity';
import { submitRegistration, type RegistrationStep } from '../../../shared/registrations/lifecycle';
import type { Draft } from '../../ui/RecordDialog';

/** The domain as typed; left empty, the deal keeps the one it has (a submission never clears a domain). */
export const domainOf = (draft: Draft, deal: Opportunity): string | undefined => draft.customerDomain?.trim() || deal.customerDomain;

/**
 * The submit dialog's step: the lifecycle's submission, with the customer's
 * domain the dialog asks for (the deal form has no input for it) written
 * beside it when it changed, so the server's conflict check matches on it.
 */
export const submitWithDomain =
  (userId: string, today: string) =>
  (opened: Opportunity, draft: Draft): RegistrationStep => {
    const customerDomain = domainOf(draft, opened);
    const step = submitRegistration({ ...opened, customerDomain }, { userId, today, note: draft.note?.trim() || undefined });
    return step.ok ? { ok: true, patch: { ...step.patch, ...(customerDomain !== opened.customerDomain && { customerDomain }) } } : step;
  };
