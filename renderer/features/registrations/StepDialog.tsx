import { Grid } from '@mui/material';
import type { ReactNode } from 'react';
import type { Opportunity } from '../../../shared/domain/opportunity';
import { DraftField } from '../../ui/fields';
import { FormDialog } from '../../ui/FormDialog';
import type { Draft, FieldSpec } from '../../ui/RecordDialog';
import type { RecordFormSpec } from '../../ui/record-form';
import { useRecordForm } from '../../ui/use-record-form';

/**
 * The frame of every registration dialog: what the approver or the manager
 * must see first (the conflict, the decision so far), then the inputs, run by
 * the one record-form controller, so a refusal shows under its input and a
 * failed save keeps every entry. `above` may read the draft (the domain typed
 * so far decides which conflicts the local check finds).
 */
export function StepDialog({
  title,
  saveLabel,
  fields,
  spec,
  above,
  onSaved,
  onClose,
}: {
  title: string;
  saveLabel: string;
  fields: readonly FieldSpec[];
  spec: RecordFormSpec<'opportunities', Draft>;
  above?(draft: Draft): ReactNode;
  onSaved?(saved: Opportunity): void;
  onClose(): void;
}) {
  const form = useRecordForm(spec);
  return (
    <FormDialog form={form} title={title} saveLabel={saveLabel} maxWidth="md" onSaved={onSaved} onClose={onClose}>
      {above && <Grid size={12}>{above(form.draft)}</Grid>}
      {fields.map((f, i) => (
        <Grid key={f.name} size={{ xs: 12, sm: f.width ?? 12 }}>
          <DraftField
            {...form.field}
            name={f.name}
            label={f.label}
            autoFocus={i === 0}
            required={f.required}
            helperText={f.helperText}
            {...(f.options && { options: f.options })}
            {...(f.kind === 'date' && { type: 'date' })}
            {...(f.kind === 'multiline' && { multiline: true, minRows: 2 })}
          />
        </Grid>
      ))}
    </FormDialog>
  );
}
