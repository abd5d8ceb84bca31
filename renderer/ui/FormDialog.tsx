import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, Grid, Stack } from '@mui/material';
import type { ReactNode } from 'react';
import type { PlausibilityQuestion } from '../../shared/domain/plausibility';
import type { RecordForm } from './use-record-form';

export interface FormDialogProps<Saved> {
  /** The form it shows (from useRecordForm): its id, the save failure to say, whether a save runs, the save itself. */
  form: Pick<RecordForm<never, unknown>, 'formId' | 'banner' | 'saving'> & {
    save(): Promise<Saved | null>;
    /** A record form's questions about implausible values, with its "Save anyway" and "Change it". */
    questions?: readonly PlausibilityQuestion[];
    confirm?(): Promise<Saved | null>;
    reconsider?(): void;
  };
  title: string;
  saveLabel: string;
  maxWidth?: 'sm' | 'md';
  /** After a save went through; the dialog closes. */
  onSaved?(saved: Saved): void;
  onClose(): void;
  /** The fields, laid out in a Grid. */
  children: ReactNode;
}

/**
 * The frame every record dialog shares: title, the save failure in plain
 * words, fields on a grid, Cancel and the submit button. Enter submits; the
 * form validates itself, so the browser's own validation is off. A failed
 * save keeps the dialog open with every entry.
 */
export function FormDialog<Saved>({ form, title, saveLabel, maxWidth = 'sm', onSaved, onClose, children }: FormDialogProps<Saved>) {
  const submit = async (confirmed = false) => {
    const saved = await (confirmed && form.confirm ? form.confirm() : form.save());
    if (!saved) return;
    onSaved?.(saved);
    onClose();
  };
  return (
    <Dialog open onClose={onClose} maxWidth={maxWidth} fullWidth aria-labelledby={`${form.formId}-title`}>
      <DialogTitle id={`${form.formId}-title`}>{title}</DialogTitle>
      <DialogContent>
        <form
          id={form.formId}
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
        >
          {form.banner && (
            <Alert severity="error" sx={{ mb: 2 }} role="alert">
              {form.banner}
            </Alert>
          )}
          {form.questions && form.questions.length > 0 && (
            // One answer for all: "Save anyway" confirms every value asked about, as they were typed.
            <Alert
              severity="warning"
              sx={{ mb: 2 }}
              role="alert"
              aria-label="Check before saving"
              action={
                <Stack spacing={0.5}>
                  <Button color="inherit" size="small" onClick={() => void submit(true)} disabled={form.saving}>
                    Save anyway
                  </Button>
                  <Button color="inherit" size="small" onClick={form.reconsider}>
                    Change it
                  </Button>
                </Stack>
              }
            >
              {form.questions.map((q) => (
                <div key={q.field} data-field={q.field}>
                  {q.question}
                </div>
              ))}
            </Alert>
          )}
          <Grid container spacing={2} sx={{ pt: 1 }}>
            {children}
          </Grid>
        </form>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
        <Button type="submit" form={form.formId} variant="contained" disabled={form.saving}>
          {saveLabel}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
