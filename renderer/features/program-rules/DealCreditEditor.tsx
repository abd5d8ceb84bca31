import { Alert, Button, Stack, TextField, Typography } from '@mui/material';
import { partnerRoles } from '../../../shared/domain/opportunity';
import { PROGRAM_SETTINGS_ID, type ProgramSettings } from '../../../shared/domain/program-settings';
import { words } from '../../ui/labels';
import { notify } from '../../ui/notifier';
import { useRecordForm } from '../../ui/use-record-form';
import { useRecord } from '../../ui/use-records';
import { dealCreditForm } from './deal-credit-form';

/**
 * How much of a deal each partner on it is credited with, by its role: every
 * partner's incentives, plan and tier read it; territory and program totals
 * count each deal once whatever it says.
 */
export function DealCreditEditor() {
  const stored = useRecord('programSettings', PROGRAM_SETTINGS_ID);
  if (stored === undefined) return <Typography role="status">Loading program settings…</Typography>;
  return <DealCreditForm stored={stored ?? undefined} />;
}

function DealCreditForm({ stored }: { stored: ProgramSettings | undefined }) {
  const form = useRecordForm(dealCreditForm(stored), { follow: true });
  const save = async () => {
    if (await form.save()) notify('Deal credit saved; partner figures use it from now on', { severity: 'success' });
  };
  return (
    <Stack spacing={2} data-testid="deal-credit-editor">
      <Typography variant="body2" color="text.secondary">
        A deal may have more than one partner on it (an SI beside an ISV), each in its own role. Each partner&apos;s incentives, plan and tier count the deal at
        the share its role earns; territory and program totals count every deal once.
      </Typography>
      <Stack direction="row" spacing={2}>
        {partnerRoles.map((role) => (
          <TextField
            key={role}
            name={role}
            label={`${words(role)} credit (%)`}
            value={form.draft[role]}
            onChange={(e) => form.change(role, e.target.value)}
            error={form.errors[role] !== undefined}
            helperText={form.errors[role]}
            slotProps={{ htmlInput: { inputMode: 'decimal' } }}
            sx={{ width: 180 }}
          />
        ))}
      </Stack>
      {form.banner && <Alert severity="error">{form.banner}</Alert>}
      <Button variant="contained" sx={{ alignSelf: 'start' }} onClick={() => void save()} disabled={form.saving}>
        Save deal credit
      </Button>
    </Stack>
  );
}
