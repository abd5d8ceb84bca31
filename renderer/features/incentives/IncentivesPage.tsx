import { Stack, Typography } from '@mui/material';
import { IncentiveProgramsEditor } from '../program-rules/IncentiveProgramsEditor';

/** The incentive programs in force and past; a partner's own statement is on its page. */
export function IncentivesPage() {
  return (
    <Stack spacing={2}>
      <Typography variant="h5" component="h2">
        Incentive programs
      </Typography>
      <Typography color="text.secondary">Open a partner's Incentives tab for its statement with every line's calculation.</Typography>
      <IncentiveProgramsEditor readOnly />
    </Stack>
  );
}
