import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, Grid } from '@mui/material';
import type { ReactNode } from 'react';

export interface FormDialogProps {
  /** Names the form, its title and its submit button together. */
  id: string;
  title: string;
  /** What went wrong with the last save, shown above the fields; null when nothing did. */
  banner: string | null;
  saveLabel: string;
  maxWidth?: 'sm' | 'md';
  onSubmit(): void;
  onClose(): void;
  /** The fields, laid out in a Grid. */
  children: ReactNode;
}

/**
 * The frame every record form shares: title, the save failure in plain words,
 * fields on a grid, Cancel and the submit button. Enter submits; the form
 * validates itself, so the browser's own validation is off.
 */
export function FormDialog({ id, title, banner, saveLabel, maxWidth = 'sm', onSubmit, onClose, children }: FormDialogProps) {
  return (
    <Dialog open onClose={onClose} maxWidth={maxWidth} fullWidth aria-labelledby={`${id}-title`}>
      <DialogTitle id={`${id}-title`}>{title}</DialogTitle>
      <DialogContent>
        <form
          id={id}
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            onSubmit();
          }}
        >
          {banner && (
            <Alert severity="error" sx={{ mb: 2 }} role="alert">
              {banner}
            </Alert>
          )}
          <Grid container spacing={2} sx={{ pt: 1 }}>
            {children}
          </Grid>
        </form>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
        <Button type="submit" form={id} variant="contained">
          {saveLabel}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
