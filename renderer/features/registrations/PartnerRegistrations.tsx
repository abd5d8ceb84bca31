import { Card, CardContent, List, ListItem, Stack, Typography } from '@mui/material';
import { formatCents } from '../../../shared/domain/money';
import type { Opportunity } from '../../../shared/domain/opportunity';
import type { Partner } from '../../../shared/domain/partner';
import { registrationState, type RegistrationState } from '../../../shared/registrations/lifecycle';
import { today } from '../../ui/today';
import { usePartnerChildren } from '../../ui/use-records';
import { RegistrationStatus } from './RegistrationStatus';

/** Enough for a glance; the Pipeline tab lists every deal. */
const MAX_LISTED = 8;

/** The states a partner manager acts on, in the order they need it, as the count reads ("2 rejected"). */
const shownAs: Partial<Record<RegistrationState, string>> = {
  flagged: 'flagged for a conflict',
  rejected: 'rejected',
  submitted: 'awaiting approval',
  draft: 'draft',
  protected: 'protected',
};
const shown = Object.keys(shownAs) as RegistrationState[];

/**
 * The partner's deal registrations at a glance on its overview: how many are
 * in each state, then each one that is awaiting, refused or protecting a
 * deal, with its decision and reason.
 */
export function PartnerRegistrations({ partner }: { partner: Partner }) {
  const deals = usePartnerChildren('opportunities', partner.id);
  if (!deals) return null;
  const day = today();
  const states = new Map<Opportunity, RegistrationState>(deals.filter((d) => !d.deleted).map((d) => [d, registrationState(d, day)]));
  const counts = new Map<RegistrationState, number>();
  for (const state of states.values()) counts.set(state, (counts.get(state) ?? 0) + 1);
  const listed = [...states]
    .filter(([, state]) => shown.includes(state))
    .sort(([a, x], [b, y]) => shown.indexOf(x) - shown.indexOf(y) || a.closeOn.localeCompare(b.closeOn))
    .map(([deal]) => deal);
  const more = listed.length - MAX_LISTED;
  const summary = shown.filter((s) => counts.has(s)).map((s) => `${counts.get(s)} ${shownAs[s]}`);
  return (
    <Card variant="outlined" component="section" aria-label="Deal registrations">
      <CardContent>
        <Typography variant="h6" component="h3" gutterBottom>
          Deal registrations
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {summary.length > 0 ? summary.join(' · ') : 'No registration in process or protecting a deal.'}
        </Typography>
        <List dense disablePadding>
          {listed.slice(0, MAX_LISTED).map((deal) => (
            <ListItem key={deal.id} disableGutters>
              <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ width: '100%', alignItems: { sm: 'center' } }}>
                <Typography variant="body2" sx={{ minWidth: 240 }}>
                  {deal.customerName} · {formatCents(deal.amountCents, deal.currency)}
                </Typography>
                <RegistrationStatus deal={deal} />
              </Stack>
            </ListItem>
          ))}
        </List>
        {more > 0 && (
          <Typography variant="body2" color="text.secondary">
            And {more} more on the Pipeline tab.
          </Typography>
        )}
      </CardContent>
    </Card>
  );
}
