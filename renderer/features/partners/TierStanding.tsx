import { Alert, Button, List, ListItem, ListItemText, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { useStore } from 'zustand';
import { qualifiesBelow, type TierQualification } from '../../../shared/calculators/tier';
import type { Partner } from '../../../shared/domain/partner';
import { useWorkspace } from '../../app/workspace-context';
import { dateText } from '../../ui/dates';
import { tierLabels } from '../../ui/labels';
import { useRecord } from '../../ui/use-records';
import type { QualifiedTierMove } from './apply-qualified-tier';
import { ApplyTierDialog } from './ApplyTierDialog';
import { TierHistory } from './TierHistory';

/** The tier verdict in words: what the partner qualifies for, what the next tier needs, what is at risk. */
export function TierStanding({ qualification }: { qualification: TierQualification }) {
  if (qualification.kind === 'no-rules') return <Alert severity="info">{qualification.message}</Alert>;
  const q = qualification;
  return (
    <Stack spacing={1.5}>
      <Typography>
        Qualifies for <strong>{tierLabels[q.qualifiedTier]}</strong> as of {dateText(q.asOf)} (tier rules version {q.ruleSet.version}).
        {q.recordedTierDiffers && ` The recorded tier is ${tierLabels[q.recordedTier]}.`}
      </Typography>
      {q.nextTier ? (
        <>
          <Typography variant="subtitle2">What {tierLabels[q.nextTier]} still needs</Typography>
          <List dense disablePadding aria-label="Gap to next tier">
            {q.gap.map((g) => (
              <ListItem key={g.key} disableGutters>
                <ListItemText primary={g.shortfall} secondary={g.label} />
              </ListItem>
            ))}
          </List>
        </>
      ) : (
        <Typography color="text.secondary">Top tier reached.</Typography>
      )}
      <QualifiesBelow qualification={q} />
      {q.atRisk && (
        <Alert severity="warning" role="alert">
          Tier at risk: falls to {tierLabels[q.atRisk.tierAtQuarterEnd]} at quarter end unless renewed —{' '}
          {q.atRisk.expiring.map((e) => `${e.contactName} (${e.programName}, expires ${dateText(e.expiresOn)})`).join('; ')}.
        </Alert>
      )}
      <PartnerTierHistory partnerId={q.partnerId} />
    </Stack>
  );
}

/**
 * Already short of the recorded tier today, which is not the quarter-end
 * risk below it. HQ may apply the qualified tier with a reason; a manager
 * sees the same words without the action.
 */
function QualifiesBelow({ qualification }: { qualification: TierQualification }) {
  const { sync } = useWorkspace();
  const isHq = useStore(sync, (s) => s.user?.role === 'hq');
  const partner = useRecord('partners', qualification.partnerId);
  // The moves as confirmed: the dialog stays to report after the tier changed and this notice went.
  const [applying, setApplying] = useState<QualifiedTierMove[] | null>(null);
  const below = qualifiesBelow(qualification);
  const dialog = applying && <ApplyTierDialog moves={applying} onClose={() => setApplying(null)} />;
  // One shape whether or not the notice shows, so the dialog keeps its state when the tier changes under it.
  return (
    <>
      {below !== null && (
        <Alert
          severity="info"
          role="status"
          aria-label="Qualifies below recorded tier"
          action={
            isHq && partner ? (
              <Button color="inherit" size="small" onClick={() => setApplying([{ partner, to: below }])}>
                Apply {tierLabels[below]}…
              </Button>
            ) : undefined
          }
        >
          Qualifies below its recorded tier: it meets {tierLabels[below]} today, and {tierLabels[qualification.recordedTier]} is recorded.
        </Alert>
      )}
      {dialog}
    </>
  );
}

function PartnerTierHistory({ partnerId }: { partnerId: string }) {
  const partner: Partner | null | undefined = useRecord('partners', partnerId);
  return partner ? <TierHistory partner={partner} /> : null;
}
