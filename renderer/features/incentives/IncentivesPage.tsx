import { Stack, Typography } from '@mui/material';
import { useStore } from 'zustand';
import { useWorkspace } from '../../app/workspace-context';
import { IncentiveProgramsEditor } from '../program-rules/IncentiveProgramsEditor';
import { QuarterStatements } from './QuarterStatements';

/** The incentive programs in force and past; for HQ, a quarter's statements to close, approve and pay. A partner's own statement is on its page. */
export function IncentivesPage() {
  const { sync } = useWorkspace();
  const role = useStore(sync, (s) => s.user?.role);
  return (
    <Stack spacing={2}>
      <Typography variant="h5" component="h2">
        Incentive programs
      </Typography>
      <Typography color="text.secondary">Open a partner's Incentives tab for its statement with every line's calculation.</Typography>
      <IncentiveProgramsEditor readOnly />
      {role === 'hq' && <QuarterStatements />}
    </Stack>
  );
}
