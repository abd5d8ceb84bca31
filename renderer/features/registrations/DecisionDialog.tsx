import { Typography } from '@mui/material';
import type { Opportunity } from '../../../shared/domain/opportunity';
import type { ProgramSettings } from '../../../shared/domain/program-settings';
import { decideRegistration } from '../../../shared/registrations/lifecycle';
import { useWorkspace } from '../../app/workspace-context';
import { notify } from '../../ui/notifier';
import type { FieldSpec } from '../../ui/RecordDialog';
import { today } from '../../ui/today';
import { registrationStepForm } from './registration-step-form';
import { LiveRegistrationSummary } from './RegistrationSummary';
import { StepDialog } from './StepDialog';

export type Outcome = 'approved' | 'rejected';

const fields = (outcome: Outcome): FieldSpec[] => [
  {
    name: 'reason',
    label: 'Reason',
    required: true,
    kind: 'multiline',
    helperText: outcome === 'approved' ? 'Why this partner keeps the customer; the partner manager reads it on the deal' : 'Why the registration is refused; the partner manager reads it on the deal',
  },
];

/**
 * An approver's decision on a registration, with the reason the deal then
 * shows. The server stamps who decided and when from the signed-in caller,
 * and checks the conflict again when the decision reaches it.
 */
export function DecisionDialog({
  deal,
  outcome,
  user,
  settings,
  onClose,
}: {
  deal: Opportunity;
  outcome: Outcome;
  user: { id: string };
  settings: ProgramSettings | null | undefined;
  onClose(): void;
}) {
  const { demo } = useWorkspace();
  const spec = registrationStepForm(
    deal,
    { reason: '' },
    (opened, draft) => decideRegistration(opened, { outcome, reason: draft.reason?.trim() ?? '', userId: user.id, today: today(), settings }),
    ['reason'],
  );
  return (
    <StepDialog
      title={`${outcome === 'approved' ? 'Approve' : 'Reject'} the registration for ${deal.customerName}`}
      saveLabel={outcome === 'approved' ? 'Approve registration' : 'Reject registration'}
      fields={fields(outcome)}
      spec={spec}
      above={() => (
        <>
          <LiveRegistrationSummary deal={deal} />
          {outcome === 'approved' && !demo && (
            <Typography variant="body2" color="text.secondary" sx={{ mt: 1.5 }}>
              The server checks again when your approval reaches it: while another partner’s registration still protects this customer, or a direct deal
              for it is open, it keeps the registration flagged for another look instead of approving it.
            </Typography>
          )}
        </>
      )}
      onSaved={() => notify(outcome === 'approved' ? 'Registration approved' : 'Registration rejected', { severity: 'success' })}
      onClose={onClose}
    />
  );
}
