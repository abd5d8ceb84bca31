import type { Opportunity } from '../../../shared/domain/opportunity';
import { fieldError } from '../../../shared/domain/validation';
import type { RegistrationStep } from '../../../shared/registrations/lifecycle';
import type { RecordFormSpec } from '../../ui/record-form';
import type { Draft } from '../../ui/RecordDialog';

/** The deal fields a registration step may write: the form is measured against these as stored. */
const registrationImage = (o: Opportunity) => ({
  registration: o.registration,
  registeredOn: o.registeredOn,
  protectionEndsOn: o.protectionEndsOn,
  customerDomain: o.customerDomain,
});

/** A refusal's field as the dialog's input for it: `registration.decision.reason` → `reason`; otherwise as named. */
export const inputOf = (field: string, inputs: readonly string[]): string => inputs.find((input) => field === input || field.endsWith(`.${input}`)) ?? field;

/**
 * A registration step as a record form: the lifecycle function turns the
 * draft into the patch the device writes (only the fields it changes),
 * through the same save the deal form uses, so the outbox, the per-field
 * merge and the Conflict Center treat it as any other edit. A refusal comes
 * back as the field it names with its reason, under that input when the
 * dialog has one and in the dialog's banner when not. The step is worked
 * out on the deal as the dialog opened on it, the copy the user decided on.
 */
export const registrationStepForm = (
  deal: Opportunity,
  draft: Draft,
  step: (deal: Opportunity, draft: Draft) => RegistrationStep,
  inputs: readonly string[],
): RecordFormSpec<'opportunities', Draft> => {
  const stepOf = (d: Draft, opened: Opportunity | undefined) => step(opened ?? deal, d);
  return {
    table: 'opportunities',
    record: deal,
    draftOf: () => draft,
    toRecord: (d, opened) => {
      const taken = stepOf(d, opened);
      return taken.ok ? taken.patch : {};
    },
    image: registrationImage,
    check: (_fields, { draft: d, opened }) => {
      const taken = stepOf(d, opened);
      if (taken.ok) return [];
      // Worded as the schema's own messages are, from the label of what it names: "Reason is required: …", "Registration cannot be submitted: …".
      const input = inputOf(taken.field, inputs);
      return [{ field: input, message: fieldError(inputs.includes(input) ? input : input.replace(/\.status$/, ''), taken.message).message }];
    },
    shownFields: inputs,
  };
};
