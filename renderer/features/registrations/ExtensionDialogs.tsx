import { Typography } from '@mui/material';
import { dateText } from '../../../shared/domain/date-text';
import type { ProtectionExtension } from '../../../shared/domain/deal-registration';
import type { Opportunity } from '../../../shared/domain/opportunity';
import { decideExtension, protectedUntil, requestExtension } from '../../../shared/registrations/lifecycle';
import { notify } from '../../ui/notifier';
import type { FieldSpec } from '../../ui/RecordDialog';
import { today } from '../../ui/today';
import type { Outcome } from './DecisionDialog';
import { registrationStepForm } from './registration-step-form';
import { StepDialog } from './StepDialog';

const requestFields: FieldSpec[] = [
  { name: 'until', label: 'Protect until', kind: 'date', width: 6 },
  { name: 'reason', label: 'Reason', required: true, kind: 'multiline', helperText: 'Why the deal needs longer: the customer’s timeline, a pending budget' },
];

/** A partner manager asks to keep a protected registration past its end date; an approver decides. */
export function ExtensionRequestDialog({ deal, userId, onClose }: { deal: Opportunity; userId: string; onClose(): void }) {
  const until = protectedUntil(deal);
  const spec = registrationStepForm(
    deal,
    { until: '', reason: '' },
    (opened, draft) => requestExtension(opened, { userId, today: today(), until: draft.until ?? '', reason: draft.reason?.trim() ?? '' }),
    ['until', 'reason'],
  );
  return (
    <StepDialog
      title={`Ask to extend the protection for ${deal.customerName}`}
      saveLabel="Request extension"
      fields={requestFields}
      spec={spec}
      above={() => <Typography variant="body2">{until ? `Protection now ends ${dateText(until)}. Pick the new last day; the approver decides.` : 'This deal is not protected today.'}</Typography>}
      onSaved={() => notify('Extension requested from the approver', { severity: 'success' })}
      onClose={onClose}
    />
  );
}

/** The extension request an approver has yet to decide, with its place in the list: the latest undecided one. */
export const pendingExtension = (deal: Opportunity): { index: number; extension: ProtectionExtension } | null => {
  const list = deal.registration?.extensions ?? [];
  for (let index = list.length - 1; index >= 0; index--) if (!list[index]!.decision) return { index, extension: list[index]! };
  return null;
};

/** An approver's decision on an extension request, with its reason. */
export function ExtensionDecisionDialog({ deal, outcome, userId, onClose }: { deal: Opportunity; outcome: Outcome; userId: string; onClose(): void }) {
  const pending = pendingExtension(deal);
  const until = protectedUntil(deal);
  const spec = registrationStepForm(
    deal,
    { reason: '' },
    (opened, draft) => decideExtension(opened, { index: pending?.index ?? -1, outcome, reason: draft.reason?.trim() ?? '', userId, today: today() }),
    ['reason'],
  );
  return (
    <StepDialog
      title={`${outcome === 'approved' ? 'Approve' : 'Reject'} the extension for ${deal.customerName}`}
      saveLabel={outcome === 'approved' ? 'Approve extension' : 'Reject extension'}
      fields={[{ name: 'reason', label: 'Reason', required: true, kind: 'multiline' }]}
      spec={spec}
      above={() =>
        pending && (
          <Typography variant="body2">
            Asked {dateText(pending.extension.requestedOn)} to protect until {dateText(pending.extension.until)}
            {until && ` (protected until ${dateText(until)} now)`}: “{pending.extension.reason}”
          </Typography>
        )
      }
      onSaved={() => notify(outcome === 'approved' ? 'Extension approved' : 'Extension rejected', { severity: 'success' })}
      onClose={onClose}
    />
  );
}
