import { Alert, List, ListItem, ListItemText, Stack, Typography } from '@mui/material';
import type { TierQualification } from '../../../shared/calculators/tier';
import { dateText } from '../../ui/dates';
import { tierLabels } from '../../ui/labels';

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
      {q.atRisk && (
        <Alert severity="warning" role="alert">
          Tier at risk: falls to {tierLabels[q.atRisk.tierAtQuarterEnd]} at quarter end unless renewed —{' '}
          {q.atRisk.expiring.map((e) => `${e.contactName} (${e.programName}, expires ${dateText(e.expiresOn)})`).join('; ')}.
        </Alert>
      )}
    </Stack>
  );
}
