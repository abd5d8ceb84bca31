import { Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack, TextField } from '@mui/material';
import { useState } from 'react';
import { incentiveStatementUserPatchSchema } from '../../../shared/domain/incentive-statement-record';
import { fieldMap, validate } from '../../../shared/domain/validation';
import { today } from '../../ui/today';

/** Asks for the day the statement was paid and finance's reference; checked by the same schema the server holds it to. */
export function MarkPaidDialog({ open, onPaid, onCancel }: { open: boolean; onPaid(paidOn: string, paymentReference: string): Promise<void>; onCancel(): void }) {
  const [paidOn, setPaidOn] = useState(today());
  const [reference, setReference] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const submit = async () => {
    const checked = validate(incentiveStatementUserPatchSchema, { status: 'paid', paidOn, paymentReference: reference });
    if (!checked.ok) return setErrors(fieldMap(checked.errors));
    setSaving(true);
    try {
      await onPaid(paidOn, reference.trim());
    } catch (error) {
      // The change rule's refusal (a day before the close) names its field, like a form's.
      const fields = (error as { errors?: { field: string; message: string }[] }).errors;
      setErrors(fields ? Object.fromEntries(fields.map((e) => [e.field, e.message])) : { paymentReference: (error as Error).message });
    } finally {
      setSaving(false);
    }
  };
  return (
    <Dialog open={open} onClose={onCancel} aria-labelledby="mark-paid-title">
      <DialogTitle id="mark-paid-title">Mark statement paid</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <TextField
            label="Paid on"
            type="date"
            value={paidOn}
            onChange={(e) => setPaidOn(e.target.value)}
            error={Boolean(errors.paidOn)}
            helperText={errors.paidOn}
            slotProps={{ inputLabel: { shrink: true } }}
          />
          <TextField
            label="Payment reference"
            value={reference}
            onChange={(e) => setReference(e.target.value)}
            error={Boolean(errors.paymentReference)}
            helperText={errors.paymentReference ?? 'The remittance or invoice number finance paid it under'}
          />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel}>Cancel</Button>
        <Button variant="contained" onClick={() => void submit()} disabled={saving}>
          Mark paid
        </Button>
      </DialogActions>
    </Dialog>
  );
}
