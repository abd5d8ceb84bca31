import { Alert, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import { useId, useMemo, useState } from 'react';
import { ValidationError } from '../../../shared/domain/validation';
import { useWorkspace } from '../../app/workspace-context';
import type { RejectedChange } from '../../db';
import { notify } from '../../ui/notifier';
import type { ValueContext } from '../../ui/value-text';
import { ResendInputs } from './ResendInput';
import { editedRecord, openResend, problemsOf, setAt, type ResendForm } from './resend-draft';

type Row = Record<string, unknown>;

export interface ResendDialogProps {
  change: RejectedChange & { id: number };
  /** The record as the device holds it now, laid under the user's values; absent for a refused create. */
  current: Row | undefined;
  /** "Partner Northwind Resale", for the title. */
  title: string;
  context: ValueContext;
  onClose(): void;
}

/**
 * Edit and send again: the refused fields, prefilled with what the user
 * entered, checked as they type against the same schema the server uses,
 * and sent as a new change through the repository (workspace.refused).
 */
export function ResendDialog({ change, current, title, context, onClose }: ResendDialogProps) {
  const { refused } = useWorkspace();
  const formId = useId();
  // The record as it was when the dialog opened: a pull while it is open changes the store, not this.
  const [form, setForm] = useState<ResendForm>(() => openResend(change, current));
  const [banner, setBanner] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const problems = useMemo(() => problemsOf(form), [form]);
  const shown = new Set(form.fields);
  const elsewhere = Object.entries(problems).filter(([path]) => !shown.has(path.split('.')[0]!));

  const send = async () => {
    if (Object.keys(problems).length > 0) {
      setBanner('Correct the values marked in red, then send again.');
      return;
    }
    setSending(true);
    try {
      await refused.resend(change.id, { ...(current && { opened: current }), edited: editedRecord(form) });
      notify('Sent again: the change goes to the server with the next sync');
      onClose();
    } catch (error) {
      setBanner(error instanceof ValidationError ? error.errors.map((e) => e.message).join('; ') : error instanceof Error ? error.message : String(error));
    } finally {
      setSending(false);
    }
  };

  return (
    <Dialog open onClose={onClose} maxWidth="md" fullWidth aria-labelledby={`${formId}-title`}>
      <DialogTitle id={`${formId}-title`}>Edit and send again: {title}</DialogTitle>
      <DialogContent>
        <form
          id={formId}
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void send();
          }}
        >
          <DialogContentText sx={{ mb: 2 }}>
            {current
              ? 'Your values, laid on the record as it is now. Only what differs from the record is sent.'
              : 'The record as you made it; the server has never held it.'}
          </DialogContentText>
          <Alert severity="warning" sx={{ mb: 2 }}>
            The server said: {change.reason}
          </Alert>
          {banner && (
            <Alert severity="error" role="alert" sx={{ mb: 2 }}>
              {banner}
            </Alert>
          )}
          {elsewhere.length > 0 && (
            <Alert severity="error" sx={{ mb: 2 }}>
              Also wrong, in fields not changed here: {elsewhere.map(([, message]) => message).join('; ')}. Correct them on the record's own page.
            </Alert>
          )}
          <ResendInputs
            fields={form.fields}
            kinds={form.kinds}
            draft={form.draft}
            problems={problems}
            context={context}
            onChange={(path, value) => {
              setBanner(null);
              setForm((f) => ({ ...f, draft: setAt(f.draft, path, value) }));
            }}
          />
        </form>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
        <Button type="submit" form={formId} variant="contained" disabled={sending}>
          Send again
        </Button>
      </DialogActions>
    </Dialog>
  );
}
