import { Alert, Button, Stack, Typography } from '@mui/material';
import type { ProgramSettings } from '../../../shared/domain/program-settings';
import { DraftField } from '../../ui/fields';
import { notify } from '../../ui/notifier';
import { useRecordForm } from '../../ui/use-record-form';
import { registrationApprovalForm } from './registration-approval-form';
import { useProgramSettings } from './use-registration-context';

/** HQ's rule for who approves registrations and how long an approval protects; every device reads it from the program settings. */
export function RegistrationApprovalEditor() {
  const stored = useProgramSettings();
  if (stored === undefined) return <Typography role="status">Loading program settings…</Typography>;
  return <RegistrationApprovalForm stored={stored ?? undefined} />;
}

function RegistrationApprovalForm({ stored }: { stored: ProgramSettings | undefined }) {
  const form = useRecordForm(registrationApprovalForm(stored), { follow: true });
  const save = async () => {
    if (await form.save()) notify('Registration approval saved; it applies to every decision from now on', { severity: 'success' });
  };
  return (
    <Stack spacing={2} data-testid="registration-approval-editor">
      <Typography variant="body2" color="text.secondary">
        HQ may always decide. Territory managers may also approve or reject registrations in their territories, up to a deal amount (in USD, the program
        currency), but never one they submitted themselves.
      </Typography>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <DraftField
          {...form.field}
          name="approver"
          label="Who approves"
          options={[
            ['hq', 'HQ only'],
            ['territory-manager', 'Territory manager, up to an amount'],
          ]}
          // Wide enough for the longer choice in full.
          sx={{ minWidth: 340, maxWidth: 360 }}
        />
        {form.draft.approver === 'territory-manager' && (
          <DraftField {...form.field} name="managerLimitCents" label="Approval limit for managers ($)" inputMode="decimal" helperText="Empty: any amount" sx={{ maxWidth: 240 }} />
        )}
        <DraftField {...form.field} name="protectionDays" label="Protection (days)" inputMode="numeric" sx={{ maxWidth: 200 }} />
      </Stack>
      {form.banner && <Alert severity="error">{form.banner}</Alert>}
      <Button variant="contained" sx={{ alignSelf: 'start' }} onClick={() => void save()} disabled={form.saving}>
        Save registration approval
      </Button>
    </Stack>
  );
}
