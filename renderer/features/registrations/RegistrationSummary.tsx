import { Stack, Typography } from '@mui/material';
import { dateText } from '../../../shared/domain/date-text';
import { formatCents } from '../../../shared/domain/money';
import type { Opportunity } from '../../../shared/domain/opportunity';
import { words } from '../../ui/labels';
import { usePartnerNames } from '../../ui/use-partner-names';
import { ConflictComparison } from './ConflictComparison';
import { conflictsToShow } from './conflicts-to-show';
import { useLocalDeals, type LocalDeals } from './use-registration-context';

/**
 * What an approver reads before deciding: whose registration it is, for how
 * much, when it came in and the partner manager's note, then every conflict
 * beside it, the server's and this device's.
 */
export function RegistrationSummary({ deal, local, names }: { deal: Opportunity; local: LocalDeals | undefined; names: ReadonlyMap<string, string> | undefined }) {
  const partner = deal.partnerId ? (names?.get(deal.partnerId) ?? 'a partner') : 'no partner';
  const submitted = deal.registration?.submittedOn ?? deal.registeredOn;
  const conflicts = local ? conflictsToShow(deal, local.index, new Map(local.deals.map((d) => [d.id, d]))) : [];
  return (
    <Stack spacing={1.5}>
      <Typography variant="body2">
        {partner} · {deal.partnerRole ? words(deal.partnerRole) : 'Direct'} · {formatCents(deal.amountCents, deal.currency)} · {words(deal.stage)}, closing {dateText(deal.closeOn)}
        {submitted && ` · submitted ${dateText(submitted)}`}
      </Typography>
      {deal.registration?.note && <Typography variant="body2">Note from the partner manager: “{deal.registration.note}”</Typography>}
      {local && conflicts.length === 0 && (
        <Typography variant="body2" color="text.secondary">
          No conflict found among this device’s deals, and the server has attached none: no other partner’s protected registration or open direct deal for this customer.
        </Typography>
      )}
      <ConflictComparison deal={deal} conflicts={conflicts} names={names} />
    </Stack>
  );
}

/** The summary with its own reads, for a dialog opened on one deal. */
export function LiveRegistrationSummary({ deal }: { deal: Opportunity }) {
  return <RegistrationSummary deal={deal} local={useLocalDeals()} names={usePartnerNames()} />;
}
