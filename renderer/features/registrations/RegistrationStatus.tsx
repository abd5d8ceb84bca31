import { Button, Chip, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { dateText } from '../../../shared/domain/date-text';
import { isClosed, type Opportunity } from '../../../shared/domain/opportunity';
import { mayDecide, protectedUntil, registrationState, type RegistrationState } from '../../../shared/registrations/lifecycle';
import { today } from '../../ui/today';
import { usePartnerNames } from '../../ui/use-partner-names';
import { DecisionDialog, type Outcome } from './DecisionDialog';
import { ExtensionDecisionDialog, ExtensionRequestDialog, pendingExtension } from './ExtensionDialogs';
import { conflictSentence, decisionText, registrationStateColor, registrationStateText } from './registration-text';
import { SubmitRegistrationDialog } from './SubmitRegistrationDialog';
import { useProgramSettings, useSessionUser } from './use-registration-context';

/** The conflict the server attached, in a sentence; the partner names are read only for a deal that has one. */
function ServerConflictLine({ conflict }: { conflict: NonNullable<NonNullable<Opportunity['registration']>['conflict']> }) {
  const names = usePartnerNames();
  return (
    <Typography variant="caption" component="p">
      Conflict found by the server: {conflictSentence(conflict, conflict.partnerId ? names?.get(conflict.partnerId) : undefined)}
    </Typography>
  );
}

type Open = { kind: 'submit' } | { kind: 'decide'; outcome: Outcome } | { kind: 'extend' } | { kind: 'decide-extension'; outcome: Outcome };

const submittable: readonly RegistrationState[] = ['unregistered', 'draft', 'rejected'];

/**
 * The buttons a deal's registration offers the signed-in user: submit it
 * (again, after a rejection), ask for more protection while it protects,
 * and, for an approver the program settings allow on this deal, the
 * decisions. Each opens its dialog; the refusal of a step shows there.
 */
export function RegistrationActions({ deal, state }: { deal: Opportunity; state: RegistrationState }) {
  const user = useSessionUser();
  const settings = useProgramSettings();
  const [open, setOpen] = useState<Open | null>(null);
  if (!user || deal.partnerId === null) return null;
  const decides = settings !== undefined && mayDecide(settings, user, deal);
  const pending = pendingExtension(deal);
  // An extension asked in time is decided even if the old end date passed while it waited.
  const extendable = state === 'protected' || state === 'expired';
  const close = () => setOpen(null);
  // The button's name starts with what it shows (WCAG label in name), then says which deal.
  const action = (shown: string, named: string, next: Open) => (
    <Button key={named} size="small" aria-label={`${named} for ${deal.customerName}`} onClick={() => setOpen(next)}>
      {shown}
    </Button>
  );
  const buttons = [
    // A won or lost deal has nothing left to protect.
    submittable.includes(state) && !isClosed(deal) && (state === 'rejected' ? action('Resubmit', 'Resubmit registration', { kind: 'submit' }) : action('Submit registration', 'Submit registration', { kind: 'submit' })),
    (state === 'submitted' || state === 'flagged') && decides && action('Approve', 'Approve the registration', { kind: 'decide', outcome: 'approved' }),
    (state === 'submitted' || state === 'flagged') && decides && action('Reject', 'Reject the registration', { kind: 'decide', outcome: 'rejected' }),
    state === 'protected' && !pending && action('Request extension', 'Request extension', { kind: 'extend' }),
    extendable && pending && decides && action('Approve extension', 'Approve extension', { kind: 'decide-extension', outcome: 'approved' }),
    extendable && pending && decides && action('Reject extension', 'Reject extension', { kind: 'decide-extension', outcome: 'rejected' }),
  ].filter(Boolean);
  return (
    <>
      {buttons.length > 0 && (
        <Stack direction="row" sx={{ flexWrap: 'wrap' }}>
          {buttons}
        </Stack>
      )}
      {open?.kind === 'submit' && <SubmitRegistrationDialog deal={deal} userId={user.id} onClose={close} />}
      {open?.kind === 'decide' && <DecisionDialog deal={deal} outcome={open.outcome} user={user} settings={settings} onClose={close} />}
      {open?.kind === 'extend' && <ExtensionRequestDialog deal={deal} userId={user.id} onClose={close} />}
      {open?.kind === 'decide-extension' && <ExtensionDecisionDialog deal={deal} outcome={open.outcome} userId={user.id} onClose={close} />}
    </>
  );
}

/**
 * A deal's registration where the deal is listed (its partner's pipeline, the
 * territory's, the review queue): the state on a chip with its date, the
 * decision and its reason, an extension asked for or decided, the conflict
 * the server found; with `actions`, the buttons its state offers.
 */
export function RegistrationStatus({ deal, actions = false }: { deal: Opportunity; actions?: boolean }) {
  const day = today();
  const state = registrationState(deal, day);
  const registration = deal.registration;
  const pending = pendingExtension(deal);
  const decided = registration?.extensions?.findLast((e) => e.decision);
  return (
    <Stack spacing={0.25} sx={{ alignItems: 'start', py: 0.5 }}>
      <Chip
        size="small"
        variant="outlined"
        color={registrationStateColor(state)}
        label={registrationStateText(deal, state, protectedUntil(deal), day)}
        // A narrow column wraps the date rather than cut it off.
        sx={{ height: 'auto', maxWidth: '100%', '& .MuiChip-label': { whiteSpace: 'normal', py: 0.25 } }}
      />
      {registration?.decision && (
        <Typography variant="caption" component="p">
          {decisionText(registration.decision, state)}
        </Typography>
      )}
      {decided?.decision && !pending && (
        <Typography variant="caption" component="p">
          Extension to {dateText(decided.until)} {decided.decision.outcome === 'approved' ? 'approved' : 'rejected'}: {decided.decision.reason}
        </Typography>
      )}
      {pending && (
        <Typography variant="caption" component="p">
          Extension to {dateText(pending.extension.until)} asked {dateText(pending.extension.requestedOn)}, awaiting the approver: “{pending.extension.reason}”
        </Typography>
      )}
      {registration?.conflict && (state === 'submitted' || state === 'flagged') && <ServerConflictLine conflict={registration.conflict} />}
      {actions && <RegistrationActions deal={deal} state={state} />}
    </Stack>
  );
}
