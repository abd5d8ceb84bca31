import { Card, CardContent, Stack, Typography } from '@mui/material';
import { useMemo } from 'react';
import type { Opportunity } from '../../../shared/domain/opportunity';
import { mayDecide, registrationState } from '../../../shared/registrations/lifecycle';
import { useWorkspace } from '../../app/workspace-context';
import { PartnerLink } from '../../ui/PartnerLink';
import { today } from '../../ui/today';
import { usePartnerNames } from '../../ui/use-partner-names';
import { approvalRuleText, whoDecidesText } from './approval-text';
import { pendingExtension } from './ExtensionDialogs';
import { RegistrationApprovalEditor } from './RegistrationApprovalEditor';
import { RegistrationStatus } from './RegistrationStatus';
import { RegistrationSummary } from './RegistrationSummary';
import { useLocalDeals, useProgramSettings, useSessionUser, type LocalDeals } from './use-registration-context';

/** What waits for an approver: registrations submitted or flagged, and extension requests not yet decided. */
const awaiting = (deals: readonly Opportunity[], day: string) => {
  const registrations: Opportunity[] = [];
  const extensions: Opportunity[] = [];
  for (const deal of deals) {
    if (deal.deleted || deal.partnerId === null) continue;
    const state = registrationState(deal, day);
    if (state === 'submitted' || state === 'flagged') registrations.push(deal);
    else if ((state === 'protected' || state === 'expired') && pendingExtension(deal)) extensions.push(deal);
  }
  // Conflicts first (they need the closest look), then the longest waiting.
  const waited = (d: Opportunity) => d.registration?.submittedOn ?? d.registeredOn ?? '';
  registrations.sort((a, b) => Number(b.registration?.status === 'flagged') - Number(a.registration?.status === 'flagged') || waited(a).localeCompare(waited(b)));
  extensions.sort((a, b) => pendingExtension(a)!.extension.requestedOn.localeCompare(pendingExtension(b)!.extension.requestedOn));
  return { registrations, extensions };
};

function QueueItem({ deal, local, names }: { deal: Opportunity; local: LocalDeals; names: ReadonlyMap<string, string> | undefined }) {
  const user = useSessionUser();
  const settings = useProgramSettings();
  const partner = names?.get(deal.partnerId!) ?? 'Partner';
  return (
    <Card variant="outlined" component="section" aria-label={`Registration for ${deal.customerName}`}>
      <CardContent>
        <Stack spacing={1.5}>
          <Stack direction="row" spacing={1} sx={{ alignItems: 'baseline', flexWrap: 'wrap' }}>
            <Typography variant="h6" component="h4">
              {deal.customerName}
            </Typography>
            <PartnerLink id={deal.partnerId!} name={partner} tab="pipeline" />
          </Stack>
          <RegistrationStatus deal={deal} actions />
          {user && settings !== undefined && !mayDecide(settings, user, deal) && (
            <Typography variant="body2" color="text.secondary">
              {whoDecidesText(settings, user, deal)}
            </Typography>
          )}
          <RegistrationSummary deal={deal} local={local} names={names} />
        </Stack>
      </CardContent>
    </Card>
  );
}

/**
 * The approvers' review queue: every registration awaiting a decision on
 * this device, conflicts first, each beside the deals it collides with;
 * then the extension requests. HQ also sets here who approves. A manager
 * who may not decide sees what waits and who will decide it.
 */
export function RegistrationQueuePage() {
  const local = useLocalDeals();
  const names = usePartnerNames();
  const settings = useProgramSettings();
  const user = useSessionUser();
  const { demo } = useWorkspace();
  const queue = useMemo(() => (local ? awaiting(local.deals, today()) : undefined), [local]);
  return (
    <Stack spacing={2}>
      <Typography variant="h5" component="h2">
        Registration review{queue && ` · ${queue.registrations.length} awaiting a decision`}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {approvalRuleText(settings)}{' '}
        {demo
          ? 'This demo has no server: decisions stay on this device.'
          : 'Decisions sync like any other change; the server records who decided and when, and checks each approval for a conflict again.'}
      </Typography>
      {!local || !queue ? (
        <Typography role="status">Loading registrations…</Typography>
      ) : (
        <>
          <Typography variant="h6" component="h3">
            Registrations awaiting a decision
          </Typography>
          {queue.registrations.length === 0 && <Typography color="text.secondary">No registration is waiting for a decision.</Typography>}
          {queue.registrations.map((deal) => (
            <QueueItem key={deal.id} deal={deal} local={local} names={names} />
          ))}
          <Typography variant="h6" component="h3">
            Extension requests · {queue.extensions.length}
          </Typography>
          {queue.extensions.length === 0 && <Typography color="text.secondary">No extension request is waiting for a decision.</Typography>}
          {queue.extensions.map((deal) => (
            <QueueItem key={deal.id} deal={deal} local={local} names={names} />
          ))}
        </>
      )}
      {user?.role === 'hq' && (
        <Card variant="outlined">
          <CardContent>
            <Typography variant="h6" component="h3" gutterBottom>
              Who approves registrations
            </Typography>
            <RegistrationApprovalEditor />
          </CardContent>
        </Card>
      )}
    </Stack>
  );
}
