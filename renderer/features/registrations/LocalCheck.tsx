import { Alert, Stack, Typography } from '@mui/material';
import type { Opportunity } from '../../../shared/domain/opportunity';
import { useWorkspace } from '../../app/workspace-context';
import { usePartnerNames } from '../../ui/use-partner-names';
import { ConflictComparison } from './ConflictComparison';
import { conflictsToShow } from './conflicts-to-show';
import { conflictSentence } from './registration-text';
import { useLocalDeals } from './use-registration-context';

/**
 * The channel-conflict check of a registration as it would be submitted:
 * this device's copy of the deals, and what the server does about it. In
 * the demo there is no server, so the device's check is the only one and
 * the words say so.
 */
export function LocalCheck({ deal }: { deal: Opportunity }) {
  const { demo } = useWorkspace();
  const local = useLocalDeals();
  const names = usePartnerNames();
  if (!local) return <Typography role="status">Checking this device’s deals for a conflict…</Typography>;
  const byId = new Map(local.deals.map((d) => [d.id, d]));
  const conflicts = conflictsToShow(deal, local.index, byId);
  const server = demo
    ? 'This demo has no server, so the check on this device is the only one.'
    : 'The server checks again, against every territory, when this registration reaches it (at once when you are online, or at the next sync); a conflict it finds is attached for the approver and shown on the deal.';
  return (
    <Stack spacing={1.5}>
      {conflicts.length === 0 ? (
        <Alert severity="success">No conflicting registration or direct deal for {deal.customerName} among the deals on this device.</Alert>
      ) : (
        <Alert severity="warning" role="alert">
          <Typography variant="body2" sx={{ fontWeight: 600 }}>
            {conflicts.length === 1 ? 'Possible channel conflict' : `${conflicts.length} possible channel conflicts`}
          </Typography>
          {conflicts.map((c) => (
            <Typography key={c.opportunityId} variant="body2">
              {conflictSentence(c, c.partnerId ? names?.get(c.partnerId) : undefined)}.
            </Typography>
          ))}
          <Typography variant="body2">You can still submit: the approver sees the conflict beside your registration and decides.</Typography>
        </Alert>
      )}
      <ConflictComparison deal={deal} conflicts={conflicts} names={names} />
      <Typography variant="body2" color="text.secondary">
        {server}
      </Typography>
    </Stack>
  );
}
