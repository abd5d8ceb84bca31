import type { Opportunity } from '../../../shared/domain/opportunity';
import { notify } from '../../ui/notifier';
import type { FieldSpec } from '../../ui/RecordDialog';
import { today } from '../../ui/today';
import { LocalCheck } from './LocalCheck';
import { registrationStepForm } from './registration-step-form';
import { StepDialog } from './StepDialog';
import { domainOf, submitWithDomain } from './submit-step';

const fields: FieldSpec[] = [
  {
    name: 'customerDomain',
    label: 'Customer domain',
    helperText: 'The customer’s website, such as northwind.com: conflicts are matched on it first, then on the customer’s name',
  },
  { name: 'note', label: 'Note to the approver', kind: 'multiline', helperText: 'Optional: how you won the customer’s interest, who you work with there' },
];

/**
 * Submitting a deal's registration to the approver, with the customer's
 * domain (the deal form has no input for it) and the check of this device's
 * deals for a conflict, run again as the domain is typed.
 */
export function SubmitRegistrationDialog({ deal, userId, onClose }: { deal: Opportunity; userId: string; onClose(): void }) {
  const spec = registrationStepForm(
    deal,
    { customerDomain: deal.customerDomain ?? '', note: deal.registration?.note ?? '' },
    submitWithDomain(userId, today()),
    fields.map((f) => f.name),
  );
  return (
    <StepDialog
      title={`Submit the registration for ${deal.customerName}`}
      saveLabel="Submit registration"
      fields={fields}
      spec={spec}
      above={(draft) => <LocalCheck deal={{ ...deal, customerDomain: domainOf(draft, deal) }} />}
      onSaved={() => notify('Registration submitted to the approver', { severity: 'success' })}
      onClose={onClose}
    />
  );
}
